/** @module `molehunt detect` and `molehunt rules`: the rule pack over the store, and the rules themselves. */

import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { Command } from 'commander';
import type { Config } from '../config/index.js';
import {
  detectImported,
  detectInFiles,
  detectInStore,
  loadRules,
  type RuleSet,
  ruleDirs,
  runFixtures,
  savedTimeZone,
  withoutRules,
} from '../detect/index.js';
import { loadProfile, profileDirs } from '../ingest/index.js';
import { type ContentMatcher, contentMatcher } from '../leaks/index.js';
import { formatTime, MolehuntError, type Signal } from '../model/index.js';
import type { Store } from '../store/index.js';
import { type CommonOptions, configFrom, databasePath, withCommonOptions, withStore } from './context.js';
import { parseTimeOption, positive, printJsonLines, table } from './format.js';

interface DetectOptions extends CommonOptions {
  rules?: string[];
  from?: string;
  to?: string;
  json?: boolean;
  profile?: string;
}

/** The rule folders asked for, or the defaults; problems are reported and the rest run. */
export function rulesFor(config: Config, dirs: string[] | undefined): RuleSet {
  const rules = loadRules(dirs ?? ruleDirs(resolve(config.dataDir)));
  for (const problem of rules.problems) console.error(`rule skipped: ${problem.message}`);
  return rules;
}

/**
 * The zone of the working day for baselines: the setting, else the one detection has used on this store (so live
 * detection and a backfill agree, and the demo keeps Shanghai's), else the display zone.
 */
async function workZone(config: Config, store: Store): Promise<string> {
  return config.workTimeZone ?? (await savedTimeZone(store)) ?? config.displayTimeZone;
}

function warnMissing(lookups: readonly string[]): void {
  for (const name of lookups)
    console.error(
      `no registry values for lookup "${name}": rules using it cannot fire; import that registry`,
    );
}

function printSignals(signals: readonly Signal[], zone: string): void {
  console.log(
    table(
      ['time', 'level', 'person', 'rule', 'events'],
      signals.map((s) => [
        formatTime(s.time, zone),
        s.level,
        s.person ?? '',
        s.title,
        String(s.events.length),
      ]),
    ),
  );
}

/** Live detection after an import: the events it stored, from where detection left off. With `quiet`, on stderr. */
export async function detectAfterImport(
  store: Store,
  config: Config,
  batch: string,
  quiet = false,
  timeZone?: string,
): Promise<void> {
  // Rules switched off in the workspace (the web UI's rules page) stay off for imports from the shell too.
  const rules = withoutRules(rulesFor(config, undefined), new Set(await store.disabledRules()));
  const report = await detectImported(store, rules, [batch], {
    timeZone: timeZone ?? config.workTimeZone,
    fallbackTimeZone: config.displayTimeZone,
  });
  warnMissing(report.missingLookups);
  (quiet ? console.error : console.log)(
    `detection: ${report.signals.length} signals (${report.added} new) from ${rules.detections.length + rules.correlations.length} rules` +
      (report.late
        ? `; ${report.late} events older than what detection had seen (matched, but windows may have closed)`
        : '') +
      '; list them with: npx molehunt signals',
  );
}

export function detectCommand(): Command {
  return withCommonOptions(
    new Command('detect')
      .description('Run the rules over the stored events, or straight over files, and list the signals')
      .argument('[paths...]', 'files or folders to read with --profile instead of the store')
      .option('--profile <name>', 'the mapping profile (or bundle) for the paths')
      .option('--rules <dir...>', 'rule folders (default: the built-in rule pack and <data>/rules)')
      .option('--from <time>', 'start, inclusive (in --tz)')
      .option('--to <time>', 'end, exclusive')
      .option('--json', 'one JSON signal per line')
      .addHelpText(
        'after',
        '\nExamples:\n  molehunt detect --from 2025-09-01 --to 2025-09-02\n  molehunt detect --profile demo data/demo --json',
      ),
  ).action(async (paths: string[], options: DetectOptions) => {
    const config = configFrom(options);
    const rules = rulesFor(config, options.rules);
    const range = {
      ...(options.from ? { from: parseTimeOption(options.from, config.displayTimeZone, '--from') } : {}),
      ...(options.to ? { to: parseTimeOption(options.to, config.displayTimeZone, '--to') } : {}),
    };
    if (paths.length && !options.profile)
      throw new MolehuntError('MH_ERR_USAGE', 'name the profile the files are read with: --profile <name>');
    if (options.profile && !paths.length)
      throw new MolehuntError('MH_ERR_USAGE', '--profile reads files: name them after the options');
    let signals: Signal[];
    if (paths.length) {
      const engineOptions = {
        timeZone: config.workTimeZone ?? config.displayTimeZone,
        contentMatcher: await registeredContent(config),
      };
      const dirs = profileDirs(resolve(config.dataDir));
      const found = await detectInFiles(
        rules,
        {
          profile: loadProfile(options.profile!, dirs),
          inputs: paths,
          loadProfile: (name) => loadProfile(name, dirs),
          ...range,
        },
        engineOptions,
      );
      for (const problem of found.problems) console.error(`record skipped: ${problem}`);
      if (found.quarantined > found.problems.length)
        console.error(
          `… ${found.quarantined - found.problems.length} more records skipped; import the files to keep them in the quarantine`,
        );
      warnMissing(found.missingLookups);
      signals = found.signals;
    } else {
      const found = await withStore(config, async (store) =>
        detectInStore(store, rules, range, { timeZone: await workZone(config, store) }),
      );
      warnMissing(found.missingLookups);
      signals = found.signals;
    }
    if (options.json) {
      printJsonLines(signals);
      return;
    }
    printSignals(signals, config.displayTimeZone);
    console.log(
      `\n${signals.length} signals from ${rules.detections.length + rules.correlations.length} rules, times in ${config.displayTimeZone}`,
    );
  });
}

