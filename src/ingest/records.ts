/** @module What a file reader hands the mapper: records with their line numbers, or the reason they could not be read. */

export type Encoding = 'utf-8' | 'gbk' | 'gb18030';

/** One record as read from a file, before mapping. */
export interface SourceRecord {
  /** 1-based line number of the record's first line in the file. */
  line: number;
  /** The record's decoded text (one CSV record, possibly several physical lines; one JSONL line). */
  raw: string;
  /** CSV: the cells in column order. JSONL: the parsed object. Absent when `problem` is set. */
  values?: string[] | Record<string, unknown>;
  /** Set when the reader itself could not read the record: invalid bytes, a broken quote, a wrong column count, bad JSON. */
  problem?: { field?: string; reason: string };
}

export interface ReadOptions {
  format: 'csv' | 'jsonl';
  /** 'auto' detects: a UTF-8 BOM, else UTF-8 when the sample is valid UTF-8, else GB18030 (a superset of GBK). */
  encoding: 'auto' | Encoding;
  /** CSV delimiter, default ','. */
  delimiter?: string;
  /** CSV: whether the first record is a header (default true). */
  header?: boolean;
  /** CSV without a header row: the column names. */
  columns?: string[];
  /** Called now and then with bytes read so far and the file's size. */
  onProgress?: (bytesRead: number, totalBytes: number) => void;
}

/** An open file, ready to be read record by record. */
export interface RecordSource {
  readonly path: string;
  readonly encoding: Encoding;
  readonly hadBom: boolean;
  /** CSV: the column names (from the header row or `columns`). */
  readonly columns?: readonly string[];
  /** The records, in batches, in file order. */
  batches(): AsyncIterable<SourceRecord[]>;
}
