/**
 * @module Winnowing (Schleimer, Wilkerson and Aiken, SIGMOD 2003): from every window of `window` consecutive
 * shingles keep the one with the smallest hash. Any passage shared by two texts that spans a whole window yields at
 * least one fingerprint in both, whatever surrounds it; a text keeps about 2 / (window + 1) of its shingles.
 */
import type { Shingle } from './shingles.js';

/** Selects a text's fingerprints from its shingles; on a tie the rightmost minimum is kept ("robust winnowing"). */
export function winnow(shingles: readonly Shingle[], window: number): Shingle[] {
  if (shingles.length <= window) return shingles.length === 0 ? [] : [smallest(shingles, 0, shingles.length)];
  const kept: Shingle[] = [];
  let last = -1;
  for (let start = 0; start + window <= shingles.length; start++) {
    const at = last >= start ? rightmostIfSmaller(shingles, last, start + window - 1) : -1;
    const chosen = at >= 0 ? at : indexOfSmallest(shingles, start, start + window);
    if (chosen !== last) kept.push(shingles[chosen]!);
    last = chosen;
  }
  return kept;
}

/** The previous minimum stays chosen unless the shingle entering the window is smaller or equal. */
function rightmostIfSmaller(shingles: readonly Shingle[], last: number, entering: number): number {
  return shingles[entering]!.hash <= shingles[last]!.hash ? entering : last;
}

function indexOfSmallest(shingles: readonly Shingle[], from: number, to: number): number {
  let best = from;
  for (let i = from + 1; i < to; i++) if (shingles[i]!.hash <= shingles[best]!.hash) best = i;
  return best;
}

function smallest(shingles: readonly Shingle[], from: number, to: number): Shingle {
  return shingles[indexOfSmallest(shingles, from, to)]!;
}
