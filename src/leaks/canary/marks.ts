/**
 * @module Invisible marks, on top of the visible changes: a zero-width character between words (one of four, two
 * bits) and, inside words, a Latin letter or its Cyrillic lookalike (one bit). Retyping or normalizing removes them;
 * where a leak still carries them they name the copy almost by themselves.
 */
import { cyrillicFor } from '../homoglyphs.js';
import { normalize } from '../normalize.js';
import type { ChangeSite, Language, MarkSite } from '../plan.js';
import { type Random, randomInt } from './random.js';

/** The four zero-width characters a mark can be: space, non-joiner, joiner, word joiner. */
export const zeroWidthSymbols = ['\u200b', '\u200c', '\u200d', '\u2060'] as const;

/** Characters between two marks of the same kind. */
const spacing = { 'zero-width': 16, homoglyph: 24 } as const;

/** Mark sites in the text between change sites, and each recipient's symbols. */
export function planMarks(
  base: string,
  sites: readonly ChangeSite[],
  language: Language,
  recipients: number,
  random: Random,
): { sites: MarkSite[]; codes: number[][] } {
  const normalized = normalize(base);
  const visible = new Set(normalized.starts);
  const busy = new Uint8Array(base.length + 1);
  for (const s of sites) busy.fill(1, Math.max(0, s.start - 1), s.end + 1);
  const free = (at: number) => busy[at] === 0 && visible.has(at);
  const zeroWidthAt =
    language === 'en'
      ? (at: number) => base[at] === ' ' && /\p{L}/u.test(base[at - 1] ?? '')
      : (at: number) => /\p{Script=Han}/u.test(base[at - 1] ?? '') && /\p{Script=Han}/u.test(base[at] ?? '');
  const homoglyphAt = (at: number) =>
    base[at]! in cyrillicFor &&
    /\p{Script=Latin}/u.test(base[at - 1] ?? '') &&
    /\p{Script=Latin}/u.test(base[at + 1] ?? '');
  const marks: MarkSite[] = [];
  const last = { 'zero-width': -Infinity, homoglyph: -Infinity };
  for (let at = 1; at < base.length; at++) {
    if (!free(at)) continue;
    const kind = zeroWidthAt(at) ? 'zero-width' : homoglyphAt(at) ? 'homoglyph' : undefined;
    if (!kind || at - last[kind] < spacing[kind] || at - Math.max(last['zero-width'], last.homoglyph) < 2)
      continue;
    marks.push({ at, kind });
    last[kind] = at;
  }
  const codes = Array.from({ length: recipients }, () =>
    marks.map((m) => randomInt(random, m.kind === 'zero-width' ? zeroWidthSymbols.length : 2)),
  );
  return { sites: marks, codes };
}
