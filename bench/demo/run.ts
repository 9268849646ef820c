/**
 * @module The demo benchmark: the default demo (2,000 × 60 days) generated and imported, as `npm start` does on
 * first run, and the benchmark-size company (20,000 × 90 days) generated, to show generation streams in bounded
 * memory. Each step runs in its own process. Writes the `bench:demo` section of docs/benchmarks.md.
 *
 *   npm run bench:demo                    # both
 *   npm run bench:demo -- --skip-large    # the default demo only
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { writeBenchSection } from '../section.js';

const { values } = parseArgs({ options: { 'skip-large': { type: 'boolean', default: false } } });

interface Measure {
  seconds: number;
  peakRssMb: number;
  bytes?: number;
  read?: number;
}

function run(script: string, args: string[]): Measure {
  const out = execFileSync(process.execPath, ['bin/run-ts.js', script, ...args], {
    encoding: 'utf8',
    maxBuffer: 1 << 26,
  });
  return JSON.parse(out.trim().split('\n').at(-1)!);
}

const root = mkdtempSync(join(tmpdir(), 'molehunt-bench-demo-'));
const rows: string[] = [];
const row = (what: string, m: Measure, extra: string) => {
  rows.push(`| ${what} | ${m.seconds.toFixed(1)} s | ${m.peakRssMb.toFixed(0)} MB | ${extra} |`);
  console.error(rows.at(-1));
};
try {
  const small = join(root, 'default');
  const generated = run('bench/demo/generate-once.ts', [small, '2000', '60']);
  row(
    'generate 2,000 employees × 60 days',
    generated,
    `${(generated.bytes! / 1e6).toFixed(0)} MB of exports`,
  );
  const imported = run('bench/demo/import-once.ts', [small]);
  row(
    'import it (the `demo` bundle, DuckDB)',
    imported,
    `${imported.read!.toLocaleString('en')} records, ${Math.round(imported.read! / imported.seconds).toLocaleString('en')} records/s`,
  );
  rmSync(small, { recursive: true, force: true });
  if (!values['skip-large']) {
    const large = join(root, 'large');
    const big = run('bench/demo/generate-once.ts', [large, '20000', '90']);
    row('generate 20,000 employees × 90 days', big, `${(big.bytes! / 1e9).toFixed(1)} GB of exports`);
  }
} finally {
  rmSync(root, { recursive: true, force: true });
}

writeBenchSection(
  'demo',
  `## The demo company

\`npm run bench:demo\` on ${new Date().toISOString().slice(0, 10)}, each step in its own process, all cores
(${cpus().length} × ${cpus()[0]?.model.trim()}, Node ${process.version}). The first two rows are what \`npm start\` does on
an empty data directory; the goal is under 2 minutes together. The last shows that generation streams: a day is
written and forgotten, so peak memory grows with the headcount, not with the days.

| step | time | peak RSS | |
| --- | ---: | ---: | --- |
${rows.join('\n')}`,
);
