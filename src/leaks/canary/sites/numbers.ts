/** @module What both languages share about numbers: units, thousands separators, and combining format choices. */
import type { SiteCandidate } from './candidate.js';

/** A unit as spec sheets write it, and its Chinese word where Chinese text also uses one. */
export interface Unit {
  readonly latin: string;
  readonly chinese?: string;
  /** Written with a space only ("3,200 nits", never "3,200nits"). */
  readonly spaced?: boolean;
}

/** Longest first, so "GHz" is not read as "G" + "Hz" and "mm²" not as "mm". */
export const units: readonly Unit[] = [
  { latin: 'mAh', chinese: '毫安时' },
  { latin: 'GHz' },
  { latin: 'Hz', chinese: '赫兹' },
  { latin: 'Gbps' },
  { latin: 'GB' },
  { latin: 'TB' },
  { latin: 'MP' },
  { latin: 'mm²', chinese: '平方毫米' },
  { latin: 'mm', chinese: '毫米' },
  { latin: 'cm', chinese: '厘米' },
  { latin: 'nm', chinese: '纳米' },
  { latin: 'nits', chinese: '尼特', spaced: true },
  { latin: 'ppi', spaced: true },
  { latin: 'fps', chinese: '帧' },
  { latin: 'W', chinese: '瓦' },
  { latin: 'g', chinese: '克' },
];

/** A number written with or without thousands separators, as in the base. */
export const numberSource = '(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?';

/** The number as written, then with its thousands separators toggled, then without a ".0" that says nothing. */
export function numberForms(written: string): string[] {
  const forms = [written];
  const [whole = '', fraction] = written.split('.');
  const digits = whole.replaceAll(',', '');
  if (digits.length >= 4 && digits.length <= 7) {
    const toggled = whole.includes(',') ? digits : digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
    forms.push(fraction === undefined ? toggled : `${toggled}.${fraction}`);
  }
  if (fraction !== undefined && /^0+$/.test(fraction)) forms.push(whole);
  return forms;
}

/**
 * Combines independent format choices (number forms × unit forms), the base combination first, then one change
 * at a time, then both: at most `limit` alternatives, each a different way to write the same quantity.
 */
export function combinations(numbers: readonly string[], suffixes: readonly string[], limit = 4): string[] {
  const out: string[] = [];
  const add = (n: string | undefined, s: string | undefined) => {
    if (n !== undefined && s !== undefined && !out.includes(n + s)) out.push(n + s);
  };
  add(numbers[0], suffixes[0]);
  for (const s of suffixes.slice(1)) add(numbers[0], s);
  for (const n of numbers.slice(1)) add(n, suffixes[0]);
  for (const n of numbers.slice(1)) for (const s of suffixes.slice(1)) add(n, s);
  return out.slice(0, limit);
}

/** A pattern's match as a site, or undefined when this match is not one (a year, a model number). */
export type Finder = (match: RegExpExecArray, text: string) => SiteCandidate | undefined;

/** Every site the finders see in the text; overlapping ones are left for the planner to choose between. */
export function sitesFrom(finders: readonly (readonly [RegExp, Finder])[], text: string): SiteCandidate[] {
  const sites: SiteCandidate[] = [];
  for (const [pattern, find] of finders) {
    for (const match of text.matchAll(pattern)) {
      const site = find(match as RegExpExecArray, text);
      if (site) sites.push(site);
    }
  }
  return sites;
}