/**
 * The leak registry's documents for `|fingerprint`, read from the store when there is one. Reading files needs no
 * store otherwise, so a store another process holds (a running server) costs only those rules, with a warning.
 */
async function registeredContent(config: Config): Promise<ContentMatcher | undefined> {
  if (!existsSync(databasePath(config))) return undefined;
  try {
    return await withStore(config, (store) => contentMatcher(store));
  } catch (error) {
    if (!(error instanceof MolehuntError) || error.code !== 'MH_ERR_STORE_OPEN') throw error;
    console.error(
      `the store is in use, so registered documents were not read: rules with |fingerprint find nothing (${error.message})`,
    );
    return undefined;
  }
}

export function signalsCommand(): Command {
  return withCommonOptions(
    new Command('signals')
      .description('List the signals detection has stored (live, as events were imported)')
      .option('--person <id>', "one person's signals")
      .option('--limit <n>', 'at most this many, oldest first', '1000')
      .option('--json', 'one JSON signal per line'),
  ).action(async (options: CommonOptions & { person?: string; limit: string; json?: boolean }) => {
    const config = configFrom(options);
    const page = await withStore(config, (store) =>
      store.signals({ person: options.person, limit: positive(options.limit, '--limit') }),
    );
    if (options.json) {
      printJsonLines(page.items);
      return;
    }
    printSignals(page.items, config.displayTimeZone);
    console.log(
      `\n${page.items.length} signals${page.next ? ' (more: raise --limit)' : ''}, times in ${config.displayTimeZone}`,
    );
  });
}

export function rulesCommand(): Command {
  const rules = new Command('rules').description('The detection rules: list them, test them, or check them');
  const sub = (name: string, description: string) =>
    withCommonOptions(
      rules
        .command(name)
        .description(description)
        .option('--rules <dir...>', 'rule folders (default: the built-in rule pack and <data>/rules)'),
    );
  sub('list', 'List the rules with their level and kind').action((options: RulesOptions) => {
    const set = rulesFor(configFrom(options), options.rules);
    const rows = [
      ...set.detections.map((r) => [r.id.slice(0, 8), r.level, r.logsource.category ?? '*', r.title]),
      ...set.correlations.map((r) => [r.id.slice(0, 8), r.level, r.type, r.title]),
    ];
    console.log(table(['id', 'level', 'on', 'title'], rows));
  });
  sub(
    'test',
    "Run each rule's fixture (fixtures/<rule>.yml beside it); exit 1 if any rule does not fire",
  ).action((options: RulesOptions) => {
    const set = rulesFor(configFrom(options), options.rules);
    const results = runFixtures(set);
    console.log(
      table(
        ['result', 'rule', 'detail'],
        results.map((r) => [r.ok ? 'fires' : 'FAILS', r.title, r.message]),
      ),
    );
    const failed = results.filter((r) => !r.ok).length;
    if (failed || set.problems.length) {
      throw new MolehuntError(
        'MH_ERR_RULE_INVALID',
        `${failed} of ${results.length} rules fail their fixture, ${set.problems.length} cannot be loaded`,
      );
    }
    console.log(`\n${results.length} rules fire on their fixtures`);
  });
  sub('lint', 'Check every rule; exit 1 naming file, line and key of each problem').action(
    (options: RulesOptions) => {
      const set = loadRules(options.rules ?? ruleDirs(resolve(configFrom(options).dataDir)));
      for (const problem of set.problems) console.error(problem.message);
      if (set.problems.length) {
        throw new MolehuntError(
          'MH_ERR_RULE_INVALID',
          `${set.problems.length} rule(s) cannot be loaded; the others are fine`,
        );
      }
      console.log(`${set.detections.length + set.correlations.length} rules, no problems`);
    },
  );
  return rules;
}

interface RulesOptions extends CommonOptions {
  rules?: string[];
}
