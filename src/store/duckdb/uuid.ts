/** @module UUID text to DuckDB's in-memory UUID layout, without BigInt: the first step of every appended event. */

const hexValue = new Int32Array(256).fill(-1);
for (let d = 0; d < 10; d++) hexValue[48 + d] = d;
for (let d = 0; d < 6; d++) {
  hexValue[65 + d] = 10 + d;
  hexValue[97 + d] = 10 + d;
}

/** The UUID's characters as UTF-8 bytes: one native copy is cheaper than 36 `charCodeAt` calls on a fresh string. */
const scratch = new Uint8Array(40);
const utf8 = new TextEncoder();

/** Whether this machine stores numbers little-endian, as the lane layout below assumes. */
export const littleEndian = new Uint8Array(Uint32Array.of(1).buffer)[0] === 1;

/** The number written by `count` hex digits of `scratch` from `from`, or -1 when one of them is not a hex digit. */
function hexWord(from: number, count: number): number {
  let word = 0;
  let bad = 0;
  for (let i = from; i < from + count; i++) {
    const digit = hexValue[scratch[i]!]!;
    bad |= digit;
    word = (word << 4) | (digit & 15);
  }
  return bad < 0 ? -1 : word >>> 0;
}

/**
 * Writes the UUID `text` (8-4-4-4-12 hex digits, either case) into `lanes` at `offset` as four 32-bit lanes in
 * DuckDB's in-memory UUID layout: a little-endian 128-bit integer whose top bit is flipped. A typed array of such
 * lanes is copied into a UUID vector as it is. Returns false when `text` is not a UUID in that form.
 */
export function writeUuid(text: string, lanes: Uint32Array, offset: number): boolean {
  if (text.length !== 36 || utf8.encodeInto(text, scratch).written !== 36) return false;
  if (scratch[8] !== 45 || scratch[13] !== 45 || scratch[18] !== 45 || scratch[23] !== 45) return false;
  const w0 = hexWord(0, 8);
  const w1a = hexWord(9, 4);
  const w1b = hexWord(14, 4);
  const w2a = hexWord(19, 4);
  const w2b = hexWord(24, 4);
  const w3 = hexWord(28, 8);
  if (w0 < 0 || w1a < 0 || w1b < 0 || w2a < 0 || w2b < 0 || w3 < 0) return false;
  lanes[offset] = w3;
  lanes[offset + 1] = ((w2a << 16) | w2b) >>> 0;
  lanes[offset + 2] = ((w1a << 16) | w1b) >>> 0;
  lanes[offset + 3] = (w0 ^ 0x80000000) >>> 0;
  return true;
}
