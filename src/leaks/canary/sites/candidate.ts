/** @module A change site as a finder proposes it, before the planner picks which sites to use. */
import type { SiteKind } from '../../plan.js';

/** A place that can be written in other ways; `alternatives[0]` is the base text's own. */
export interface SiteCandidate {
  readonly start: number;
  readonly end: number;
  readonly kind: SiteKind;
  readonly alternatives: readonly string[];
}

/** A candidate from a regular-expression match, its alternatives deduplicated and the base's own first. */
export function candidate(
  start: number,
  base: string,
  kind: SiteKind,
  alternatives: readonly string[],
): SiteCandidate | undefined {
  const unique = [...new Set([base, ...alternatives])];
  return unique.length < 2 ? undefined : { start, end: start + base.length, kind, alternatives: unique };
}
