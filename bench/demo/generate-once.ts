/** @module One timed `demo generate` in its own process; prints a JSON line for run.ts. */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { generateDemo } from '../../src/demo/index.js';

const [out, employees, days] = process.argv.slice(2);
if (!out || !employees || !days) throw new Error('usage: generate-once.ts <out> <employees> <days>');
const started = performance.now();
await generateDemo({
  employees: Number(employees),
  days: Number(days),
  start: '2025-08-01',
  seed: 'lumen',
  out,
  format: 'native',
});
const seconds = (performance.now() - started) / 1000;
const size = (dir: string): number =>
  readdirSync(dir, { withFileTypes: true }).reduce(
    (sum, e) => sum + (e.isDirectory() ? size(join(dir, e.name)) : statSync(join(dir, e.name)).size),
    0,
  );
console.log(JSON.stringify({ seconds, peakRssMb: process.resourceUsage().maxRSS / 1024, bytes: size(out) }));
