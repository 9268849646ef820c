/** @module The curated wording tables, shared by the canary trap (which swaps terms) and fingerprints (which fold them). */
import { chineseWordings } from './chinese.js';
import { englishWordings } from './english.js';
import type { WordingGroup } from './types.js';

export type { WordingGroup } from './types.js';

/** The languages the canary trap writes variants in. */
export type Language = 'en' | 'zh';

/** The wording table of one language. */
export function wordingsOf(language: Language): readonly WordingGroup[] {
  return language === 'en' ? englishWordings : chineseWordings;
}

/** Every group of both languages: a text may mix them, and fingerprints fold whatever they find. */
export const allWordings: readonly WordingGroup[] = [...englishWordings, ...chineseWordings];
