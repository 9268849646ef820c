/**
 * @module Punctuation sites: sentence joins (full stop or semicolon) in both languages; optional commas in English
 * (after an introductory phrase, before "and" joining two clauses); full- or half-width commas and colons in Chinese.
 */
import type { Language } from '../../plan.js';
import { candidate, type SiteCandidate } from './candidate.js';
import { sentenceJoinSites } from './sentence-joins.js';

/** Every punctuation site of the text in its language. */
export function punctuationSites(text: string, language: Language): SiteCandidate[] {
  return [
    ...sentenceJoinSites(text, language),
    ...(language === 'en' ? optionalCommas(text) : widthSites(text)),
  ];
}

/** Words that open a clause after ", and": a comma there is the writer's taste, not grammar. */
const clauseOpeners = 'the|a|an|it|its|we|our|this|these|touch|reverse|pre-orders|prices|each';
/** Prepositions that open an introductory phrase, after which a comma is optional. */
const introductions = 'In|For|On|At|After|Before|With|During|From|Since|Until|Under|By';

function optionalCommas(text: string): SiteCandidate[] {
  const sites: (SiteCandidate | undefined)[] = [];
  for (const m of text.matchAll(new RegExp(`(?<=[a-z0-9%)]),(?= and (?:${clauseOpeners}) )`, 'g'))) {
    if (clauseBefore(text, m.index) >= 4) sites.push(candidate(m.index, ',', 'punctuation', ['']));
  }
  for (const m of text.matchAll(
    new RegExp(`(?<=(?:^|[.!?] |\\n)(?:${introductions}) [\\w' -]{2,40}),(?= )`, 'g'),
  )) {
    sites.push(candidate(m.index, ',', 'punctuation', ['']));
  }
  return sites.filter((s) => s !== undefined);
}

/** Words in the clause before `at`, back to the last comma or sentence end. */
function clauseBefore(text: string, at: number): number {
  const clause = /[^,.;:\n]*$/.exec(text.slice(Math.max(0, at - 200), at))?.[0] ?? '';
  return clause.trim().split(/\s+/).length;
}

/** A full-width comma or colon, or its ASCII form: a width site, read only from a leak that kept widths. */
function widthSites(text: string): SiteCandidate[] {
  const sites: (SiteCandidate | undefined)[] = [];
  for (const m of text.matchAll(/[，：](?=\S)/g)) {
    sites.push(candidate(m.index, m[0], 'width', [m[0] === '，' ? ',' : ':']));
  }
  return sites.filter((s) => s !== undefined);
}
