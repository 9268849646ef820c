/** @module Push ingest: NDJSON records streamed in, mapped as a file import maps them, each answered once durable. */
import { randomUUID } from 'node:crypto';
import {
  type Event,
  type ImportBatch,
  isMolehuntError,
  MolehuntError,
  type QuarantineRecord,
} from '../model/index.js';
import { allEntities, type Store } from '../store/index.js';
import { assertReconciled, quarantineEntry, zeroCounts } from './accounting.js';
import {
  compileEventMapper,
  type EventMapper,
  type FileContext,
  type RecordProblem,
} from './map/event-mapper.js';
import { PersonIndex } from './map/persons.js';
import type { EventProfile, Profile } from './profile/schema.js';
import { bodyLines } from './read/body-lines.js';
import { jsonlRecords } from './read/jsonl.js';
import type { SourceRecord } from './records.js';

/** What became of one record; `line` is its 1-based line in the body, blank lines included. */
export interface PushRecordResult {
  line: number;
  status: 'stored' | 'duplicate' | 'quarantined';
  /** The event id, for stored and duplicate records. */
  id?: string;
  field?: string;
  reason?: string;
}

export interface PushSummary {
  batch: string;
  read: number;
  stored: number;
  duplicates: number;
  quarantined: number;
}

export type PushOutput = PushRecordResult | { summary: PushSummary };

export interface PushRequest {
  profile: Profile;
  /** NDJSON: one JSON object a line, keyed by the profile's column names (CSV profiles) or key paths. */
  body: AsyncIterable<Uint8Array | string>;
  /** Who sent it, recorded as the batch's file and in quarantine entries, e.g. `http:alice@127.0.0.1`. */
  sender: string;
  /** Records per store call (default 1,000): how many records a sender waits for before their answers come. */
  batchSize?: number;
}

const DEFAULT_BATCH = 1_000;

/**
 * Imports a pushed body as one import batch, yielding each record's result once the batch of records that holds
 * it is stored or quarantined, in line order, then `{ summary }`. The body is read only as results are pulled,
 * so a slow reader of the results slows the reading of the body. Throws MH_ERR_PUSH_PROFILE at once for an entity
 * profile or a bundle. If the body fails midway, the batch is marked failed with what was answered so far, the
 * records read but not yet stored are dropped, and the error is rethrown.
 *
 * @example
 * for await (const out of pushIngest(store, { profile, body: req, sender: 'http:alice@10.0.0.7' })) write(out);
 */
export function pushIngest(store: Store, request: PushRequest): AsyncGenerator<PushOutput> {
  return push(store, request, eventProfile(request.profile));
}

function eventProfile(profile: Profile): EventProfile {
  if (!('bundle' in profile) && !('entity' in profile)) return profile;
  const what = 'bundle' in profile ? 'is a bundle' : `maps ${profile.entity.type} entities, not events`;
  throw new MolehuntError(
    'MH_ERR_PUSH_PROFILE',
    `profile "${profile.name}" ${what}; push ingest takes event profiles only. Import rosters and registers as files: molehunt import ${profile.name} <file or folder>`,
  );
}

async function* push(store: Store, request: PushRequest, profile: EventProfile): AsyncGenerator<PushOutput> {
  const { sender } = request;
  const persons = profile.resolve_actor
    ? new PersonIndex(await allEntities(store, 'person'), profile.resolve_actor)
    : undefined;
  const batch: ImportBatch = {
    id: randomUUID(),
    profile: profile.name,
    source: profile.source,
    files: [sender],
    startedAt: Date.now(),
    ...zeroCounts(),
    status: 'running',
  };
  await store.beginImport(batch);
  const mapping = new Mapping(profile, { path: sender, name: sender, persons }, batch.id);
  const pending = new Pending(store, batch, sender);
  const size = request.batchSize ?? DEFAULT_BATCH;
  try {
    for await (const records of jsonlRecords(bodyLines(request.body))) {
      for (const record of records) {
        pending.add(record, record.problem ?? mapping.map(record));
        if (pending.size >= size) yield* await pending.flush();
      }
    }
    yield* await pending.flush();
    batch.status = 'done';
  } catch (error) {
    batch.status = 'failed';
    throw error;
  } finally {
    // Still running here means the caller stopped pulling (the client went away): the push did not finish.
    if (batch.status === 'running') batch.status = 'failed';
    batch.finishedAt = Date.now();
    await store.finishImport(batch);
  }
  assertReconciled(batch, sender);
  const { read, stored, duplicates, quarantined } = batch;
  yield { summary: { batch: batch.id, read, stored, duplicates, quarantined } };
}

