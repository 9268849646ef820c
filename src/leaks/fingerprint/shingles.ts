/**
 * @module Shingles: overlapping runs of canonical tokens, hashed. A run is as long as it takes to carry about four
 * words of content: four words or numbers, or eight CJK characters, or a mix, so English is shingled in word
 * n-grams, Chinese in character n-grams, and mixed text in between.
 */
import { type NormalizedText, normalize, originalSpan } from '../normalize.js';
import type { Language } from '../vocabulary/index.js';
import { canonicalTokens } from './canonical.js';
import { isCjkToken, tokenize } from './tokens.js';

/** One hashed shingle and the span of the original text it covers. */
export interface Shingle {
  readonly hash: number;
  readonly start: number;
  readonly end: number;
}

/** How much content a fingerprint's shingle carries: a word or number weighs two, a CJK character one. */
const shingleWeight = 8;
/**
 * The shingles attribution places a leak with: three words in English, where a copy changes the document every
 * few words; the fingerprint's eight characters in Chinese, where shorter runs recur too often to place anything.
 */
export const locatingWeight: Readonly<Record<Language, number>> = { en: 6, zh: shingleWeight };

const weightOf = (text: string) => (isCjkToken(text) ? text.length : 2);

/** Every shingle of a text, in order, with spans in the original text. */
export function shinglesOf(text: string): Shingle[] {
  const normalized = normalize(text);
  return normalizedShingles(normalized).map((s) => {
    const [start, end] = originalSpan(normalized, s.start, s.end);
    return { hash: s.hash, start, end };
  });
}

/** Every shingle of a normalized text, with spans in the normalized text (attribution aligns in that space). */
export function normalizedShingles(normalized: NormalizedText, weight = shingleWeight): Shingle[] {
  const tokens = canonicalTokens(tokenize(normalized.text));
  const shingles: Shingle[] = [];
  for (let i = 0; i < tokens.length; i++) {
    let carried = 0;
    let j = i;
    while (j < tokens.length && carried < weight) carried += weightOf(tokens[j++]!.text);
    if (carried < weight) break;
    const key = tokens
      .slice(i, j)
      .map((t) => t.text)
      .join('\u0001');
    shingles.push({ hash: hash53(key), start: tokens[i]!.start, end: tokens[j - 1]!.end });
  }
  return shingles;
}

/** cyrb53: a fast 53-bit string hash, wide enough that two shingles of a few thousand never collide by chance. */
function hash53(text: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}
