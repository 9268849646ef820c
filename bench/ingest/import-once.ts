/** @module One timed import of a file into a fresh DuckDB store; prints a JSON line for run.ts. Run in its own process. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { builtInProfileDir, loadProfile, runImport } from '../../src/ingest/index.js';
import { openDuckDbStore } from '../../src/store/duckdb/index.js';

const [file, threads] = process.argv.slice(2);
if (!file) throw new Error('usage: import-once.ts <file.csv> [duckdb threads]');
const dir = mkdtempSync(join(tmpdir(), 'molehunt-bench-'));
const dirs = [builtInProfileDir];
const started = performance.now();
const store = await openDuckDbStore({
  path: join(dir, 'molehunt.duckdb'),
  threads: threads ? Number(threads) : undefined,
});
const report = await runImport(store, {
  profile: loadProfile('badge-cn', dirs),
  inputs: [file],
  loadProfile: (name) => loadProfile(name, dirs),
});
await store.close();
const seconds = (performance.now() - started) / 1000;
rmSync(dir, { recursive: true, force: true });
const { read, stored, duplicates, quarantined } = report.batch;
console.log(
  JSON.stringify({
    seconds,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    read,
    stored,
    duplicates,
    quarantined,
  }),
);
