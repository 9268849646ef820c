/** @module `molehunt import`: files and folders through a mapping profile, with counts that reconcile. */
import { resolve } from 'node:path';
import { Command } from 'commander';
import { registerDemoDocuments } from '../demo/index.js';
import { type ImportReport, loadProfile, profileDirs, runImport } from '../ingest/index.js';
import { MolehuntError } from '../model/index.js';
import { type CommonOptions, cliActor, configFrom, withCommonOptions, withStore } from './context.js';
import { detectAfterImport } from './detect.js';
import { printReport, progressBar } from './report.js';

interface ImportOptions extends CommonOptions {
  json?: boolean;
  /** False with --no-detect. */
  detect: boolean;
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
      .option('--no-detect', 'do not run the rules over what was imported')
      .addHelpText(
        'after',
        '\nExamples:\n  molehunt import badge-cn exports/badges-2026-09.csv\n  molehunt import cert ~/datasets/r4.2\n  molehunt import ./my-gate-register.yaml gate/',
      ),
  ).action(async (profileName: string, paths: string[], options: ImportOptions) => {
    const config = configFrom(options);
    const dirs = profileDirs(resolve(config.dataDir));
    const profile = loadProfile(profileName, dirs);
    await withStore(config, async (store) => {
      const bar = progressBar();
      let report: ImportReport;
      try {
        report = await runImport(store, {
          profile,
          inputs: paths,
          loadProfile: (name) => loadProfile(name, dirs),
          onProgress: bar?.update,
        });
      } finally {
        bar?.stop();
      }
      if (options.json) console.log(JSON.stringify(report, null, 2));
      else printReport(report);
      // The demo folder's confidential documents go into the leak registry before detection reads it, as on first start.
      if (profile.name === 'demo') {
        let registered = 0;
        for (const path of paths) registered += await registerDemoDocuments(store, path, cliActor());
        if (registered && !options.json)
          console.log(
            `registered and distributed ${registered} confidential document${registered === 1 ? '' : 's'}`,
          );
      }
      if (options.detect && report.batch.stored)
        await detectAfterImport(store, config, report.batch.id, options.json);
      failUnlessRead(report, paths, profile.name);
    });
  });
}

/** An import that read nothing, or left files unread, exits with an error after reporting what it did. */
function failUnlessRead(report: ImportReport, paths: readonly string[], profile: string): void {
  if (!report.files.length && !report.failed.length) {
    throw new MolehuntError(
      'MH_ERR_INPUT_UNREADABLE',
      `no file in ${paths.join(', ')} is one profile "${profile}" reads; name the files, or check the profile's "files" pattern`,
    );
  }
  if (report.failed.length) {
    throw new MolehuntError(
      'MH_ERR_INPUT_UNREADABLE',
      `${report.failed.length} file${report.failed.length > 1 ? 's' : ''} could not be read; the others were imported`,
    );
  }
}
