/**
 * @module Detection straight from files, without importing them: a profile (or bundle) maps the files, registers
 * give peer groups and lookups, and the event files are merged by event time into one engine. Records that cannot
 * be mapped are counted and named, never silently dropped.
 */
import { randomUUID } from 'node:crypto';
import { statSync } from 'node:fs';
import {
  compileEntityMapper,
  compileEventMapper,
  openRecordSource,
  PersonIndex,
  type PlannedFile,
  type Profile,
  planFiles,
  readOptions,
} from '../ingest/index.js';
import type { Entity, Event, Signal } from '../model/index.js';
import { bySignal, Engine, type EngineOptions } from './engine/engine.js';
import type { RuleSet } from './load.js';
import { registryOf } from './registry.js';

export interface FileDetection {
  signals: Signal[];
  /** The persons the registers name (rosters), for whoever reads the signals next. */
  persons: Entity[];
  events: number;
  /** Records that could not be mapped, and the first few of them as file:line: field: reason. */
  quarantined: number;
  problems: string[];
  /** The same event (same id) read again within the allowed lateness, counted once. */
  duplicates: number;
  late: number;
  missingLookups: string[];
}

export interface FileRequest {
  profile: Profile;
  inputs: readonly string[];
  loadProfile: (name: string) => Profile;
  /** Only events in [from, to). */
  from?: number;
  to?: number;
  /** Sees every event the engine gets, in the engine's order (an evaluation counts active user-days with it). */
  onEvent?: (event: Event) => void;
}

const SHOWN_PROBLEMS = 20;

export async function detectInFiles(
  rules: RuleSet,
  request: FileRequest,
  options: EngineOptions = {},
): Promise<FileDetection> {
  const plan = planFiles(request);
  const result: FileDetection = {
    signals: [],
    persons: [],
    events: 0,
    quarantined: 0,
    problems: [],
    duplicates: 0,
    late: 0,
    missingLookups: [],
  };
  const problem = (file: string, line: number, field: string | undefined, reason: string) => {
    result.quarantined += 1;
    if (result.problems.length < SHOWN_PROBLEMS)
      result.problems.push(`${file}:${line}: ${field ? `${field}: ` : ''}${reason}`);
  };
  const entities = await readEntities(
    plan.filter((p) => 'entity' in p.profile),
    problem,
  );
  const engine = new Engine(rules.detections, rules.correlations, { ...registryOf(entities), ...options });
  const persons = entities.filter((e) => e.type === 'person');
  result.persons = persons;
  const streams = plan.filter((p) => !('entity' in p.profile)).map((p) => eventsOf(p, persons, problem));
  const recent = new RecentIds(engine.lateness);
  for await (const event of mergeByTime(streams)) {
    if (
      (request.from !== undefined && event.time < request.from) ||
      (request.to !== undefined && event.time >= request.to)
    )
      continue;
    if (recent.seen(event)) {
      result.duplicates += 1;
      continue;
    }
    result.events += 1;
    request.onEvent?.(event);
    for (const signal of engine.process(event)) result.signals.push(signal);
  }
  result.signals.push(...engine.finish());
  result.signals.sort(bySignal);
  result.late = engine.late;
  result.missingLookups = engine.missingLookups;
  return result;
}

type Problem = (file: string, line: number, field: string | undefined, reason: string) => void;

async function readEntities(plan: readonly PlannedFile[], problem: Problem): Promise<Entity[]> {
  const byKey = new Map<string, Entity>();
  for (const { file, profile } of plan) {
    if (!('entity' in profile)) continue;
    const source = await openRecordSource(file.path, readOptions(profile));
    const mapper = compileEntityMapper(profile, { ...file, columns: source.columns });
    for await (const records of source.batches()) {
      for (const record of records) {
        const mapped = record.problem ?? mapper.map(record);
        if ('reason' in mapped) problem(file.name, record.line, mapped.field, mapped.reason);
        else {
          // Later rows of the same entity add to it, as the store's upsert does.
          const key = `${mapped.entity.type}:${mapped.entity.id}`;
          const known = byKey.get(key);
          byKey.set(
            key,
            known ? { ...known, attrs: { ...known.attrs, ...mapped.entity.attrs } } : mapped.entity,
          );
        }
      }
    }
  }
  return [...byKey.values()];
}

async function* eventsOf(
  planned: PlannedFile,
  persons: readonly Entity[],
  problem: Problem,
): AsyncGenerator<Event> {
  const { file, profile } = planned;
  if ('entity' in profile) return;
  const source = await openRecordSource(file.path, readOptions(profile));
  const resolver =
    'resolve_actor' in profile && profile.resolve_actor
      ? new PersonIndex(persons, profile.resolve_actor)
      : undefined;
  const mapper = compileEventMapper(profile, { ...file, columns: source.columns, persons: resolver });
  const batch = `detect-${randomUUID()}`;
  // Registers such as HR changes list records by number, not date: a small file is sorted before it is merged.
  const small = statSync(file.path).size <= SORTED_FILE_BYTES;
  const held: Event[] = [];
  for await (const records of source.batches()) {
    for (const record of records) {
      const mapped = record.problem ?? mapper.map(record, batch);
      if ('reason' in mapped) problem(file.name, record.line, mapped.field, mapped.reason);
      else if (small) held.push(mapped);
      else yield mapped;
    }
  }
  yield* held.sort(byTime);
}

/** Files up to this size are sorted by time before they are merged; larger ones must come in time order. */
const SORTED_FILE_BYTES = 8 * 1024 * 1024;

function byTime(a: Event, b: Event): number {
  return a.time - b.time;
}

/**
 * Merges event streams by time, each assumed roughly in time order (as exports are); what is out of order within a
 * stream reaches the engine as it comes and counts as late if beyond the allowed lateness.
 */
async function* mergeByTime(streams: AsyncGenerator<Event>[]): AsyncGenerator<Event> {
  if (streams.length === 1) {
    yield* streams[0]!;
    return;
  }
  const heads: { event: Event; stream: AsyncGenerator<Event> }[] = [];
  for (const stream of streams) {
    const first = await stream.next();
    if (!first.done) heads.push({ event: first.value, stream });
  }
  while (heads.length) {
    let min = 0;
    for (let i = 1; i < heads.length; i++) if (heads[i]!.event.time < heads[min]!.event.time) min = i;
    const head = heads[min]!;
    yield head.event;
    const next = await head.stream.next();
    if (next.done) heads.splice(min, 1);
    else head.event = next.value;
  }
}

/** Ids seen within the last `spanMs` of event time: duplicates in exports are near each other, memory stays bounded. */
class RecentIds {
  private ids = new Map<string, number>();
  private newest = Number.NEGATIVE_INFINITY;

  constructor(private readonly spanMs: number) {}

  seen(event: Event): boolean {
    if (this.ids.has(event.id)) return true;
    this.ids.set(event.id, event.time);
    if (event.time > this.newest) this.newest = event.time;
    // Ids arrive in (near) time order, so the oldest are first in the map: drop them until one is recent.
    for (const [id, time] of this.ids) {
      if (time >= this.newest - this.spanMs) break;
      this.ids.delete(id);
    }
    return false;
  }
}
