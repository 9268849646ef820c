/** @module One export file of the demo, written as the real system would: buffered a day at a time, sorted, numbered. */
import { once } from 'node:events';
import { createWriteStream, mkdirSync, type WriteStream } from 'node:fs';
import { dirname } from 'node:path';
import iconv from 'iconv-lite';
import { eventIdForKey } from '../model/index.js';

/** Where a generated record ended up: filled in when its day is written. Labels point at records through these. */
export interface RecordRef {
  file: string;
  line?: number;
  recordId?: string;
  eventId?: string;
}

export interface SourceFileOptions {
  /** Path relative to the output folder, as labels name it. */
  name: string;
  format: 'csv' | 'jsonl';
  /** CSV header cells. */
  header?: readonly string[];
  encoding?: 'utf-8' | 'gbk';
  /** `event.dataset` of the profile that imports the file, for computing event ids; absent for entity files. */
  source?: string;
  /** The record id the exporting system gives the n-th record (from 1), at its time. */
  recordId?: (n: number, time: number) => string;
}

type Row = readonly string[] | Record<string, unknown>;

interface Pending {
  time: number;
  order: number;
  build: (recordId: string) => Row;
  ref: RecordRef;
  /** Written as it is: a deliberately malformed line. */
  raw?: string;
  /** Also written a second time, as exports sometimes repeat a row. */
  repeat?: boolean;
}

/**
 * A file being written. Records are added in any order during a simulated day; `flush` writes them sorted by time,
 * gives each its record id in that order (as the exporting system would), and fills in their refs.
 */
export class SourceFile {
  private readonly out: WriteStream;
  private pending: Pending[] = [];
  private order = 0;
  private count = 0;
  private line = 0;

  constructor(
    folder: string,
    private readonly options: SourceFileOptions,
  ) {
    const path = `${folder}/${options.name}`;
    mkdirSync(dirname(path), { recursive: true });
    this.out = createWriteStream(path);
    if (options.header) {
      this.line = 1;
      this.write(`${options.header.map(csvCell).join(',')}\r\n`);
    }
  }

  get name(): string {
    return this.options.name;
  }

  /** Adds a record; `build` receives the record id and returns the CSV cells or the JSON object. */
  add(time: number, build: (recordId: string) => Row, flags: { repeat?: boolean } = {}): RecordRef {
    const ref: RecordRef = { file: this.options.name };
    this.pending.push({ time, order: this.order++, build, ref, repeat: flags.repeat });
    return ref;
  }

  /** Adds a line exactly as given: the malformed lines real exports carry. */
  addRaw(time: number, text: string): RecordRef {
    const ref: RecordRef = { file: this.options.name };
    this.pending.push({ time, order: this.order++, build: () => [], ref, raw: text });
    return ref;
  }

  /** Writes the buffered records in time order. */
  async flush(): Promise<void> {
    this.pending.sort((a, b) => a.time - b.time || a.order - b.order);
    let chunk = '';
    for (const record of this.pending) {
      this.line += 1;
      record.ref.line = this.line;
      if (record.raw !== undefined) {
        chunk += `${record.raw}\r\n`;
        continue;
      }
      this.count += 1;
      const recordId = this.options.recordId?.(this.count, record.time) ?? String(this.count);
      record.ref.recordId = recordId;
      if (this.options.source) record.ref.eventId = eventIdForKey(this.options.source, [recordId]);
      const text = this.format(record.build(recordId));
      chunk += text;
      if (record.repeat) {
        this.line += 1;
        chunk += text;
      }
    }
    this.pending = [];
    if (chunk && !this.write(chunk)) await once(this.out, 'drain');
  }

  async close(): Promise<void> {
    await this.flush();
    this.out.end();
    await once(this.out, 'finish');
  }

  private format(row: Row): string {
    if (this.options.format === 'jsonl') return `${JSON.stringify(row)}\n`;
    return `${(row as readonly string[]).map(csvCell).join(',')}\r\n`;
  }

  private write(text: string): boolean {
    return this.out.write(this.options.encoding === 'gbk' ? iconv.encode(text, 'gbk') : text);
  }
}

/** A CSV cell, quoted when it holds a comma, a quote or a line break. */
export function csvCell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}
