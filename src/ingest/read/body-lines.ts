/** @module A streamed request body as numbered UTF-8 lines: chunks cut anywhere, a bad line spoils only itself. */
import { TextDecoder } from 'node:util';
import type { TextLine } from './lines.js';

/** The longest line a body may hold; a longer one is quarantined rather than held in memory. */
const MAX_LINE_BYTES = 1 << 20;
/** How much of an over-long line is kept, so that its quarantine entry still shows how it starts. */
const KEPT_BYTES = 8 << 10;
const LF = 0x0a;

/**
 * Splits a body into lines as its chunks arrive, one batch of lines per chunk, reading the next chunk only when
 * asked. Lines are split on LF bytes before decoding: no UTF-8 character contains 0x0A, so a character cut
 * between two chunks is whole again in its line. A trailing CR is dropped, as is a BOM at the start of the body.
 */
export async function* bodyLines(body: AsyncIterable<Uint8Array | string>): AsyncGenerator<TextLine[]> {
  const line = new LineAssembler();
  for await (const chunk of body) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
    const lines: TextLine[] = [];
    let start = 0;
    for (let lf = bytes.indexOf(LF); lf >= 0; lf = bytes.indexOf(LF, start)) {
      lines.push(line.end(bytes.subarray(start, lf)));
      start = lf + 1;
    }
    line.keep(bytes.subarray(start));
    if (lines.length) yield lines;
  }
  // A last line without a newline still counts.
  if (line.pending) yield [line.end(new Uint8Array(0))];
}

/** The bytes of the line being read, held until its LF arrives. */
class LineAssembler {
  private parts: Uint8Array[] = [];
  private bytes = 0;
  private tooLong = false;
  private number = 1;
  // Per-line decodes: a fresh call per line, so that a bad byte cannot leak into the next line.
  private readonly strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  private readonly lenient = new TextDecoder('utf-8', { ignoreBOM: true });

  get pending(): boolean {
    return this.bytes > 0;
  }

  /** Holds the start of a line; once it is past the limit, only its first few KiB are kept. */
  keep(piece: Uint8Array): void {
    if (!piece.length) return;
    this.bytes += piece.length;
    if (this.tooLong) return;
    // Copied, both ways: the caller may reuse the chunk's memory once it hands over the next one.
    if (this.bytes <= MAX_LINE_BYTES) this.parts.push(Uint8Array.from(piece));
    else {
      this.tooLong = true;
      this.parts = [Buffer.concat([...this.parts, piece], KEPT_BYTES)];
    }
  }

  /** Ends the current line with its last piece, and starts the next. */
  end(last: Uint8Array): TextLine {
    this.keep(last);
    let bytes = this.parts.length === 1 ? this.parts[0]! : Buffer.concat(this.parts);
    if (this.number === 1 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
      bytes = bytes.subarray(3);
    const line = this.number;
    const size = this.bytes;
    const tooLong = this.tooLong;
    this.parts = [];
    this.bytes = 0;
    this.tooLong = false;
    this.number += 1;
    if (tooLong) {
      return {
        line,
        text: this.lenient.decode(bytes),
        invalid: `${size} bytes, more than the 1 MiB (${MAX_LINE_BYTES} bytes) a pushed line may hold; send such records in a file to \`molehunt import\``,
      };
    }
    try {
      return { line, text: dropCr(this.strict.decode(bytes)) };
    } catch {
      const text = dropCr(this.lenient.decode(bytes));
      return {
        line,
        text,
        invalid: `bytes that are not valid UTF-8 at character ${text.indexOf('\uFFFD') + 1}; send the body as UTF-8`,
      };
    }
  }
}

function dropCr(text: string): string {
  return text.charCodeAt(text.length - 1) === 13 ? text.slice(0, -1) : text;
}
