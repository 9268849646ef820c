/**
 * @module What happens to a copy on its way out, as the benchmark simulates it: an excerpt is cut, retyped
 * (normalized: widths folded, invisible marks gone), lightly edited the way a blogger rewrites a spec sheet, or
 * stitched from two copies.
 */
import { type Language, normalize } from '../../src/leaks/index.js';

export type Random = () => number;

const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

/** A random excerpt of `length` characters. */
export function excerpt(random: Random, text: string, length: number): string {
  const start = Math.floor(random() * Math.max(1, text.length - length));
  return text.slice(start, start + length);
}

/** What a retyped copy keeps: the normalized text (no invisible marks, no full-width forms, lower case). */
export function retyped(text: string): string {
  return normalize(text).text;
}

const englishFillers = ['really', 'also', 'new', 'very', 'basically', 'the', 'its', 'quite'];
const chineseFillers = ['的', '了', '也', '很', '还', '就'];

/**
 * A light edit: `edits` words (or, in Chinese, characters) deleted, replaced or added, and the punctuation a
 * keyboard lacks made plain (dashes to hyphens, × to x, primes to quotes).
 */
export function lightlyEdited(random: Random, text: string, language: Language, edits = 3): string {
  const plain = text.replace(/[–—]/g, '-').replace(/×/g, 'x').replace(/″/g, '"');
  if (language === 'zh') {
    const chars = [...plain];
    for (let e = 0; e < edits; e++) {
      const at = Math.floor(random() * chars.length);
      const roll = random();
      if (roll < 1 / 3) chars.splice(at, 1 + Math.floor(random() * 2));
      else if (roll < 2 / 3) chars[at] = pick(random, chineseFillers);
      else chars.splice(at, 0, pick(random, chineseFillers));
    }
    return chars.join('');
  }
  const words = plain.split(' ');
  for (let e = 0; e < edits; e++) {
    const at = Math.floor(random() * words.length);
    const roll = random();
    if (roll < 1 / 3) words.splice(at, 1);
    else if (roll < 2 / 3) words[at] = pick(random, englishFillers);
    else words.splice(at, 0, pick(random, englishFillers));
  }
  return words.join(' ');
}
