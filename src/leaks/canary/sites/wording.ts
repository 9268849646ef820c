/** @module Wording sites: a phrase from the curated table, to be written as another phrase of its group. */
import type { Language } from '../../plan.js';
import { type WordingGroup, wordingsOf } from '../../vocabulary/index.js';
import { candidate, type SiteCandidate } from './candidate.js';
import { capitalized, casedLike } from './casing.js';

interface Found {
  readonly start: number;
  readonly text: string;
  readonly group: WordingGroup;
}

/** Every phrase of the language's table found in the text, the longest where two overlap. */
export function wordingSites(text: string, language: Language): SiteCandidate[] {
  const found: Found[] = [];
  for (const group of wordingsOf(language)) {
    for (const term of group.terms) {
      for (const match of text.matchAll(termPattern(term, language))) {
        if (guardsAllow(text, match.index, match[0].length, group)) {
          found.push({ start: match.index, text: match[0], group });
        }
      }
    }
  }
  found.sort((a, b) => a.start - b.start || b.text.length - a.text.length);
  const sites: SiteCandidate[] = [];
  let end = -1;
  for (const f of found) {
    if (f.start < end) continue;
    end = f.start + f.text.length;
    const others = [...f.group.terms, ...(f.group.alsoWritten ?? [])].filter(
      (t) => t.toLowerCase() !== f.text.toLowerCase(),
    );
    const alternatives = others.map((t) => (language === 'en' ? casedLike(text, f.start, f.text, t) : t));
    const article =
      language === 'en' ? /(?<![\w-])(an?|An?) $/.exec(text.slice(Math.max(0, f.start - 3), f.start)) : null;
    const site = article
      ? candidate(
          f.start - article[0].length,
          article[0] + f.text,
          'wording',
          alternatives.map((t) => `${articleFor(t, article[1]!)} ${t}`),
        )
      : candidate(f.start, f.text, 'wording', alternatives);
    if (site) sites.push(site);
  }
  return sites;
}

/** English terms are whole words (a hyphen joins words: "full-screen" holds no "screen"); Chinese has no spaces. */
function termPattern(term: string, language: Language): RegExp {
  const escaped = term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return language === 'en' ? new RegExp(`(?<![\\w-])${escaped}(?![\\w-])`, 'gi') : new RegExp(escaped, 'g');
}

function guardsAllow(text: string, start: number, length: number, group: WordingGroup): boolean {
  const before = text.slice(Math.max(0, start - 12), start);
  const after = text.slice(start + length, start + length + 12);
  if (group.followedBy && !group.followedBy.test(after)) return false;
  if (group.notFollowedBy?.test(after)) return false;
  if (group.notPrecededBy?.test(before)) return false;
  return true;
}

/** Initialisms read letter by letter whose first letter's name starts with a vowel: "an NDA". */
const vowelInitialisms = /^(?:NDA|FOV|HDR|LTPO|MP|NFC|SMS)\b/;

/** "a" or "an" before `word`, capitalized like `written`: "an international", "an NDA", "a USB-C", "a SIM". */
function articleFor(word: string, written: string): string {
  const vowelSound = /^(?:[aeio]|u(?!s|n[iy]|t))/i.test(word) || vowelInitialisms.test(word);
  const article = vowelSound ? 'an' : 'a';
  return /^A/.test(written) ? capitalized(article) : article;
}
