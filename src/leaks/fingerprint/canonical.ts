/**
 * @module Canonical tokens: every way the canary trap (or a careful rewriter) can write the same thing folds to one
 * token sequence, so a variant fingerprints like its base document. Wordings come from the shared vocabulary.
 */
import { normalize } from '../normalize.js';
import { allWordings } from '../vocabulary/index.js';
import { foldChineseQuantities } from './chinese-quantities.js';
import { foldFormats } from './formats.js';
import { type Token, tokenize } from './tokens.js';

/** Unit spellings, folded when they follow a number. */
const unitAliases: Readonly<Record<string, string>> = {
  inches: 'inch',
  英寸: 'inch',
  毫安时: 'mah',
  赫兹: 'hz',
  瓦: 'w',
  毫米: 'mm',
  厘米: 'cm',
  纳米: 'nm',
  克: 'g',
  grams: 'g',
  尼特: 'nits',
  帧: 'fps',
  degrees: 'degree',
  度: 'degree',
  倍: 'x',
  per: 'percent',
  megapixel: 'mp',
  megapixels: 'mp',
  watt: 'w',
  watts: 'w',
  minutes: 'min',
  seconds: 's',
};

/** Currency names and codes, wherever they stand: a price is written with the sign before or the name after. */
const currencyAliases: Readonly<Record<string, string>> = {
  元: 'yuan',
  cny: 'yuan',
  人民币: 'yuan',
  euros: 'euro',
  eur: 'euro',
  欧元: 'euro',
};

/** Articles and "and" come and go with rewording ("a global" / "an international", "IP68/IP69"): they carry nothing. */
const fillers = new Set(['a', 'an', 'the', 'and']);
/** Between two numbers these only mark a range, as a dash does. */
const rangeWords = new Set(['to', '至']);

/** Written beside a number in one format and not in another (dates and times): dropped after a number. */
const numberParticles = new Set(['年', '月', '日', '号', '点', '分', 'cent']);

const spelledNumbers: Readonly<Record<string, string>> = {
  two: '2',
  three: '3',
  four: '4',
  five: '5',
  six: '6',
  seven: '7',
  eight: '8',
  nine: '9',
  ten: '10',
};

interface Phrase {
  readonly tokens: readonly string[];
  readonly canonical: string;
}

/** Vocabulary phrases by their first token, longest first, so the longest phrase at a position wins. */
const phrasesByFirstToken: ReadonlyMap<string, readonly Phrase[]> = (() => {
  const byFirst = new Map<string, Phrase[]>();
  for (const group of allWordings) {
    const canonical = tokensOf(group.terms[0]!).join(' ');
    for (const term of [...group.terms, ...(group.alsoWritten ?? [])]) {
      const tokens = tokensOf(term);
      if (tokens.length === 0) continue;
      const list = byFirst.get(tokens[0]!) ?? [];
      list.push({ tokens, canonical });
      byFirst.set(tokens[0]!, list);
    }
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.tokens.length - a.tokens.length);
  return byFirst;
})();

function tokensOf(term: string): string[] {
  return tokenize(normalize(term).text).map((t) => t.text);
}

const isNumber = (text: string) => /^\d/.test(text);

/** Folds tokens to their canonical forms; a folded phrase becomes one token spanning what it replaced. */
export function canonicalTokens(written: readonly Token[]): Token[] {
  return foldFormats(foldWordings(foldChineseQuantities(written)));
}

function foldWordings(tokens: readonly Token[]): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; ) {
    const phrase = phraseAt(tokens, i);
    if (phrase) {
      const last = tokens[i + phrase.tokens.length - 1]!;
      out.push({ text: phrase.canonical, start: tokens[i]!.start, end: last.end });
      i += phrase.tokens.length;
      continue;
    }
    const token = tokens[i]!;
    const afterNumber = out.length > 0 && isNumber(out[out.length - 1]!.text);
    i++;
    if (afterNumber && numberParticles.has(token.text)) continue;
    if (fillers.has(token.text)) continue;
    if (afterNumber && rangeWords.has(token.text) && isNumber(tokens[i]?.text ?? '')) continue;
    const text = isNumber(token.text)
      ? canonicalNumber(token.text)
      : (currencyAliases[token.text] ??
        (afterNumber ? (unitAliases[token.text] ?? token.text) : (spelledNumbers[token.text] ?? token.text)));
    out.push({ text, start: token.start, end: token.end });
  }
  return out;
}

function phraseAt(tokens: readonly Token[], at: number): Phrase | undefined {
  const candidates = phrasesByFirstToken.get(tokens[at]!.text);
  return candidates?.find((phrase) =>
    phrase.tokens.every((text, k) => tokens[at + k]?.text === text && adjacent(tokens, at, k)),
  );
}

/** A phrase's tokens must follow each other closely: across a sentence or a line they are no phrase. */
function adjacent(tokens: readonly Token[], at: number, k: number): boolean {
  return k === 0 || tokens[at + k]!.start - tokens[at + k - 1]!.end <= 2;
}

/** Thousands separators and a trailing ".0" are formatting, not value. */
function canonicalNumber(text: string): string {
  const plain = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(text) ? text.replaceAll(',', '') : text;
  return plain.replace(/\.0+$/, '');
}
