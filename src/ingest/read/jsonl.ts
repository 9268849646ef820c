/** @module JSONL records: one JSON object per line. */
import type { SourceRecord } from '../records.js';
import type { TextLine } from './lines.js';

/** Parses each non-blank line as a JSON object; anything else becomes a record with a problem. */
export async function* jsonlRecords(lines: AsyncIterable<TextLine[]>): AsyncGenerator<SourceRecord[]> {
  for await (const batch of lines) {
    const records: SourceRecord[] = [];
    for (const { line, text, invalid } of batch) {
      if (text.trim() === '') continue;
      records.push(
        invalid ? { line, raw: text, problem: { reason: `the line has ${invalid}` } } : parseLine(line, text),
      );
    }
    if (records.length) yield records;
  }
}

function parseLine(line: number, text: string): SourceRecord {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return {
      line,
      raw: text,
      problem: { reason: `the line is not valid JSON (${(error as Error).message})` },
    };
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return {
      line,
      raw: text,
      problem: { reason: 'the line is not a JSON object; each line must hold one {…} record' },
    };
  }
  return { line, raw: text, values: value as Record<string, unknown> };
}
