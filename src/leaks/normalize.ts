/**
 * @module Text normalization: the form of a text that survives retyping, copying between apps and reformatting,
 * with a map from every normalized character back to where it came from in the original.
 */
import { latinFor } from './homoglyphs.js';

/** A normalized text and the way back to its original. */
export interface NormalizedText {
  /** The original text, as given. */
  readonly original: string;
  /** The normalized text: NFKC, widths folded, invisibles dropped, lookalikes mapped, spaces collapsed, Latin lower-cased. */
  readonly text: string;
  /** For each UTF-16 unit of `text`, the offset in `original` where its source character starts. */
  readonly starts: Int32Array;
  /** For each UTF-16 unit of `text`, the offset in `original` just after its source character. */
  readonly ends: Int32Array;
}

const cluster = /\P{M}\p{M}*|\p{M}+/gsu;
const invisible = /\p{Default_Ignorable_Code_Point}/u;
const space = /\s/u;
const latin = /\p{Script=Latin}/u;
// CJK scripts and CJK punctuation (full-width punctuation included, full-width letters and digits not).
const cjk =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65]/u;

/** Characters NFKC would turn into something a typist never types (″ becomes two primes): mapped first. */
const beforeNfkc: Readonly<Record<string, string>> = {
  '\u2033': '"',
  '\u2036': '"',
  '\u2032': "'",
  '\u2035': "'",
};

/** Typographic punctuation a keyboard does not have, folded to what a retyped copy would show. */
const keyboardPunctuation: Readonly<Record<string, string>> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u201a': "'",
  '\u201b': "'",
  '\u201c': '"',
  '\u201d': '"',
  '\u201e': '"',
  '\u201f': '"',
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2212': '-',
  '\u301c': '~',
};

/** True for Chinese, Japanese and Korean characters and their punctuation, between which spaces carry nothing. */
function isCjk(ch: string): boolean {
  return cjk.test(ch);
}

/**
 * Normalizes a text to what survives retyping. En and em dashes, `×` and `°` are kept: they are typed on purpose
 * and carry meaning (ranges, dimensions). Whitespace next to a CJK character is dropped, since line wrapping and
 * the space between Chinese and Latin text come and go with the editor.
 * @example normalize('６.８２″\u200b  Display').text // '6.82" display'
 */
export function normalize(original: string): NormalizedText {
  const out: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  let pendingSpace: { start: number; end: number } | undefined;
  let lastWasCjk = false;
  // A full-width comma is CJK punctuation even though NFKC turns it into ",": the source decides.
  const emit = (ch: string, start: number, end: number, cjkSource: boolean) => {
    const cjkHere = cjkSource || isCjk(ch);
    if (pendingSpace && out.length > 0 && !lastWasCjk && !cjkHere) {
      out.push(' ');
      starts.push(pendingSpace.start);
      ends.push(pendingSpace.end);
    }
    pendingSpace = undefined;
    lastWasCjk = cjkHere;
    for (let i = 0; i < ch.length; i++) {
      out.push(ch[i]!);
      starts.push(start);
      ends.push(end);
    }
  };
  for (const match of original.matchAll(cluster)) {
    const start = match.index;
    const end = start + match[0].length;
    const folded = (beforeNfkc[match[0]] ?? match[0]).normalize('NFKC');
    const cjkSource = isCjk(match[0]);
    for (const ch of folded) {
      if (invisible.test(ch)) continue;
      if (space.test(ch)) {
        pendingSpace = pendingSpace ? { start: pendingSpace.start, end } : { start, end };
        continue;
      }
      emit(foldCharacter(ch), start, end, cjkSource);
    }
  }
  return { original, text: out.join(''), starts: Int32Array.from(starts), ends: Int32Array.from(ends) };
}

function foldCharacter(ch: string): string {
  const mapped = latinFor.get(ch) ?? keyboardPunctuation[ch] ?? ch;
  return latin.test(mapped) ? mapped.toLowerCase() : mapped;
}

/**
 * The text as a copy-and-paste through a filter, or a careful typist, would keep it: invisible characters dropped and
 * lookalike letters back to Latin, nothing else changed (unlike `normalize`, widths, case and spacing stay).
 * @example withoutInvisibleMarks('K80\u200b Ultrа') // 'K80 Ultra'
 */
export function withoutInvisibleMarks(text: string): string {
  return text
    .replace(/\p{Default_Ignorable_Code_Point}/gu, '')
    .replace(/./gsu, (ch) => latinFor.get(ch) ?? ch);
}

/** The span of the original text that the normalized span [start, end) came from. */
export function originalSpan(normalized: NormalizedText, start: number, end: number): [number, number] {
  if (end <= start) {
    const at = start < normalized.starts.length ? normalized.starts[start]! : normalized.original.length;
    return [at, at];
  }
  return [normalized.starts[start]!, normalized.ends[end - 1]!];
}
