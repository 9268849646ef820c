/**
 * @module `molehunt case …`: cases from the shell of the server (open, add evidence, move, hold, export, check),
 * and `molehunt verify`, which needs nothing but the bundle.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { Command } from 'commander';
import {
  type CaseActor,
  type CaseState,
  Cases,
  exportBundle,
  type LedgerProblem,
  Policy,
  reportRenderer,
  verifyBundle,
} from '../cases/index.js';
import { savedTimeZone } from '../detect/index.js';
import { type CaseStatus, caseStatuses, MolehuntError } from '../model/index.js';
import type { Store } from '../store/index.js';
import {
  type CommonOptions,
  cliActor,
  collect,
  configFrom,
  withCommonOptions,
  withStore,
} from './context.js';
import { formatTime, table } from './format.js';
import { resolvePerson } from './person.js';

interface ReasonOptions extends CommonOptions {
  reason?: string;
}

/** The shell user, as the case ledger records an actor, with the reason given. */
function caseActor(reason?: string): CaseActor {
  return { actor: cliActor().user, ...(reason ? { reason } : {}) };
}

/** Opens the store and the cases over it, runs `work`, closes the store. */
function withCases<T>(options: CommonOptions, work: (cases: Cases, store: Store) => Promise<T>): Promise<T> {
  const config = configFrom(options);
  return withStore(config, (store) => work(new Cases(store, resolve(config.dataDir)), store));
}

const reasonOption = (command: Command, required = false) =>
  required
    ? command.requiredOption('--reason <why>', 'why: recorded in the ledger with the action')
    : command.option('--reason <why>', 'why: recorded in the ledger with the action');

export function caseCommand(): Command {
  const command = new Command('case').description(
    'Cases: evidence in a tamper-evident ledger, chain of custody, legal hold, export (the server must be stopped in embedded mode)',
  );
  command.addCommand(
    reasonOption(
      withCommonOptions(
        new Command('open')
          .description('Open a case about one or more persons')
          .requiredOption('--title <title>', 'what the case is about')
          .requiredOption('--subject <person>', 'a person (id, name, pinyin), repeatable', collect, [])
          .option('--alert <id>', 'an alert it comes from, repeatable', collect, []),
      ),
    ).action(async (options: ReasonOptions & { title: string; subject: string[]; alert: string[] }) => {
      await withCases(options, async (cases, store) => {
        const subjects = [];
        for (const typed of options.subject) subjects.push(await resolvePerson(store, typed));
        const state = await cases.open(
          { title: options.title, subjects, alerts: options.alert },
          caseActor(options.reason),
        );
        console.log(`opened case ${state.id}: ${state.title}`);
      });
    }),
  );
  command.addCommand(
    withCommonOptions(new Command('list').description('List the cases, most recently changed first')).action(
      async (options: CommonOptions) => {
        const zone = configFrom(options).displayTimeZone;
        await withCases(options, async (_cases, store) => {
          const rows = (await store.cases()).map((c) => [
            c.id,
            c.status,
            c.hold ? 'hold' : '',
            String(c.size),
            formatTime(c.updatedAt, zone),
            c.title,
          ]);
          console.log(
            rows.length
              ? table(['case', 'status', 'hold', 'entries', 'changed', 'title'], rows)
              : 'no cases yet',
          );
        });
      },
    ),
  );
  command.addCommand(
    withCommonOptions(
      new Command('show')
        .description('A case: subjects, evidence with hashes and custody, notes, tasks')
        .argument('<id>'),
    ).action(async (id: string, options: CommonOptions) => {
      const zone = configFrom(options).displayTimeZone;
      await withCases(options, async (cases) => printCase(await cases.get(id), zone));
    }),
  );
  command.addCommand(
    reasonOption(
      withCommonOptions(
        new Command('add')
          .description('Add evidence: a file, stored events, or a note')
          .argument('<id>')
          .option('--file <path>', 'a file (a leaked copy, a camera still, a report)')
          .option('--event <eventId>', 'a stored event, repeatable', collect, [])
          .option('--note <text>', 'a note')
          .option('--title <title>', 'what the evidence is (default: the file name, or the events)'),
      ),
      true,
    ).action(
      async (
        id: string,
        options: ReasonOptions & { file?: string; event: string[]; note?: string; title?: string },
      ) => {
        await withCases(options, async (cases) => {
          const who = caseActor(options.reason);
          const given = [options.file, options.event.length ? 'events' : undefined, options.note].filter(
            Boolean,
          );
          if (given.length !== 1) {
            throw new MolehuntError(
              'MH_ERR_USAGE',
              'give exactly one of --file <path>, --event <id> (repeatable) or --note <text>',
            );
          }
          let state: CaseState;
          if (options.note !== undefined) {
            state = await cases.addNote(id, options.note, who);
          } else if (options.file !== undefined) {
            state = await cases.addEvidence(
              id,
              {
                kind: 'file',
                title: options.title ?? basename(options.file),
                fileName: basename(options.file),
                mediaType: 'application/octet-stream',
                content: readFileSync(options.file),
                source: { file: basename(options.file) },
              },
              who,
            );
          } else {
            state = await cases.addEvents(id, options.event, options.title, who);
          }
          const added = state.entries.at(-1)!;
          console.log(`case ${id}: entry ${added.seq + 1} (${added.action}) recorded`);
        });
      },
    ),
  );
  command.addCommand(
    reasonOption(
      withCommonOptions(
        new Command('status')
          .description(`Move a case along its workflow: ${caseStatuses.join(' → ')}`)
          .argument('<id>')
          .argument('<status>'),
      ),
    ).action(async (id: string, to: string, options: ReasonOptions) => {
      if (!(caseStatuses as readonly string[]).includes(to)) {
        throw new MolehuntError('MH_ERR_USAGE', `unknown status ${to}; one of ${caseStatuses.join(', ')}`);
      }
      await withCases(options, async (cases) => {
        const from = (await cases.get(id)).status;
        const state = await cases.moveTo(id, to as CaseStatus, caseActor(options.reason));
        console.log(`case ${id}: ${from} → ${state.status}`);
      });
    }),
  );
  command.addCommand(
    reasonOption(
      withCommonOptions(
        new Command('hold')
          .description('Put a case under legal hold (on) or release it (off)')
          .argument('<id>')
          .argument('<on|off>'),
      ),
      true,
    ).action(async (id: string, onOff: string, options: ReasonOptions) => {
      if (onOff !== 'on' && onOff !== 'off')
        throw new MolehuntError('MH_ERR_USAGE', `hold takes on or off, not ${onOff}`);
      await withCases(options, async (cases) => {
        await cases.act(id, { action: 'case.hold', on: onOff === 'on' }, caseActor(options.reason));
        console.log(`case ${id}: legal hold ${onOff}`);
      });
    }),
  );
  command.addCommand(
    reasonOption(
      withCommonOptions(
        new Command('export')
          .description('Export a case as a bundle (zip) that `molehunt verify` checks offline')
          .argument('<id>')
          .requiredOption('--out <file>', 'the zip to write'),
      ),
      true,
    ).action(async (id: string, options: ReasonOptions & { out: string }) => {
      const config = configFrom(options);
      await withCases(options, async (cases, store) => {
        // The report reads times as the company lives them: --tz, else the work time zone.
        const timeZone =
          options.tz ?? config.workTimeZone ?? (await savedTimeZone(store)) ?? config.displayTimeZone;
        const clauses = await new Policy(store).clauses();
        const render = reportRenderer(store, cases, { timeZone, clauses });
        const { zip, head, manifest } = await exportBundle(cases, id, caseActor(options.reason), render);
        writeFileSync(options.out, zip);
        console.log(
          `wrote ${options.out}: ${manifest.items.length} evidence items, ${head.size} ledger entries`,
        );
        console.log(`root ${head.root}`);
        console.log(`key  ${manifest.ledger.keyFingerprint}`);
      });
    }),
  );
  command.addCommand(
    withCommonOptions(
      new Command('check').description("Check a case's stored ledger and evidence files").argument('<id>'),
    ).action(async (id: string, options: CommonOptions) => {
      await withCases(options, async (cases) => {
        const checked = await cases.check(id);
        printProblems(`case ${id}: ${checked.size} ledger entries`, checked.problems);
        const restored = await cases.restoreDisciplineEvents();
        if (restored) console.log(`restored ${restored} disciplinary record(s) a crash had left unwritten`);
      });
    }),
  );
  return command;
}

