/**
 * @module molehunt on the benchmark input in its own process: `csv` reads, maps and detects straight from the file
 * with the whole rule pack loaded; `events` maps everything first and times the engine alone. Prints a JSON line;
 * with an output path, also writes the benchmark rule's alerts there as `user,asset_out ts` lines. Run with
 * `node --expose-gc` to also report the heap the engine holds at the end (`stateMb`).
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { builtInRuleDir, Engine, loadRules, type Signal } from '../../src/detect/index.js';
import { openRecordSource, readProfile } from '../../src/ingest/index.js';
import { compileEventMapper } from '../../src/ingest/map/event-mapper.js';
import type { EventProfile } from '../../src/ingest/profile/schema.js';
import type { Event } from '../../src/model/index.js';

const [file, mode = 'csv', out] = process.argv.slice(2);
if (!file) throw new Error('usage: molehunt-once.ts <input.csv> [csv|events] [alerts.csv]');
const started = performance.now();
const rules = loadRules([builtInRuleDir, fileURLToPath(new URL('rules/', import.meta.url))]);
let engine: Engine | undefined = new Engine(rules.detections, rules.correlations, { allowedLatenessMs: 0 });
const profile = readProfile(fileURLToPath(new URL('bench-events.yaml', import.meta.url))) as EventProfile;
const source = await openRecordSource(file, { format: 'csv', encoding: 'utf-8' });
const mapper = compileEventMapper(profile, { path: file, name: file, columns: source.columns });
const benchRule = rules.correlations.find((r) => r.title.includes('(benchmark)'))!.id;
/** The benchmark rule's alerts: the person and the asset_out's time in epoch seconds. */
const alerts: string[] = [];
let events = 0;
const count = (signals: Signal[]) => {
  for (const s of signals) if (s.rule === benchRule) alerts.push(`${s.person},${s.time / 1000}`);
};
let engineMs = 0;
if (mode === 'csv') {
  for await (const batch of source.batches()) {
    for (const record of batch) {
      const event = mapper.map(record, 'bench');
      if ('reason' in event) continue;
      events += 1;
      count(engine.process(event));
    }
  }
  count(engine.finish());
} else {
  const all: Event[] = [];
  for await (const batch of source.batches())
    for (const record of batch) {
      const event = mapper.map(record, 'bench');
      if (!('reason' in event)) all.push(event);
    }
  events = all.length;
  const t = performance.now();
  for (const event of all) count(engine.process(event));
  count(engine.finish());
  engineMs = performance.now() - t;
}
const seconds = (mode === 'csv' ? performance.now() - started : engineMs) / 1000;
if (out) writeFileSync(out, alerts.length ? `${alerts.join('\n')}\n` : '');
const groups = engine.groups;
/** Heap in use after a full collection, when the process runs with --expose-gc. */
const liveHeap = () => {
  globalThis.gc!();
  return process.memoryUsage().heapUsed;
};
// The engine's state: what the heap loses when the engine goes, measured back to back.
const withEngine = globalThis.gc ? liveHeap() : undefined;
engine = undefined;
const stateMb = withEngine === undefined ? null : (withEngine - liveHeap()) / 2 ** 20;
console.log(
  JSON.stringify({
    seconds,
    events,
    alerts: alerts.length,
    rules: rules.detections.length + rules.correlations.length,
    groups,
    stateMb,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
  }),
);
