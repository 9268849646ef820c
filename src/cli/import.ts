/** @module `molehunt import`: files and folders through a mapping profile, with counts that reconcile. */
import { resolve } from 'node:path';
import { SingleBar } from 'cli-progress';
import { Command } from 'commander';
import { type ImportReport, loadProfile, profileDirs, runImport } from '../ingest/index.js';
import { MolehuntError } from '../model/index.js';
import { type CommonOptions, configFrom, withCommonOptions, withStore } from './context.js';
import { table } from './format.js';

interface ImportOptions extends CommonOptions {
  json?: boolean;
}

export function importCommand(): Command {
  return withCommonOptions(
    new Command('import')
      .description(
        'Import exports through a mapping profile; every record is stored, a duplicate, or quarantined',
      )
      .argument('<profile>', 'a profile name (molehunt profiles lists them) or the path of a .yaml profile')
      .argument('<paths...>', 'files, or folders to search for the files the profile reads')
      .option('--json', 'print the report as JSON')
      .addHelpText(
        'after',
        '\nExamples:\n  molehunt import badge-cn exports/badges-2026-09.csv\n  molehunt import cert ~/datasets/r4.2\n  molehunt import ./my-gate-register.yaml gate/',
      ),
  ).action(async (profileName: string, paths: string[], options: ImportOptions) => {
    const config = configFrom(options);
    const dirs = profileDirs(resolve(config.dataDir));
    const profile = loadProfile(profileName, dirs);
    const report = await withStore(config, async (store) => {
      const bar = progressBar();
      try {
        return await runImport(store, {
          profile,
          inputs: paths,
          loadProfile: (name) => loadProfile(name, dirs),
          onProgress: bar?.update,
        });
      } finally {
        bar?.stop();
      }
    });
    if (options.json) console.log(JSON.stringify(report, null, 2));
    else printReport(report);
    if (!report.files.length && !report.failed.length) {
      throw new MolehuntError(
        'MH_ERR_INPUT_UNREADABLE',
        `no file in ${paths.join(', ')} is one profile "${profile.name}" reads; name the files, or check the profile's "files" pattern`,
      );
    }
    if (report.failed.length) {
      throw new MolehuntError(
        'MH_ERR_INPUT_UNREADABLE',
        `${report.failed.length} file${report.failed.length > 1 ? 's' : ''} could not be read; the others were imported`,
      );
    }
  });
}

/** A progress bar on a terminal; none when stderr is a pipe or a file, so logs stay clean. */
function progressBar(): { update: (done: number, total: number) => void; stop: () => void } | undefined {
  if (!process.stderr.isTTY) return undefined;
  const bar = new SingleBar({
    format: 'importing [{bar}] {percentage}% | {done} of {all} MB | eta {eta}s',
    stream: process.stderr,
    hideCursor: true,
    clearOnComplete: true,
  });
  let started = false;
  const mb = (bytes: number) => (bytes / 1e6).toFixed(1);
  return {
    update(done, total) {
      if (!started) {
        bar.start(total, 0, { done: mb(0), all: mb(total) });
        started = true;
      }
      bar.update(done, { done: mb(done), all: mb(total) });
    },
    stop: () => started && bar.stop(),
  };
}

function printReport(report: ImportReport): void {
  const { batch } = report;
  const n = (value: number) => value.toLocaleString('en');
  const rows = report.files.map((f) => [
    f.name,
    f.profile,
    f.encoding,
    n(f.read),
    n(f.stored),
    n(f.duplicates),
    n(f.quarantined),
  ]);
  if (report.files.length > 1) {
    rows.push(['total', '', '', n(batch.read), n(batch.stored), n(batch.duplicates), n(batch.quarantined)]);
  }
  if (rows.length) {
    console.log(table(['file', 'profile', 'encoding', 'read', 'stored', 'duplicates', 'quarantined'], rows));
  }
  console.log(
    `\nbatch ${batch.id}: read ${n(batch.read)} = stored ${n(batch.stored)} + duplicates ${n(batch.duplicates)} + quarantined ${n(batch.quarantined)}` +
      (batch.entities ? `; ${n(batch.entities)} entities and relations written` : ''),
  );
  if (report.layouts) {
    console.log(
      report.layouts.length
        ? `layout: ${report.layouts.join(' or ')} (read from the files' columns)`
        : 'layout: the files do not agree on one layout; they may come from different releases',
    );
  }
  if (batch.quarantined) console.log(`see why with: molehunt quarantine --batch ${batch.id}`);
  if (report.unresolvedActors.length) {
    const sample = report.unresolvedActors.slice(0, 5).join(', ');
    console.log(
      `${n(report.unresolvedActors.length)} actor value(s) matched no person (${sample}${report.unresolvedActors.length > 5 ? ', …' : ''}); import the roster first to link them`,
    );
  }
  for (const failed of report.failed) console.error(`not imported: ${failed.error}`);
}
