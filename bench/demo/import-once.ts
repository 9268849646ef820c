/** @module One timed import of a generated demo folder into a fresh DuckDB file; prints a JSON line for run.ts. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { builtInProfileDir, loadProfile, runImport } from '../../src/ingest/index.js';
import { openDuckDbStore } from '../../src/store/duckdb/index.js';

const [folder] = process.argv.slice(2);
if (!folder) throw new Error('usage: import-once.ts <demo folder>');
const dir = mkdtempSync(join(tmpdir(), 'molehunt-bench-'));
const dirs = [builtInProfileDir];
const started = performance.now();
const store = await openDuckDbStore({ path: join(dir, 'molehunt.duckdb') });
const report = await runImport(store, {
  profile: loadProfile('demo', dirs),
  inputs: [folder],
  loadProfile: (n) => loadProfile(n, dirs),
});
await store.close();
const seconds = (performance.now() - started) / 1000;
rmSync(dir, { recursive: true, force: true });
console.log(
  JSON.stringify({ seconds, peakRssMb: process.resourceUsage().maxRSS / 1024, read: report.batch.read }),
);