/** The event mapper, compiled at the first record: a profile with variants picks one from that record's keys. */
class Mapping {
  private mapper?: EventMapper | RecordProblem;

  constructor(
    private readonly profile: EventProfile,
    private readonly file: Omit<FileContext, 'columns'>,
    private readonly batch: string,
  ) {}

  map(record: SourceRecord): Event | RecordProblem {
    this.mapper ??= this.compile(Object.keys(record.values!));
    return 'map' in this.mapper ? this.mapper.map(record, this.batch) : this.mapper;
  }

  private compile(keys: string[]): EventMapper | RecordProblem {
    // As in a file import, only a CSV profile's variants are picked: a JSONL file has no header to pick by. The
    // mapping is judged by the first record, so its problems are said of that record.
    const variantKeys = this.profile.format === 'csv' ? { variantKeys: keys } : {};
    try {
      return compileEventMapper(this.profile, { ...this.file, path: 'the first record', ...variantKeys });
    } catch (error) {
      if (!isMolehuntError(error)) throw error;
      return { reason: error.message };
    }
  }
}

type Entry = { line: number; event: Event } | { line: number; problem: QuarantineRecord };

/** Records read but not yet stored; a flush stores them and answers for each, counting them into the batch. */
class Pending {
  private entries: Entry[] = [];

  constructor(
    private readonly store: Store,
    private readonly batch: ImportBatch,
    private readonly sender: string,
  ) {}

  get size(): number {
    return this.entries.length;
  }

  add(record: SourceRecord, mapped: Event | RecordProblem): void {
    const { line } = record;
    if (!('reason' in mapped)) {
      this.entries.push({ line, event: mapped });
      return;
    }
    const problem = quarantineEntry({ batch: this.batch.id, file: this.sender }, record, mapped);
    this.entries.push({ line, problem });
  }

  async flush(): Promise<PushRecordResult[]> {
    const entries = this.entries;
    this.entries = [];
    const events = entries.flatMap((e) => ('event' in e ? [e.event] : []));
    const problems = entries.flatMap((e) => ('problem' in e ? [e.problem] : []));
    const { duplicates } = events.length ? await this.store.appendEvents(events) : { duplicates: [] };
    if (problems.length) await this.store.addQuarantine(problems);

    // The store names a duplicate once per repeat; an id stored now is its first occurrence in the call.
    const fresh = new Map<string, number>();
    for (const { id } of events) fresh.set(id, (fresh.get(id) ?? 0) + 1);
    for (const id of duplicates) fresh.set(id, fresh.get(id)! - 1);
    const results = entries.map((entry): PushRecordResult => {
      if ('problem' in entry) {
        const { line, field, reason } = entry.problem;
        return field === undefined
          ? { line, status: 'quarantined', reason }
          : { line, status: 'quarantined', field, reason };
      }
      const { id } = entry.event;
      const left = fresh.get(id)!;
      fresh.set(id, left - 1);
      return { line: entry.line, status: left > 0 ? 'stored' : 'duplicate', id };
    });
    for (const { status } of results) {
      this.batch.read += 1;
      if (status === 'stored') this.batch.stored += 1;
      else if (status === 'duplicate') this.batch.duplicates += 1;
      else this.batch.quarantined += 1;
    }
    return results;
  }
}
