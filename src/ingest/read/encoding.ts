/** @module Which text encoding a file is in: a UTF-8 BOM, else UTF-8 when its lines decode as UTF-8, else GB18030. */
import { TextDecoder } from 'node:util';
import type { Encoding } from '../records.js';

const utf8 = new TextDecoder('utf-8', { fatal: true });
const gb18030 = new TextDecoder('gb18030', { fatal: true });

/** True when the bytes start with the UTF-8 byte-order mark EF BB BF. */
export function hasUtf8Bom(bytes: Uint8Array): boolean {
  return bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
}

/**
 * Guesses the encoding of a sample from the start of a file.
 *
 * A GBK line almost never happens to be valid UTF-8, while a UTF-8 file may carry a few corrupt lines
 * that should be quarantined rather than make the whole file decode as GB18030. So the vote is by line:
 * among the lines that contain non-ASCII bytes, UTF-8 wins unless most of them fail to decode as UTF-8
 * and decode as GB18030 (which covers GBK) instead.
 */
export function detectEncoding(sample: Uint8Array): Encoding {
  if (hasUtf8Bom(sample)) return 'utf-8';
  let utf8Lines = 0;
  let gbLines = 0;
  let start = 0;
  while (start < sample.length) {
    const end = sample.indexOf(0x0a, start);
    // A sample is cut at an arbitrary byte: leave the unfinished last line out of the vote.
    if (end < 0) break;
    const line = sample.subarray(start, end);
    start = end + 1;
    if (!line.some((byte) => byte >= 0x80)) continue;
    if (decodes(utf8, line)) utf8Lines += 1;
    else if (decodes(gb18030, line)) gbLines += 1;
  }
  return gbLines > utf8Lines ? 'gb18030' : 'utf-8';
}

function decodes(decoder: TextDecoder, bytes: Uint8Array): boolean {
  try {
    decoder.decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** The decoder for an encoding; `fatal` makes invalid bytes throw instead of becoming U+FFFD. */
export function decoderFor(encoding: Encoding, fatal: boolean): TextDecoder {
  // GBK is a subset of GB18030, and the WHATWG `gbk` decoder is the GB18030 one anyway.
  const label = encoding === 'utf-8' ? 'utf-8' : 'gb18030';
  return new TextDecoder(label, { fatal, ignoreBOM: false });
}
