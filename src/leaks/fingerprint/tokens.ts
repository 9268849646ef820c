/**
 * @module Tokens of a normalized text: each CJK character, each word and each number is one token. Punctuation and
 * spacing are not tokens, so reformatting does not change them.
 */

/** One token and where it sits in the normalized text. */
export interface Token {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

const cjkChar = '[\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Hangul}]';
const token = new RegExp(
  [
    cjkChar,
    // Thousands groups of exactly three digits: "5999,5,999" is two numbers, as a list of prices would be.
    '\\d{1,3}(?:,\\d{3})+(?!\\d)(?:\\.\\d+)?|\\d+(?:\\.\\d+)?',
    `(?:(?!${cjkChar})\\p{L})+`,
    // Symbols that stand for a word: the unit or currency a number is written with.
    '["%°×¥€$]',
  ].join('|'),
  'gu',
);

/** Symbols written beside a number in place of a word, spelled out so both ways of writing give one token. */
const symbolWords: Readonly<Record<string, string>> = {
  '"': 'inch',
  '%': 'percent',
  '°': 'degree',
  '×': 'x',
  '¥': 'yuan',
  '€': 'euro',
  $: 'dollar',
};

/** Splits a normalized text into tokens. */
export function tokenize(normalized: string): Token[] {
  const tokens: Token[] = [];
  for (const match of normalized.matchAll(token)) {
    const symbol = symbolWords[match[0]];
    if (symbol !== undefined && !besideNumber(normalized, match.index)) continue;
    tokens.push({ text: symbol ?? match[0], start: match.index, end: match.index + match[0].length });
  }
  return tokens;
}

/** A unit symbol counts only right after a number ("6.7\"", "92 %"), a currency sign only right before one. */
function besideNumber(text: string, at: number): boolean {
  return /\d ?$/.test(text.slice(Math.max(0, at - 2), at)) || /^ ?\d/.test(text.slice(at + 1, at + 3));
}

const cjkOnly = new RegExp(`^${cjkChar}+$`, 'u');

/** True when a token is written in CJK characters, which carry less each than a whole word does. */
export function isCjkToken(text: string): boolean {
  return cjkOnly.test(text);
}
