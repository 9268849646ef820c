/**
 * @module The ingest benchmark: 1M badge events from CSV into DuckDB, end to end, on one core and on two,
 * beside DuckDB's own CSV loader and a bare Node.js line split on the same file. Writes docs/benchmarks.md.
 *
 *   npm run bench:ingest                      # 1,000,000 events, 3 runs each, median reported
 *   npm run bench:ingest -- --events 200000 --runs 1
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { writeBenchSection } from '../section.js';
import { writeBadgeExport } from './generate.js';

const { values } = parseArgs({
  options: {
    events: { type: 'string', default: '1000000' },
    persons: { type: 'string', default: '5000' },
    runs: { type: 'string', default: '3' },
  },
});
const events = Number(values.events);
const runs = Number(values.runs);

const dir = join(tmpdir(), 'molehunt-bench');
mkdirSync(dir, { recursive: true });
const file = join(dir, `badges-${events}.csv`);
if (!existsSync(file)) {
  console.error(`writing ${file} …`);
  await writeBadgeExport(file, events, Number(values.persons), 42);
}

interface Measure {
  seconds: number;
  peakRssMb: number;
  read: number;
}

/** Runs a script in a fresh process, pinned to the given cores, and parses the JSON line it prints. */
function measure(script: string, args: string[], cores: string, env: Record<string, string> = {}): Measure {
  const out = execFileSync('taskset', ['-c', cores, process.execPath, 'bin/run-ts.js', script, ...args], {
    encoding: 'utf8',
    env: { ...process.env, ...env },
  });
  return JSON.parse(out.trim().split('\n').at(-1)!);
}

function median(script: string, args: string[], cores: string, env?: Record<string, string>): Measure {
  const all = Array.from({ length: runs }, () => measure(script, args, cores, env));
  all.sort((a, b) => a.seconds - b.seconds);
  return all[Math.floor(all.length / 2)]!;
}

const rows: [string, Measure][] = [];
const add = (name: string, m: Measure) => {
  rows.push([name, m]);
  console.error(
    `${name}: ${(m.read / m.seconds).toFixed(0)} ev/s, ${m.seconds.toFixed(2)} s, peak RSS ${m.peakRssMb.toFixed(0)} MB`,
  );
};
add('molehunt import, 1 core (DuckDB 1 thread)', median('bench/ingest/import-once.ts', [file, '1'], '0'));
add('molehunt import, 2 cores', median('bench/ingest/import-once.ts', [file], '0,1'));
add(
  'DuckDB read_csv into a table, 1 core (peer)',
  median('bench/ingest/peers.ts', ['duckdb', file, '1'], '0'),
);
add(
  'Node.js readline + split, no mapping or storage (floor)',
  median('bench/ingest/peers.ts', ['node', file], '0'),
);

const table = [
  '| what | events/s | seconds | peak RSS |',
  '| --- | ---: | ---: | ---: |',
  ...rows.map(
    ([name, m]) =>
      `| ${name} | ${Math.round(m.read / m.seconds).toLocaleString('en')} | ${m.seconds.toFixed(2)} | ${m.peakRssMb.toFixed(0)} MB |`,
  ),
].join('\n');
writeBenchSection(
  'ingest',
  `## Ingest: CSV into DuckDB

\`npm run bench:ingest -- --events ${events} --runs ${runs}\` on ${new Date().toISOString().slice(0, 10)}:
${events.toLocaleString('en')} badge events (UTF-8 CSV with Chinese headers, ${(readFileSync(file).length / 1e6).toFixed(0)} MB, written by
\`bench/ingest/generate.ts\`) imported with the built-in \`badge-cn\` profile into a fresh DuckDB file. Each row is
a separate process pinned with \`taskset\`; the median of ${runs} run${runs > 1 ? 's' : ''}. Machine: ${cpus().length} × ${cpus()[0]?.model.trim()}, Node ${process.version}.

${table}`,
);
