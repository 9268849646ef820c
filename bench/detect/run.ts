/**
 * @module The detection benchmark: one correlation — a badge_in, then an asset_out by the same user within 30
 * minutes — over 1M generated events with 2,000 and with 20,000 users, on molehunt (end to end from the CSV with
 * the whole rule pack, and the engine alone on pre-parsed events), DuckDB, a naive Node.js script and SEC. Every
 * peer pairs alike: an alert on the first asset_out after the user's most recent badge_in, if within 1800 s of
 * event time. Each measurement is a fresh process, one after another, pinned to one core; the median of the runs
 * is reported. SEC, too slow for 1M lines, runs on the first `--prefix` lines and its rate is scaled. Checks the
 * peers' alerts agree, shows molehunt's memory as persons and as events grow, prints a markdown table and writes the
 * raw results to bench/detect/last-run.json.
 *
 *   npm run bench:detect                                          # 1M events, a 100k prefix, 3 runs (~5 min)
 *   npm run bench:detect -- --lines 100000 --prefix 20000 --runs 1   # a quick try
 */
import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { writeDetectInput } from './generate.js';

const { values } = parseArgs({
  options: {
    lines: { type: 'string', default: '1000000' },
    prefix: { type: 'string', default: '100000' },
    runs: { type: 'string', default: '3' },
  },
});
const lines = Number(values.lines);
const prefixLines = Math.min(Number(values.prefix), lines);
const runs = Number(values.runs);
/** The two inputs every engine runs on. */
const userCounts = [2000, 20_000];
/** More inputs for molehunt alone, to show its memory as persons grow. */
const sweepUserCounts = [200, 200_000];
const window = 1800;

const root = fileURLToPath(new URL('../../', import.meta.url));
const secConf = fileURLToPath(new URL('sec.conf', import.meta.url));
const secPlainConf = fileURLToPath(new URL('sec-plain.conf', import.meta.url));
/** The plain PairWithWindow rule slows with every open window: it runs on a shorter prefix still. */
const plainPrefixLines = Math.min(20_000, prefixLines);
const onPath = (command: string) => spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;
/** Measurements run on core 1 when taskset exists; DuckDB's default-threads run gets every core. */
const pin = onPath('taskset') ? ['taskset', '-c', '1'] : [];
const one = pin.length ? '1' : 'all';
const timeBin = '/usr/bin/time';
const hasTime = spawnSync(timeBin, ['-f', '%M', 'true']).status === 0;
/** The code measured: the commit, and whether the working tree differs from it. */
const commit = spawnSync('git', ['describe', '--always', '--dirty'], {
  cwd: root,
  encoding: 'utf8',
}).stdout.trim();
const secVersion = onPath('sec')
  ? spawnSync('sec', ['--version'], { encoding: 'utf8' })
      .stdout.split('\n')[0]!
      .replace(/^SEC \(Simple Event Correlator\) /, '')
  : undefined;

/** One run of one engine: what the child reported, or for SEC what the runner measured around it. */
interface Run {
  seconds: number;
  events: number;
  alerts: number;
  peakRssMb: number | null;
  /** molehunt only: correlation groups held at the end, and the heap its state holds then. */
  groups?: number;
  stateMb?: number | null;
}

interface Measurement {
  engine: string;
  input: string;
  users: number;
  /** The cores the process could use: core 1, or all of them. */
  cores: '1' | 'all';
  runs: Run[];
  /** Field by field, the median of the runs. */
  median: Run;
  eventsPerSecond: number;
  /** The alerts of the last run, `user,asset_out ts` per line. */
  alertsFile: string;
}

