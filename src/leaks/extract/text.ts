/** @module Plain text and Markdown as given: UTF-8, UTF-16 with its byte-order mark, or GB18030/GBK as Chinese exports are. */
import { TextDecoder } from 'node:util';
import { detectEncoding } from '../../ingest/index.js';

/**
 * Decodes a text file, guessing its encoding the way imports do (UTF-8 unless most lines only decode as GB18030),
 * and ends lines with `\n`. Markdown stays Markdown: its marks are punctuation, which fingerprints skip.
 */
export function decodeText(bytes: Uint8Array): string {
  return toUnixLines(decoderFor(bytes).decode(bytes));
}

function decoderFor(bytes: Uint8Array): TextDecoder {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be');
  // detectEncoding votes by finished lines: end the file with one so its last line votes too.
  const sample = bytes.at(-1) === 0x0a ? bytes : Buffer.concat([bytes, Buffer.from('\n')]);
  return new TextDecoder(detectEncoding(sample) === 'utf-8' ? 'utf-8' : 'gb18030');
}

export function toUnixLines(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}
