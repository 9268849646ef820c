/** @module Importing one file with a record profile: read, map, then store, duplicate or quarantine every record. */
import type { Event, QuarantineRecord } from '../model/index.js';
import type { Store } from '../store/index.js';
import { type Counts, quarantineEntry, zeroCounts } from './accounting.js';
import { EntityWriter } from './entity-writer.js';
import { compileEntityMapper } from './map/entity-mapper.js';
import { compileEventMapper, type FileContext } from './map/event-mapper.js';
import type { RecordProfile } from './profile/schema.js';
import { openRecordSource } from './read/index.js';
import type { Encoding, ReadOptions, SourceRecord } from './records.js';

/** Events per store call: as fast as 100,000 (docs/benchmarks.md) and a third less memory, since fewer events outlive a young-generation GC. */
const APPEND_BATCH = 25_000;
const QUARANTINE_BATCH = 10_000;

export interface FileReport extends Counts {
  name: string;
  encoding: Encoding;
  /** The layouts (releases) of the profile variant the file's columns chose. */
  layouts?: readonly string[];
}

export interface FileImport {
  store: Store;
  profile: RecordProfile;
  batch: string;
  file: Omit<FileContext, 'columns'>;
  onBytes?: (bytesRead: number) => void;
  chunkSize?: number;
}

/** How a profile says its files are read. */
export function readOptions(profile: RecordProfile): ReadOptions {
  const { format, encoding, delimiter, header, columns } = profile;
  return { format, encoding, delimiter, header, columns };
}

/** Imports one file; throws MH_ERR_INPUT_UNREADABLE (before storing anything) when it cannot be read or mapped at all. */
export async function importFile(job: FileImport): Promise<FileReport> {
  const { store, profile, batch, file } = job;
  const source = await openRecordSource(file.path, {
    ...readOptions(profile),
    chunkSize: job.chunkSize,
    onProgress: job.onBytes && ((read) => job.onBytes?.(read)),
  });
  const context: FileContext = { ...file, columns: source.columns };
  const counts = zeroCounts();
  const quarantine = new QuarantineBuffer(store, batch, file.name, counts);
  let layouts: readonly string[] | undefined;
  let sink: RecordSink;

  if ('entity' in profile) {
    const mapper = compileEntityMapper(profile, context);
    const writer = new EntityWriter(store, counts);
    await writer.load(profile.entity.type);
    layouts = mapper.layouts;
    sink = {
      accept(record) {
        const mapped = mapper.map(record);
        if (!('reason' in mapped)) return writer.add(mapped);
        quarantine.add(record, mapped.field, mapped.reason);
        return undefined;
      },
      full: () => writer.full,
      flush: () => writer.flush(),
    };
  } else {
    const mapper = compileEventMapper(profile, context);
    const events = new EventBuffer(store, counts);
    layouts = mapper.layouts;
    sink = {
      accept(record) {
        const mapped = mapper.map(record, batch);
        if ('reason' in mapped) quarantine.add(record, mapped.field, mapped.reason);
        else events.add(mapped);
        return undefined;
      },
      full: () => events.full,
      flush: () => events.flush(),
    };
  }

  // Records are mapped synchronously; the store is called only when a buffer fills, once per read batch at most.
  for await (const records of source.batches()) {
    for (const record of records) {
      counts.read += 1;
      if (record.problem) quarantine.add(record, record.problem.field, record.problem.reason);
      else {
        // Only entity records wait (to ask the store about their relations); events map synchronously.
        const pending = sink.accept(record);
        if (pending) await pending;
      }
    }
    if (sink.full()) await sink.flush();
    if (quarantine.full) await quarantine.flush();
  }
  await sink.flush();
  await quarantine.flush();
  return { name: file.name, encoding: source.encoding, layouts, ...counts };
}

interface RecordSink {
  accept(record: SourceRecord): Promise<void> | undefined;
  full(): boolean;
  flush(): Promise<void>;
}

class EventBuffer {
  private events: Event[] = [];

  constructor(
    private readonly store: Store,
    private readonly counts: Counts,
  ) {}

  add(event: Event): void {
    this.events.push(event);
  }

  get full(): boolean {
    return this.events.length >= APPEND_BATCH;
  }

  async flush(): Promise<void> {
    if (!this.events.length) return;
    const result = await this.store.appendEvents(this.events);
    this.counts.stored += result.stored;
    this.counts.duplicates += result.duplicates.length;
    this.events = [];
  }
}

class QuarantineBuffer {
  private records: QuarantineRecord[] = [];

  constructor(
    private readonly store: Store,
    private readonly batch: string,
    private readonly file: string,
    private readonly counts: Counts,
  ) {}

  add(record: SourceRecord, field: string | undefined, reason: string): void {
    this.records.push(quarantineEntry({ batch: this.batch, file: this.file }, record, { field, reason }));
    this.counts.quarantined += 1;
  }

  get full(): boolean {
    return this.records.length >= QUARANTINE_BATCH;
  }

  async flush(): Promise<void> {
    if (!this.records.length) return;
    await this.store.addQuarantine(this.records);
    this.records = [];
  }
}
