/**
 * @module Codewords: which alternative of each site every recipient gets. The words start random (from the plan's
 * seed) and are then improved one symbol at a time to make them hard to confuse within any excerpt-sized window:
 * the cost of two words is Σ over windows of β^distance, so a window where two copies read the same costs most.
 * The base text's all-zero word takes part, so the unissued original never reads like a recipient's copy.
 */
import type { ChangeSite } from '../plan.js';
import { type Random, randomInt } from './random.js';

/** Excerpt sizes the code is tuned for, in characters, and how much each weighs. */
const scales = [
  { chars: 100, weight: 1 },
  { chars: 200, weight: 1 },
  { chars: 300, weight: 2 },
];
/** How fast the cost of a window falls with distance: about the chance that a random alternative matches. */
const beta = 0.3;
/** β^d for every distance a window can have. */
const betaPower = Float64Array.from({ length: 4096 }, (_, d) => beta ** d);
/** Improvement passes over every recipient and site. */
const passes = 4;

interface Window {
  readonly from: number;
  readonly to: number;
  readonly weight: number;
}

/** One codeword per recipient. */
export function chooseCodewords(
  sites: readonly ChangeSite[],
  textLength: number,
  recipients: number,
  random: Random,
): number[][] {
  const words = [
    sites.map(() => 0),
    ...Array.from({ length: recipients }, () => sites.map((s) => randomInt(random, s.alternatives.length))),
  ];
  const counted = sites.map((s) => s.kind !== 'width');
  const windows = scales.flatMap(({ chars, weight }) => windowsOf(sites, textLength, chars, weight));
  const containing = sites.map((_, s) => windows.flatMap((w, i) => (w.from <= s && s < w.to ? [i] : [])));
  const distances = new Distances(words, windows, counted);
  for (let pass = 0; pass < passes; pass++) {
    let changed = 0;
    for (let r = 1; r < words.length; r++) {
      for (let s = 0; s < sites.length; s++) {
        if (!counted[s]) continue;
        const best = bestSymbol(
          words,
          r,
          s,
          sites[s]!.alternatives.length,
          windows,
          containing[s]!,
          distances,
        );
        if (best === words[r]![s]) continue;
        distances.change(r, s, best, containing[s]!);
        changed++;
      }
    }
    if (changed === 0) break;
  }
  return words.slice(1);
}

/** The windows of site indices an excerpt of `chars` characters covers, one per starting site. */
function windowsOf(
  sites: readonly ChangeSite[],
  textLength: number,
  chars: number,
  weight: number,
): Window[] {
  const windows: Window[] = [];
  let to = 0;
  for (let from = 0; from < sites.length; from++) {
    // Excerpts cannot start later than `chars` before the end: later windows are parts of the last one.
    const start = Math.min(sites[from]!.start, Math.max(0, textLength - chars));
    while (to < sites.length && sites[to]!.end <= start + chars) to++;
    if (to > from) windows.push({ from, to, weight });
    if (start < sites[from]!.start) break;
  }
  return windows;
}

/** The symbol for word `r` at site `s` that lowers the total cost most (the current one if none does). */
function bestSymbol(
  words: readonly number[][],
  r: number,
  s: number,
  alternatives: number,
  windows: readonly Window[],
  containing: readonly number[],
  distances: Distances,
): number {
  const current = words[r]![s]!;
  let best = current;
  let bestDelta = -1e-9;
  for (let symbol = 0; symbol < alternatives; symbol++) {
    if (symbol === current) continue;
    let delta = 0;
    for (let e = 0; e < words.length; e++) {
      if (e === r) continue;
      const other = words[e]![s]!;
      const step = (symbol !== other ? 1 : 0) - (current !== other ? 1 : 0);
      if (step === 0) continue;
      for (const w of containing) {
        const d = distances.get(r, e, w);
        delta += windows[w]!.weight * (betaPower[d + step]! - betaPower[d]!);
      }
    }
    if (delta < bestDelta) [best, bestDelta] = [symbol, delta];
  }
  return best;
}

/** Distance between every two words in every window, kept up to date as symbols change. */
class Distances {
  private readonly table: Int16Array;

  constructor(
    private readonly words: number[][],
    private readonly windows: readonly Window[],
    private readonly counted: readonly boolean[],
  ) {
    const n = words.length;
    this.table = new Int16Array(n * n * windows.length);
    for (let a = 0; a < n; a++) {
      for (let b = a + 1; b < n; b++) {
        windows.forEach((w, i) => {
          let d = 0;
          for (let s = w.from; s < w.to; s++) if (counted[s] && words[a]![s] !== words[b]![s]) d++;
          this.set(a, b, i, d);
        });
      }
    }
  }

  get(a: number, b: number, window: number): number {
    return this.table[this.index(a, b, window)]!;
  }

  /** Sets word `r`'s symbol at site `s` and updates its distances in the windows that contain `s`. */
  change(r: number, s: number, symbol: number, containing: readonly number[]): void {
    const before = this.words[r]![s]!;
    this.words[r]![s] = symbol;
    if (!this.counted[s]) return;
    for (let e = 0; e < this.words.length; e++) {
      if (e === r) continue;
      const other = this.words[e]![s]!;
      const step = (symbol !== other ? 1 : 0) - (before !== other ? 1 : 0);
      if (step !== 0) for (const w of containing) this.set(r, e, w, this.get(r, e, w) + step);
    }
  }

  private set(a: number, b: number, window: number, d: number): void {
    this.table[this.index(a, b, window)] = d;
  }

  private index(a: number, b: number, window: number): number {
    const pair = a < b ? a * this.words.length + b : b * this.words.length + a;
    return pair * this.windows.length + window;
  }
}
