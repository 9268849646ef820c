/** @module Every change site a finder proposes for a text, overlapping ones included. */
import type { Language } from '../../plan.js';
import type { SiteCandidate } from './candidate.js';
import { listSites } from './lists.js';
import { englishNumberSites } from './numbers-en.js';
import { chineseNumberSites } from './numbers-zh.js';
import { punctuationSites } from './punctuation.js';
import { wordingSites } from './wording.js';

export type { SiteCandidate } from './candidate.js';

/** Wording, number, punctuation and list sites of a text, unsorted, overlaps left to the planner. */
export function siteCandidates(text: string, language: Language): SiteCandidate[] {
  return [
    ...wordingSites(text, language),
    ...(language === 'en' ? englishNumberSites(text) : chineseNumberSites(text)),
    ...punctuationSites(text, language),
    ...listSites(text, language),
  ];
}
