/**
 * @module `molehunt start` (what `npm start` runs): on an empty data directory, generates and imports the demo
 * company; then serves the workspace and prints its address and how to log in.
 */
import { join, resolve } from 'node:path';
import { Command } from 'commander';
import type { Config } from '../config/index.js';
import { defaultDemo, demoTimeZone, generateDemo } from '../demo/index.js';
import { loadProfile, profileDirs, runImport } from '../ingest/index.js';
import type { Store } from '../store/index.js';
import { databasePath, openStore, withCommonOptions } from './context.js';
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
    try {
      let stats = await store.stats();
      console.log(`molehunt — embedded store at ${databasePath(config)}`);
      if (options.demo && stats.imports === 0 && stats.events === 0) {
        await importDemo(store, config);
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
    await serve(store, config);
  });
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
    // The demo company works in Shanghai: its baselines read hours there unless the setting says otherwise.
    await detectAfterImport(store, config, report.batch.id, false, config.workTimeZone ?? demoTimeZone);
  } finally {
    bar?.stop();
  }
}
