/**
 * @module Sentence-join sites: a full stop or a semicolon between two sentences of a paragraph, in both languages.
 * Only every other boundary of a line is a site, so no copy chains three sentences with semicolons; bullet and
 * table lines are left alone.
 */
import type { Language } from '../../plan.js';
import { candidate, type SiteCandidate } from './candidate.js';
import { capitalized } from './casing.js';

/** Words that start sentences and are not names, so a semicolon can take them in lower case. */
const sentenceOpeners = new Set([
  'the',
  'it',
  'its',
  'this',
  'these',
  'both',
  'each',
  'all',
  'we',
  'our',
  'a',
  'an',
  'in',
  'for',
]);

const englishBoundary = /(?<=[a-z0-9%)])\. (\p{Lu}\p{Ll}*)(?=[ ,])|; (\p{Ll}+)(?=[ :,])/gu;
const chineseBoundary = /；|。(?=[^\n」”）])/g;

/** Every other sentence boundary of each prose line, as a full-stop-or-semicolon site. */
export function sentenceJoinSites(text: string, language: Language): SiteCandidate[] {
  const sites: SiteCandidate[] = [];
  let offset = 0;
  for (const line of text.split('\n')) {
    if (isProse(line, language)) {
      const boundaries = [...line.matchAll(language === 'en' ? englishBoundary : chineseBoundary)].filter(
        (m) => language === 'zh' || !isAbbreviation(line, m.index),
      );
      boundaries.forEach((m, i) => {
        const site = i % 2 === 0 ? join(text, offset + m.index, m, language) : undefined;
        if (site) sites.push(site);
      });
    }
    offset += line.length + 1;
  }
  return sites;
}

function join(text: string, at: number, m: RegExpExecArray, language: Language): SiteCandidate | undefined {
  if (language === 'zh') return candidate(at, m[0], 'punctuation', [m[0] === '；' ? '。' : '；']);
  if (m[2] !== undefined) return candidate(at, m[0], 'punctuation', [`. ${capitalized(m[2])}`]);
  const word = m[1]!;
  return opensSentences(text, word)
    ? candidate(at, m[0], 'punctuation', [`; ${word.toLowerCase()}`])
    : undefined;
}

/** A paragraph line, not a heading, a bullet or a table row. */
function isProse(line: string, language: Language): boolean {
  return !/^\s*[-•*]/.test(line) && line.length >= (language === 'en' ? 80 : 40);
}

/** "p.m. The", "Oct. 23": the full stop ends an abbreviation, not a sentence. */
function isAbbreviation(line: string, stop: number): boolean {
  if (line[stop] !== '.') return false;
  const word = /[\w.]+$/.exec(line.slice(Math.max(0, stop - 12), stop))?.[0] ?? '';
  return (
    word.includes('.') || /^(?:Oct|Nov|Dec|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|No|Fig|vs|etc)$/.test(word)
  );
}

/** A common opener, or a word the text also uses in lower case mid-sentence, so it is not a name. */
function opensSentences(text: string, word: string): boolean {
  const lower = word.toLowerCase();
  return sentenceOpeners.has(lower) || new RegExp(`[a-z,] ${lower}\\b`).test(text);
}
