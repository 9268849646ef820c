/** @module Opens a CSV or JSONL file as a RecordSource: checks it can be read, detects its encoding, reads its header. */
import { open, stat } from 'node:fs/promises';
import { MolehuntError } from '../../model/index.js';
import type { Encoding, ReadOptions, RecordSource, SourceRecord } from '../records.js';
import { type CsvRecord, CsvRecordParser } from './csv.js';
import { detectEncoding, hasUtf8Bom } from './encoding.js';
import { jsonlRecords } from './jsonl.js';
import { readLines, type TextLine } from './lines.js';

/** How much of the file's start decides its encoding and holds its header. */
const SAMPLE_BYTES = 1 << 16;

/** Opens a file for reading records; throws MH_ERR_INPUT_UNREADABLE when it cannot be read at all. */
export async function openRecordSource(
  path: string,
  options: ReadOptions & { chunkSize?: number },
): Promise<RecordSource> {
  const sample = await readSample(path);
  const encoding: Encoding = options.encoding === 'auto' ? detectEncoding(sample) : options.encoding;
  const hadBom = hasUtf8Bom(sample);
  const lineOptions = { encoding, chunkSize: options.chunkSize, onProgress: options.onProgress };
  if (options.format === 'jsonl') {
    return { path, encoding, hadBom, batches: () => jsonlRecords(readLines(path, lineOptions)) };
  }
  const delimiter = options.delimiter ?? ',';
  const header = options.header ?? true;
  const columns = header ? await readHeader(path, encoding, delimiter) : options.columns;
  if (!columns) {
    throw new MolehuntError(
      'MH_ERR_PROFILE_INVALID',
      `${path}: the profile says the file has no header row but does not list its columns; add "columns:" to the profile`,
    );
  }
  return {
    path,
    encoding,
    hadBom,
    columns,
    batches: () => csvRecords(readLines(path, lineOptions), delimiter, columns, header),
  };
}

async function readSample(path: string): Promise<Uint8Array> {
  try {
    const info = await stat(path);
    if (!info.isFile()) throw unreadable(path, 'it is not a regular file');
    const handle = await open(path, 'r');
    try {
      const buffer = Buffer.alloc(Math.min(SAMPLE_BYTES, info.size));
      await handle.read(buffer, 0, buffer.length, 0);
      return buffer;
    } finally {
      await handle.close();
    }
  } catch (error) {
    if (error instanceof MolehuntError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? 'no such file; check the path'
        : code === 'EACCES'
          ? 'permission denied; check the file’s permissions'
          : (error as Error).message;
    throw unreadable(path, why, error);
  }
}

function unreadable(path: string, why: string, cause?: unknown): MolehuntError {
  return new MolehuntError('MH_ERR_INPUT_UNREADABLE', `cannot read ${path}: ${why}`, { cause });
}

/** The column names from the file's first record. */
async function readHeader(path: string, encoding: Encoding, delimiter: string): Promise<string[]> {
  const parser = new CsvRecordParser(delimiter);
  for await (const lines of readLines(path, { encoding, chunkSize: SAMPLE_BYTES })) {
    const [first] = parser.push(lines);
    if (first) return headerCells(path, first);
  }
  const [last] = parser.end();
  return last ? headerCells(path, last) : [];
}

function headerCells(path: string, record: CsvRecord): string[] {
  if (!record.cells) {
    throw unreadable(path, `its header (line ${record.line}) cannot be read: ${record.problem?.reason}`);
  }
  return record.cells.map((cell, i) => cell.trim() || `column ${i + 1}`);
}

async function* csvRecords(
  lines: AsyncIterable<TextLine[]>,
  delimiter: string,
  columns: readonly string[],
  skipHeader: boolean,
): AsyncGenerator<SourceRecord[]> {
  const parser = new CsvRecordParser(delimiter);
  let headerSkipped = !skipHeader;
  const check = (records: CsvRecord[]): SourceRecord[] => {
    if (!headerSkipped && records.length) {
      records = records.slice(1);
      headerSkipped = true;
    }
    return records.map((record) => checkColumns(record, columns));
  };
  for await (const batch of lines) {
    const records = check(parser.push(batch));
    if (records.length) yield records;
  }
  const rest = check(parser.end());
  if (rest.length) yield rest;
}

/** A record must have one cell per column; a single empty cell after a trailing delimiter is tolerated. */
function checkColumns(record: CsvRecord, columns: readonly string[]): SourceRecord {
  const { line, raw, problem } = record;
  let cells = record.cells;
  if (!cells) return { line, raw, problem };
  if (cells.length === columns.length + 1 && cells[cells.length - 1] === '') cells = cells.slice(0, -1);
  if (cells.length < columns.length) {
    const missing = columns.slice(cells.length);
    return {
      line,
      raw,
      problem: {
        field: missing[0],
        reason: `the record has ${cells.length} of ${columns.length} columns; missing ${missing.map((c) => `"${c}"`).join(', ')}`,
      },
    };
  }
  if (cells.length > columns.length) {
    return {
      line,
      raw,
      problem: {
        reason: `the record has ${cells.length} columns but the header has ${columns.length}; quote any field that contains the delimiter`,
      },
    };
  }
  return { line, raw, values: cells };
}