export function verifyCommand(): Command {
  return new Command('verify')
    .description('Check an exported case bundle offline: signature, ledger, evidence files, reports')
    .argument('<bundle>', 'the zip `molehunt case export` wrote')
    .option(
      '--key <fingerprint>',
      "the fingerprint the signing key must have (the workspace's, e.g. SHA256:…)",
    )
    .option('--against <bundle>', 'an earlier bundle of the same case, which this one must extend')
    .action((bundle: string, options: { key?: string; against?: string }) => {
      const report = verifyBundle(readFileSync(bundle), {
        ...(options.key ? { key: options.key } : {}),
        ...(options.against ? { against: readFileSync(options.against) } : {}),
      });
      console.log(`case ${report.caseId ?? '?'}${report.title ? `: ${report.title}` : ''}`);
      console.log(
        `${report.size ?? '?'} ledger entries, ${report.items} evidence items, root ${report.root ?? '?'}`,
      );
      console.log(`signed with ${report.fingerprint ?? '?'}`);
      printProblems(bundle, report.problems);
    });
}

function printProblems(what: string, problems: readonly Pick<LedgerProblem, 'message'>[]): void {
  if (!problems.length) {
    console.log(`${what}: verified, nothing altered, added or missing`);
    return;
  }
  console.log(`${what}: ${problems.length} problem${problems.length === 1 ? '' : 's'}`);
  for (const problem of problems) console.log(`  ✗ ${problem.message}`);
  process.exitCode = 1;
}

function printCase(state: CaseState, zone: string): void {
  console.log(`${state.id}  ${state.title}`);
  console.log(
    `status ${state.status}${state.hold ? ', under legal hold' : ''}; opened by ${state.openedBy} ${formatTime(state.openedAt, zone)}`,
  );
  console.log(`subjects ${state.subjects.join(', ')}`);
  if (state.evidence.length) {
    console.log('\nevidence');
    console.log(
      table(
        ['item', 'kind', 'title', 'sha256', 'added', 'custody'],
        state.evidence.map((item) => [
          item.id,
          item.kind,
          item.purged ? `${item.title} (purged)` : item.title,
          item.sha256,
          `${item.addedBy} ${formatTime(item.addedAt, zone)}`,
          item.custody.map((step) => `${step.what} by ${step.by}`).join('; '),
        ]),
      ),
    );
  }
  for (const note of state.notes)
    console.log(`\nnote by ${note.by} ${formatTime(note.at, zone)}: ${note.text}`);
  for (const task of state.tasks) console.log(`task ${task.done ? '[x]' : '[ ]'} ${task.title}`);
}