const middle = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
/** Runs `once` `runs` times, one process after another; returns every run and, field by field, their median. */
function repeat(once: () => Run): { runs: Run[]; median: Run } {
  const all = Array.from({ length: runs }, once);
  const median: Run = { ...all[0]!, seconds: middle(all.map((r) => r.seconds)) };
  for (const field of ['peakRssMb', 'stateMb'] as const)
    if (typeof median[field] === 'number') median[field] = middle(all.map((r) => r[field]!));
  return { runs: all, median };
}
const fmt = (n: number, digits = 0) =>
  n.toLocaleString('en', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const inputName = (events: number, users: number) => `${fmt(events)} events, ${fmt(users)} users`;

/** Runs a bench script in a fresh Node.js process (with --expose-gc, for molehunt's state) and parses its JSON line. */
function runScript(script: string, args: string[], pinned: boolean): Run {
  const command = [
    ...(pinned ? pin : []),
    process.execPath,
    '--expose-gc',
    'bin/run-ts.js',
    `bench/detect/${script}`,
    ...args,
  ];
  const child = spawnSync(command[0]!, command.slice(1), {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  if (child.status !== 0) throw new Error(`${command.join(' ')} exited with ${child.status}`);
  return JSON.parse(child.stdout.trim().split('\n').at(-1)!);
}

/** Runs SEC on a log, its alerts to `alertsFile`; time is the wall clock around it, peak RSS from /usr/bin/time. */
function runSec(log: string, events: number, alertsFile: string, conf = secConf): Run {
  const rssFile = `${alertsFile}.rss`;
  const sec = ['sec', `--conf=${conf}`, `--input=${log}`, '--notail', '--nointevents'];
  const command = [...(hasTime ? [timeBin, '-f', '%M', '-o', rssFile] : []), ...pin, ...sec];
  const out = openSync(alertsFile, 'w');
  const started = performance.now();
  const child = spawnSync(command[0]!, command.slice(1), { stdio: ['ignore', out, 'inherit'] });
  const seconds = (performance.now() - started) / 1000;
  closeSync(out);
  if (child.status !== 0) throw new Error(`${command.join(' ')} exited with ${child.status}`);
  return {
    seconds,
    events,
    alerts: readAlerts(alertsFile).size,
    peakRssMb: hasTime ? Number(readFileSync(rssFile, 'utf8').trim()) / 1024 : null,
  };
}

function readAlerts(file: string): Set<string> {
  return new Set(readFileSync(file, 'utf8').split('\n').filter(Boolean));
}

/** Copies the first `count` lines of a file. */
function head(from: string, to: string, count: number): void {
  const text = readFileSync(from);
  let end = 0;
  for (let i = 0; i < count; i++) {
    const newline = text.indexOf(10, end);
    if (newline < 0) break;
    end = newline + 1;
  }
  writeFileSync(to, text.subarray(0, end));
}

const startedAt = performance.now();
const dir = mkdtempSync(join(tmpdir(), 'molehunt-bench-detect-'));
const measurements: Measurement[] = [];
/** Measures one engine on one input (`events` is the input's size; `once` writes its alerts to the file it gets). */
function measure(
  engine: string,
  events: number,
  users: number,
  cores: Measurement['cores'],
  once: (alertsFile: string) => Run,
): Measurement {
  const alertsFile = join(dir, `${measurements.length}.alerts`);
  const { runs, median } = repeat(() => once(alertsFile));
  const input = inputName(events, users);
  const m = {
    engine,
    input,
    users,
    cores,
    runs,
    median,
    eventsPerSecond: median.events / median.seconds,
    alertsFile,
  };
  measurements.push(m);
  console.error(`${engine}, ${input}: ${summary(median)}`);
  return m;
}

const summary = (r: Run) =>
  `${r.seconds.toFixed(2)} s, ${fmt(r.events / r.seconds)} ev/s, ${r.peakRssMb?.toFixed(0) ?? '?'} MB, ${fmt(r.alerts)} alerts${r.groups === undefined ? '' : `, ${fmt(r.groups)} groups`}`;

/** Where two alert lists differ: how many alerts only one side has, and the first of them. */
interface Agreement {
  input: string;
  reference: string;
  other: string;
  alerts: [number, number];
  onlyReference: { count: number; first: string[] };
  onlyOther: { count: number; first: string[] };
}
const agreements: Agreement[] = [];
type Side = Pick<Measurement, 'engine' | 'alertsFile'>;
function compare(input: string, reference: Side, other: Side): void {
  const a = readAlerts(reference.alertsFile);
  const b = readAlerts(other.alertsFile);
  const only = (x: Set<string>, y: Set<string>) => {
    const missing = [...x].filter((alert) => !y.has(alert));
    return { count: missing.length, first: missing.slice(0, 10) };
  };
  agreements.push({
    input,
    reference: reference.engine,
    other: other.engine,
    alerts: [a.size, b.size],
    onlyReference: only(a, b),
    onlyOther: only(b, a),
  });
}

const molehuntCsv = 'molehunt csv: read, map, whole rule pack';
const molehuntEvents = 'molehunt events: engine alone, pre-parsed';
const secName = `SEC ${secVersion ?? ''} PairWithWindow on log time`;
const secPlainName = `SEC ${secVersion ?? ''} plain PairWithWindow (wall-clock windows)`;
/** Engines run on a prefix of the input, and how many lines. */
const prefixOf = (engine: string) =>
  engine === secName ? prefixLines : engine === secPlainName ? plainPrefixLines : undefined;
/** molehunt `events` as persons grow, and on fewer events by the same persons. */
const sweep: { users: number; events: number; runs: Run[]; median: Run }[] = [];
/** molehunt `events` on one more input, outside the table. */
function sweepRun(users: number, csv: string, events: number, alertsFile?: string): void {
  const measured = repeat(() =>
    runScript('molehunt-once.ts', [csv, 'events', ...(alertsFile ? [alertsFile] : [])], true),
  );
  console.error(`${molehuntEvents}, ${inputName(events, users)}: ${summary(measured.median)}`);
  sweep.push({ users, events, ...measured });
}
try {
  for (const users of userCounts) {
    const base = join(dir, `events-${users}`);
    console.error(`writing ${inputName(lines, users)} …`);
    await writeDetectInput(base, lines, users, 42);
    const csv = `${base}.csv`;
    const mh = measure(molehuntCsv, lines, users, one, (f) =>
      runScript('molehunt-once.ts', [csv, 'csv', f], true),
    );
    const ev = measure(molehuntEvents, lines, users, one, (f) =>
      runScript('molehunt-once.ts', [csv, 'events', f], true),
    );
    const duck = measure('DuckDB load + query, 1 thread', lines, users, one, (f) =>
      runScript('peers-once.ts', ['duckdb', csv, f], true),
    );
    const duckThreads = measure('DuckDB load + query, default threads', lines, users, 'all', (f) =>
      runScript('peers-once.ts', ['duckdb-threads', csv, f], false),
    );
    const naive = measure('naive Node.js: readline + Map', lines, users, one, (f) =>
      runScript('peers-once.ts', ['node', csv, f], true),
    );
    for (const other of [ev, duck, duckThreads, naive]) compare(mh.input, mh, other);
    sweep.push({ users, events: lines, runs: ev.runs, median: ev.median });

    // The first events: molehunt's memory on fewer events by the same persons, and SEC's input, checked against it.
    const prefix = join(dir, `prefix-${users}`);
    const alertsFile = join(dir, `prefix-${users}.alerts`);
    head(csv, `${prefix}.csv`, prefixLines + 1);
    sweepRun(users, `${prefix}.csv`, prefixLines, alertsFile);
    if (secVersion) {
      head(`${base}.log`, `${prefix}.log`, prefixLines);
      const sec = measure(secName, prefixLines, users, one, (f) => runSec(`${prefix}.log`, prefixLines, f));
      compare(inputName(prefixLines, users), { engine: molehuntEvents, alertsFile }, sec);
      head(`${base}.log`, `${prefix}-plain.log`, plainPrefixLines);
      measure(secPlainName, plainPrefixLines, users, one, (f) =>
        runSec(`${prefix}-plain.log`, plainPrefixLines, f, secPlainConf),
      );
    }
    rmSync(csv);
    rmSync(`${base}.log`);
  }
  for (const users of sweepUserCounts) {
    const base = join(dir, `sweep-${users}`);
    console.error(`writing ${inputName(lines, users)} …`);
    await writeDetectInput(base, lines, users, 42);
    sweepRun(users, `${base}.csv`, lines);
    rmSync(`${base}.csv`);
    rmSync(`${base}.log`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

// The table: SEC's rate on its prefix stands for the whole input (scaled), as the ×SEC column and ratios use it.
const secOf = (users: number) => measurements.find((m) => m.engine === secName && m.users === users);
const of = (engine: string, users: number) =>
  measurements.find((m) => m.engine === engine && m.users === users)!;
const rows = measurements.map(({ engine, input, users, cores, median, eventsPerSecond }) => {
  const sec = secOf(users);
  const prefixed = prefixOf(engine);
  const scaled = prefixed !== undefined;
  const where = scaled ? `${inputName(lines, users)} (first ${fmt(prefixed)}, scaled)` : input;
  const seconds = scaled ? `~${((median.seconds * lines) / prefixed).toFixed(2)}` : median.seconds.toFixed(2);
  const times = sec ? `${(eventsPerSecond / sec.eventsPerSecond).toFixed(1)}×` : '—';
  const all = cores === 'all' ? `, ${cpus().length} cores` : '';
  return `| ${engine}${all} | ${where} | ${seconds} | ${fmt(eventsPerSecond)} | ${times} | ${median.peakRssMb?.toFixed(0) ?? '—'} | ${fmt(median.alerts)}${scaled ? ' (prefix)' : ''} |`;
});
const ratios = userCounts.flatMap((users) => {
  const duck = of('DuckDB load + query, 1 thread', users);
  const sec = secOf(users);
  return [molehuntCsv, molehuntEvents].map((engine) => {
    const m = of(engine, users);
    const plain = measurements.find((x) => x.engine === secPlainName && x.users === users);
    const vsSec = sec ? `, / SEC ${(m.eventsPerSecond / sec.eventsPerSecond).toFixed(1)}× (scaled)` : '';
    const vsPlain = plain
      ? `, / plain SEC ${(m.eventsPerSecond / plain.eventsPerSecond).toFixed(0)}× (scaled)`
      : '';
    return `- ${fmt(users)} users, ${engine}: / DuckDB (1 thread) ${(m.eventsPerSecond / duck.eventsPerSecond).toFixed(2)}×${vsSec}${vsPlain}`;
  });
});
const agreementLines = agreements.map((a) => {
  const title = `- ${a.input}: ${a.other} (${fmt(a.alerts[1])}) vs ${a.reference} (${fmt(a.alerts[0])})`;
  if (!a.onlyReference.count && !a.onlyOther.count) return `${title}: the same alerts`;
  const some = ({ count, first }: Agreement['onlyOther']) =>
    `${fmt(count)}${count ? ` (e.g. ${first.slice(0, 3).join('; ')})` : ''}`;
  return `${title}: DIFFER — only in ${a.other}: ${some(a.onlyOther)}; only in ${a.reference}: ${some(a.onlyReference)}`;
});
const persons = sweep
  .sort((a, b) => a.users - b.users || a.events - b.events)
  .map(
    ({ users, events, median }) =>
      `| ${fmt(users)} | ${fmt(events)} | ${fmt(median.groups ?? 0)} | ${median.stateMb?.toFixed(1) ?? '—'} | ${median.peakRssMb?.toFixed(0) ?? '—'} | ${median.seconds.toFixed(2)} |`,
  );

const args = process.argv.slice(2);
console.log(`\`npm run bench:detect${args.length ? ` -- ${args.join(' ')}` : ''}\` on ${new Date().toISOString().slice(0, 10)}: ${fmt(lines)} generated events (seed 42), the median of ${runs} run${runs > 1 ? 's' : ''}, each a fresh process one after another, ${pin.length ? 'pinned to core 1 with taskset' : 'unpinned (no taskset)'} unless the row says cores. ${cpus().length} × ${cpus()[0]?.model.trim()}, Node ${process.version}, molehunt at ${commit}.
Every engine alerts on the first asset_out after the user's most recent badge_in within ${window} s of event time. molehunt's seconds exclude Node.js start-up (\`events\` also excludes reading and mapping); DuckDB's and the naive script's exclude start-up; SEC's are the wall clock around the \`sec\` process.

| engine | input | seconds | events/s | ×SEC | peak MB | alerts |
| --- | --- | ---: | ---: | ---: | ---: | ---: |
${rows.join('\n')}
${secVersion ? `\nSEC ran on the first ${fmt(prefixLines)} lines of each input (bench/detect/sec.conf); its seconds are scaled ×${fmt(lines / prefixLines, 1)} to the whole input and ×SEC takes its rate as if it held for all of it. The plain PairWithWindow rule (bench/detect/sec-plain.conf) ran on the first ${fmt(plainPrefixLines)} lines; it slows as windows pile up, so its scaled rate flatters it; its windows never close on a replay, so its alerts differ from the others' and are not compared.` : '\nSEC skipped: `sec` is not on PATH (Debian: apt-get install sec).'}

Ratios of events/s:
${ratios.join('\n')}

Alerts compared (\`user,asset_out ts\`):
${agreementLines.join('\n')}

molehunt's memory as persons grow, and as events grow for the same persons (\`events\` mode, medians; the ${fmt(lines)}-event rows of 2,000 and 20,000 persons are the runs above). Peak RSS includes the pre-parsed events; state is the heap the engine holds after the last event (after a full GC), beside them.

| persons | events | correlation groups held | engine state MB | peak RSS MB | seconds |
| ---: | ---: | ---: | ---: | ---: | ---: |
${persons.join('\n')}

Total ${((performance.now() - startedAt) / 60_000).toFixed(1)} min.`);

writeFileSync(
  join(root, 'bench/detect/last-run.json'),
  `${JSON.stringify(
    {
      date: new Date().toISOString(),
      commit,
      machine: {
        cpus: cpus().length,
        model: cpus()[0]?.model.trim(),
        node: process.version,
        pinned: pin.length > 0,
      },
      lines,
      prefixLines,
      runs,
      measurements: measurements.map(({ alertsFile: _, ...m }) => m),
      agreements,
      persons: sweep,
    },
    null,
    2,
  )}\n`,
);
console.error('wrote bench/detect/last-run.json');
