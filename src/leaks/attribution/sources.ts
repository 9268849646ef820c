/**
 * @module Stitched leaks: "one copy" weighed against "two copies, switching once" at any point between readings in
 * leak order, with a Bayes factor. The result says, for every hypothesis, how likely it is to be a source of the
 * leak at all; that is what naming needs.
 */

/** What the leak's sources are likely to be, once "stitched from two copies" is weighed against "one copy". */
export interface Sources {
  /** Probability that the leak switches from one copy to another. */
  readonly stitched: number;
  /** For each hypothesis, the probability that it is a source of the leak (alone or as one of two). */
  readonly isSource: Float64Array;
  /** The most likely switch: readings before `split` from `first`, the rest from `second`. */
  readonly split: number;
  readonly first: number;
  readonly second: number;
}

/**
 * Weighs one source against two sources switching once, at any point between readings in leak order. A recipient
 * is named only if it is a source under both models together: a third copy that happens to match both halves of a
 * stitched leak is then not named, because the pair of true sources explains the leak as well.
 */
export function sources(ll: readonly Float64Array[], priors: Float64Array, prior: number): Sources {
  const T = ll.length;
  const H = priors.length;
  const prefix: Float64Array[] = [new Float64Array(H)];
  for (let t = 0; t < T; t++) prefix.push(prefix[t]!.map((x, h) => x + ll[t]![h]!));
  const total = prefix[T]!;
  const single = Array.from(priors, (p, h) => p + total[h]!);
  const one = logSumExp(single);
  const singlePosterior = Float64Array.from(single, (x) => Math.exp(x - one));
  if (T < 2) return { stitched: 0, isSource: singlePosterior, split: 0, first: 0, second: 0 };
  const perSplit: number[] = [];
  const asSource: number[][] = Array.from({ length: H }, () => []);
  let best = { score: Number.NEGATIVE_INFINITY, split: 0, first: 0, second: 0 };
  for (let t = 1; t < T; t++) {
    const before = Array.from(priors, (p, h) => p + prefix[t]![h]!);
    const after = Array.from(priors, (p, h) => p + total[h]! - prefix[t]![h]!);
    const [a, b] = [shifted(before), shifted(after)];
    const [sumA, sumB] = [sum(a.values), sum(b.values)];
    const scale = a.shift + b.shift;
    const [top, runnerUp] = topTwo(after);
    let pairs = 0;
    for (let h = 0; h < H; h++) {
      // Pairs (h, other) and (other, h): the mass of "h is one of the two sources" at this switch point.
      const asFirst = a.values[h]! * (sumB - b.values[h]!);
      const asSecond = b.values[h]! * (sumA - a.values[h]!);
      pairs += asFirst;
      asSource[h]!.push(scale + Math.log(asFirst + asSecond));
      const second = h === top ? runnerUp : top;
      const score = before[h]! + after[second]!;
      if (score > best.score) best = { score, split: t, first: h, second };
    }
    perSplit.push(scale + Math.log(pairs));
  }
  const allSplits = logSumExp(perSplit);
  const logOdds = Math.log(prior / (1 - prior)) + allSplits - Math.log(T - 1) - one;
  const stitched = 1 / (1 + Math.exp(-logOdds));
  const isSource = Float64Array.from(
    singlePosterior,
    (p, h) => (1 - stitched) * p + stitched * Math.exp(logSumExp(asSource[h]!) - allSplits),
  );
  return { stitched, isSource, split: best.split, first: best.first, second: best.second };
}

function shifted(logs: readonly number[]): { values: number[]; shift: number } {
  const shift = Math.max(...logs);
  return { values: logs.map((x) => Math.exp(x - shift)), shift };
}

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

/** Indices of the largest and second-largest values. */
function topTwo(values: readonly number[]): [number, number] {
  let [top, runnerUp] = values[1]! > values[0]! ? [1, 0] : [0, 1];
  for (let h = 2; h < values.length; h++) {
    if (values[h]! > values[top]!) [top, runnerUp] = [h, top];
    else if (values[h]! > values[runnerUp]!) runnerUp = h;
  }
  return [top, runnerUp];
}

function logSumExp(values: readonly number[]): number {
  let top = Number.NEGATIVE_INFINITY;
  for (const v of values) if (v > top) top = v;
  if (top === Number.NEGATIVE_INFINITY) return top;
  let sum = 0;
  for (const v of values) sum += Math.exp(v - top);
  return top + Math.log(sum);
}
