/**
 * @module Choosing the sites of a plan: keep the alternatives normalization can tell apart in place, then the set
 * of non-overlapping sites that carries the most information (weighted interval scheduling).
 */
import type { ChangeSite, Language } from '../plan.js';
import { normalizedInPlace } from '../site-forms.js';
import { type SiteCandidate, siteCandidates } from './sites/index.js';

/** Width sites vanish when a leak is retyped: they count for little when sites compete for the same characters. */
const widthWeight = 0.25;

/** The sites of a plan, in text order, at least one character apart. */
export function chooseSites(text: string, language: Language): ChangeSite[] {
  const usable = siteCandidates(text, language)
    .map((c) => readableAlternatives(text, c))
    .filter((c) => c !== undefined)
    .sort((a, b) => a.end - b.end || a.start - b.start);
  return heaviestCompatibleSet(usable);
}

/**
 * Drops alternatives that normalization would merge with an earlier one or that would change the text around
 * them. Width sites are the exception by design: all their alternatives normalize alike.
 */
function readableAlternatives(text: string, site: SiteCandidate): SiteCandidate | undefined {
  const seen = new Set<string>();
  const kept = site.alternatives.filter((alternative) => {
    const form = normalizedInPlace(text, site.start, site.end, alternative);
    if (form === undefined) return false;
    if (site.kind === 'width') return true;
    if (seen.has(form)) return false;
    seen.add(form);
    return true;
  });
  if (kept.length < 2 || kept[0] !== site.alternatives[0]) return undefined;
  return { ...site, alternatives: kept };
}

const weightOf = (site: SiteCandidate) =>
  Math.log2(site.alternatives.length) * (site.kind === 'width' ? widthWeight : 1);

/** Classic weighted interval scheduling over sites sorted by end; two sites must leave a character between them. */
function heaviestCompatibleSet(sites: readonly SiteCandidate[]): ChangeSite[] {
  const best: number[] = new Array(sites.length + 1).fill(0);
  const previous: number[] = [];
  for (let i = 0; i < sites.length; i++) {
    previous.push(lastEndingBefore(sites, sites[i]!.start, i));
    best[i + 1] = Math.max(best[i]!, weightOf(sites[i]!) + best[previous[i]! + 1]!);
  }
  const chosen: ChangeSite[] = [];
  for (let i = sites.length - 1; i >= 0; ) {
    if (weightOf(sites[i]!) + best[previous[i]! + 1]! >= best[i]!) {
      chosen.push(sites[i]!);
      i = previous[i]!;
    } else i--;
  }
  return chosen.reverse();
}

/** Index of the last site (before `below`) that ends at least one character before `start`, or -1. */
function lastEndingBefore(sites: readonly SiteCandidate[], start: number, below: number): number {
  let lo = 0;
  let hi = below - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sites[mid]!.end < start) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}
