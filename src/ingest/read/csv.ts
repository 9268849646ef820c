/** @module CSV records from lines (RFC 4180 with the leniency real exports need) and recovery from broken quotes. */
import type { TextLine } from './lines.js';

/** A CSV record before its cells are checked against the header. */
export interface CsvRecord {
  /** Line of the record's first line. */
  line: number;
  raw: string;
  cells?: string[];
  problem?: { reason: string };
}

/** A quoted field may run over several lines; past these bounds an unclosed quote is treated as a mistake. */
const MAX_RECORD_LINES = 100;
const MAX_RECORD_CHARS = 1 << 20;

type Parsed = { cells: string[] } | { open: true } | { broken: string };

/**
 * Assembles CSV records from lines, keeping state across batches of lines.
 *
 * A quote that never closes would otherwise swallow the rest of the file. When a record stays open past
 * the bounds above, or the file ends inside it, only its first line is quarantined and reading resumes at
 * the line after it, so one stray quote costs one record.
 */
export class CsvRecordParser {
  private pending: TextLine[] = [];
  private pendingChars = 0;

  constructor(private readonly delimiter: string) {}

  /** Feeds the next lines; returns the records they complete. */
  push(lines: readonly TextLine[]): CsvRecord[] {
    const records: CsvRecord[] = [];
    for (const line of lines) this.feed(line, records);
    return records;
  }

  /** Ends the input; returns what was still open, as quarantined lines and any records after them. */
  end(): CsvRecord[] {
    const records: CsvRecord[] = [];
    while (this.pending.length)
      this.resync(records, 'the quote opened here never closes before the end of the file');
    return records;
  }

  private feed(line: TextLine, records: CsvRecord[]): void {
    if (!this.pending.length) {
      if (line.text === '') return;
      if (!line.text.includes('"')) {
        records.push(
          line.invalid
            ? { line: line.line, raw: line.text, problem: { reason: `the line has ${line.invalid}` } }
            : { line: line.line, raw: line.text, cells: line.text.split(this.delimiter) },
        );
        return;
      }
    }
    this.pending.push(line);
    this.pendingChars += line.text.length + 1;
    const raw = this.pending.map((l) => l.text).join('\n');
    const parsed = parseRecord(raw, this.delimiter);
    if ('cells' in parsed) {
      records.push(withLineProblem({ line: this.pending[0]!.line, raw, cells: parsed.cells }, this.pending));
      this.clear();
    } else if ('broken' in parsed) {
      if (this.pending.length === 1) {
        records.push({ line: line.line, raw, problem: { reason: parsed.broken } });
        this.clear();
      } else {
        this.resync(records, `the quote opened here does not close cleanly (${parsed.broken})`);
      }
    } else if (this.pending.length > MAX_RECORD_LINES || this.pendingChars > MAX_RECORD_CHARS) {
      this.resync(records, `the quote opened here is still open ${this.pending.length} lines later`);
    }
  }

  /** Quarantines the first pending line and feeds the lines after it again. */
  private resync(records: CsvRecord[], reason: string): void {
    const [first, ...rest] = this.pending;
    this.clear();
    records.push({
      line: first!.line,
      raw: first!.text,
      problem: { reason: `${reason}; close the quote, or double any quote inside a quoted field ("")` },
    });
    for (const line of rest) this.feed(line, records);
  }

  private clear(): void {
    this.pending = [];
    this.pendingChars = 0;
  }
}

/** A record whose lines had bytes the encoding could not decode is quarantined with that reason. */
function withLineProblem(record: CsvRecord, lines: readonly TextLine[]): CsvRecord {
  const bad = lines.find((l) => l.invalid);
  if (!bad) return record;
  const where = lines.length > 1 ? `line ${bad.line} has ` : 'the line has ';
  return { line: record.line, raw: record.raw, problem: { reason: `${where}${bad.invalid}` } };
}

/** Parses one record's text; a field that starts with a quote runs to its closing quote. */
export function parseRecord(text: string, delimiter: string): Parsed {
  const cells: string[] = [];
  let i = 0;
  for (;;) {
    if (text[i] === '"') {
      let value = '';
      let from = i + 1;
      for (;;) {
        const quote = text.indexOf('"', from);
        if (quote < 0) return { open: true };
        value += text.slice(from, quote);
        if (text[quote + 1] === '"') {
          value += '"';
          from = quote + 2;
          continue;
        }
        i = quote + 1;
        break;
      }
      cells.push(value);
      if (i === text.length) return { cells };
      if (!text.startsWith(delimiter, i)) {
        return { broken: `text after a closing quote at character ${i + 1}` };
      }
      i += delimiter.length;
    } else {
      const next = text.indexOf(delimiter, i);
      if (next < 0) {
        cells.push(text.slice(i));
        return { cells };
      }
      cells.push(text.slice(i, next));
      i = next + delimiter.length;
    }
  }
}
