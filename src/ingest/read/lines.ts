/** @module A file as numbered lines of text: byte-level splitting, so that a bad byte spoils one line and not the file. */
import { open } from 'node:fs/promises';
import type { TextDecoder } from 'node:util';
import type { Encoding } from '../records.js';
import { decoderFor, hasUtf8Bom } from './encoding.js';

/** One physical line, without its line ending. */
export interface TextLine {
  /** 1-based line number. */
  line: number;
  text: string;
  /** Set when the line's bytes are not valid in the file's encoding; `text` then shows them as U+FFFD. */
  invalid?: string;
}

export interface LineReadOptions {
  encoding: Encoding;
  /** Bytes read per step (default 1 MiB). Small values exist for tests of lines cut across reads. */
  chunkSize?: number;
  onProgress?: (bytesRead: number, totalBytes: number) => void;
}

const LF = 0x0a;

/**
 * Reads a file as batches of lines. Lines are split on LF bytes before decoding: in UTF-8, GBK and GB18030
 * no multi-byte character contains the byte 0x0A, so the split is exact, and a trailing CR is dropped.
 */
export async function* readLines(path: string, options: LineReadOptions): AsyncGenerator<TextLine[]> {
  const handle = await open(path, 'r');
  try {
    const totalBytes = (await handle.stat()).size;
    const decode = lineDecoder(options.encoding);
    const buffer = Buffer.allocUnsafe(options.chunkSize ?? 1 << 20);
    let carry: Uint8Array = new Uint8Array(0);
    let bytesRead = 0;
    let nextLine = 1;
    let first = true;
    for (;;) {
      const { bytesRead: n } = await handle.read(buffer, 0, buffer.length, null);
      bytesRead += n;
      let bytes: Uint8Array = carry.length
        ? Buffer.concat([carry, buffer.subarray(0, n)])
        : buffer.subarray(0, n);
      if (first && hasUtf8Bom(bytes)) bytes = bytes.subarray(3);
      // The BOM can only be judged once three bytes or a whole line are in.
      if (first && (bytes.length >= 3 || n === 0 || bytes.includes(LF))) first = false;
      const end = n === 0 ? bytes.length : bytes.lastIndexOf(LF) + 1;
      if (end > 0) {
        const lines = decode(bytes.subarray(0, end), nextLine, n === 0);
        nextLine += lines.length;
        if (lines.length) yield lines;
      }
      if (n === 0) break;
      // Copy: `buffer` is reused by the next read.
      carry = Uint8Array.from(bytes.subarray(end));
      options.onProgress?.(bytesRead, totalBytes);
    }
    options.onProgress?.(bytesRead, totalBytes);
  } finally {
    await handle.close();
  }
}

/** Decodes complete lines; the fast path decodes the whole block at once and falls back to line by line. */
function lineDecoder(encoding: Encoding) {
  const strict = decoderFor(encoding, true);
  const lenient = decoderFor(encoding, false);
  return (bytes: Uint8Array, firstLine: number, atEnd: boolean): TextLine[] => {
    let texts: string[];
    try {
      texts = strict.decode(bytes).split('\n');
    } catch {
      return decodeEachLine(bytes, firstLine, strict, lenient, encoding);
    }
    // The block ends with LF unless this is the file's last, unterminated line.
    if (!atEnd || texts[texts.length - 1] === '') texts.pop();
    return texts.map((text, i) => ({ line: firstLine + i, text: dropCr(text) }));
  };
}

function decodeEachLine(
  bytes: Uint8Array,
  firstLine: number,
  strict: TextDecoder,
  lenient: TextDecoder,
  encoding: Encoding,
): TextLine[] {
  const lines: TextLine[] = [];
  let start = 0;
  while (start < bytes.length) {
    const lf = bytes.indexOf(LF, start);
    const end = lf < 0 ? bytes.length : lf;
    const slice = bytes.subarray(start, end);
    const line = firstLine + lines.length;
    try {
      lines.push({ line, text: dropCr(strict.decode(slice)) });
    } catch {
      const text = dropCr(lenient.decode(slice));
      const at = text.indexOf('\uFFFD') + 1;
      lines.push({
        line,
        text,
        invalid: `bytes that are not valid ${encoding.toUpperCase()} at character ${at}; re-export the file in UTF-8, or name its encoding in the profile`,
      });
    }
    start = end + 1;
  }
  return lines;
}

function dropCr(text: string): string {
  return text.charCodeAt(text.length - 1) === 13 ? text.slice(0, -1) : text;
}
