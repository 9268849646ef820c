/**
 * @module `molehunt start` (what `npm start` runs): on an empty data directory, generates and imports the demo
 * company; then serves the workspace and prints its address and how to log in.
 */
import { join, resolve } from 'node:path';
import { Command } from 'commander';
import { openFromAlerts } from '../cases/index.js';
import type { Config } from '../config/index.js';
import {
  defaultDemo,
  demoTimeZone,
  generateDemo,
  referenceSubject,
  registerDemoDocuments,
} from '../demo/index.js';
import { loadProfile, profileDirs, runImport } from '../ingest/index.js';
import type { Workspace } from '../server/index.js';
import type { Store } from '../store/index.js';
import { cliActor, databasePath, openStore, withCommonOptions } from './context.js';
import { detectAfterImport } from './detect.js';
import { printReport, progressBar } from './report.js';
import { type ServeOptions, serve, serveConfig, withServeOptions } from './serve.js';

interface StartOptions extends ServeOptions {
  demo: boolean;
}

export function startCommand(): Command {
  return withServeOptions(
    withCommonOptions(
      new Command('start')
        .description(
          'Serve the workspace over the embedded store; on an empty data directory, generate and import the demo company first',
        )
        .option('--no-demo', 'do not generate the demo company into an empty data directory'),
    ),
  ).action(async (options: StartOptions) => {
    const config = serveConfig(options);
    const store = await openStore(config);
    let demoImported = false;
    try {
      let stats = await store.stats();
      console.log(`molehunt — embedded store at ${databasePath(config)}`);
      if (options.demo && stats.imports === 0 && stats.events === 0) {
        await importDemo(store, config);
        demoImported = true;
        stats = await store.stats();
      }
      console.log(
        `\n${stats.events.toLocaleString('en')} events, ${stats.persons.toLocaleString('en')} persons, ` +
          `${stats.imports} imports, ${stats.quarantined.toLocaleString('en')} records in quarantine`,
      );
      if (stats.events === 0) {
        console.log(
          'Nothing imported yet: upload exports on the Imports page, or npx molehunt import <profile> <files>',
        );
      }
    } catch (error) {
      await store.close();
      throw error;
    }
    await serve(store, config, demoImported ? openDemoCase : undefined);
  });
}

/**
 * The demo's first case: the reference case opened from its alert, with the signal events as evidence, so the case
 * workspace has something to show. Recorded in the ledger as done by `cli:<login>`, like any command-line change.
 */
async function openDemoCase(workspace: Workspace): Promise<void> {
  const view = await workspace.current();
  const alert = view.alerts.find((candidate) => candidate.person === referenceSubject);
  if (!alert) return;
  const who = {
    actor: cliActor().user,
    reason: 'the demo company: the reference case, opened from its alert',
  };
  const state = await openFromAlerts(
    workspace.cases,
    { title: 'K80 spec sheet leak before launch', subjects: [referenceSubject], alerts: [alert] },
    who,
  );
  await workspace.cases.addNote(
    state.id,
    'The asset gate register has no check-out for the K80 prototype that left through the garage.',
    who,
  );
  await workspace.cases.moveTo(state.id, 'investigating', who);
  console.log(`Opened the demo case ${state.id} from the reference case's alert.`);
}

/** Writes the default demo company into `<data>/demo` and imports it in one batch. */
async function importDemo(store: Store, config: Config): Promise<void> {
  const dataDir = resolve(config.dataDir);
  const out = join(dataDir, 'demo');
  const { employees, days, start } = defaultDemo;
  console.log(
    `First start: generating the demo company Lumen Mobile (${employees.toLocaleString('en')} employees × ${days} days from ${start}) into ${out} …`,
  );
  let started = performance.now();
  await generateDemo({ ...defaultDemo, out, format: 'native' });
  console.log(`generated in ${((performance.now() - started) / 1000).toFixed(1)} s; importing …\n`);
  started = performance.now();
  const dirs = profileDirs(dataDir);
  const bar = progressBar();
  try {
    const report = await runImport(store, {
      profile: loadProfile('demo', dirs),
      inputs: [out],
      loadProfile: (name) => loadProfile(name, dirs),
      onProgress: bar?.update,
    });
    bar?.stop();
    printReport(report);
    console.log(`imported in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    // Before detection, so the rules that look for registered content find the spec sheet in the demo's mail.
    const documents = await registerDemoDocuments(store, out, cliActor());
    console.log(`registered and distributed ${documents} confidential document${documents === 1 ? '' : 's'}`);
    // The demo company works in Shanghai: its baselines read hours there unless the setting says otherwise.
    await detectAfterImport(store, config, report.batch.id, false, config.workTimeZone ?? demoTimeZone);
  } finally {
    bar?.stop();
  }
}
