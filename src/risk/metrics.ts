/**
 * @module How well scores separate insiders from everyone else, in the measures the insider-threat literature reports
 * on the CERT dataset: ROC AUC, the detection rate at a false-positive rate, and cumulative recall at a daily
 * investigation budget (CR-k, Tuor et al. 2017, as Yuan & Wu 2021 use it).
 */
import { groupBy } from './group.js';

export interface Scored {
  score: number;
  positive: boolean;
}

/**
 * Area under the ROC curve: the chance that a random positive scores above a random negative, ties counting half
 * (the Mann–Whitney statistic). `undefined` when there is no positive or no negative to compare.
 */
export function rocAuc(items: readonly Scored[]): number | undefined {
  const positives = items.filter((i) => i.positive).length;
  const negatives = items.length - positives;
  if (positives === 0 || negatives === 0) return undefined;
  const sorted = [...items].sort((a, b) => a.score - b.score);
  // Sum of the positives' ranks, tied scores sharing their average rank.
  let rankSum = 0;
  for (let start = 0; start < sorted.length; ) {
    let end = start;
    while (end < sorted.length && sorted[end]!.score === sorted[start]!.score) end += 1;
    const averageRank = (start + 1 + end) / 2;
    for (let k = start; k < end; k += 1) if (sorted[k]!.positive) rankSum += averageRank;
    start = end;
  }
  return (rankSum - (positives * (positives + 1)) / 2) / (positives * negatives);
}

/**
 * The share of positives flagged at the lowest threshold whose false-positive rate stays within `fpr`. A threshold
 * flags scores strictly above it, so tied scores are flagged together or not at all, and a score of 0 is never
 * flagged. No interpolation between thresholds.
 */
export function detectionRateAt(items: readonly Scored[], fpr: number): number | undefined {
  const positives = items.filter((i) => i.positive).length;
  const negatives = items.length - positives;
  if (positives === 0 || negatives === 0) return undefined;
  const flagged = [...items].filter((i) => i.score > 0).sort((a, b) => b.score - a.score);
  let best = 0;
  let truePositives = 0;
  let falsePositives = 0;
  for (let start = 0; start < flagged.length; ) {
    let end = start;
    while (end < flagged.length && flagged[end]!.score === flagged[start]!.score) {
      if (flagged[end]!.positive) truePositives += 1;
      else falsePositives += 1;
      end += 1;
    }
    if (falsePositives / negatives > fpr) break;
    best = truePositives / positives;
    start = end;
  }
  return best;
}

/** One user-day: whose, which day, its score, and whether the answers call it malicious. */
export interface ScoredDay extends Scored {
  day: string;
}

/** The budgets CR-k sums recall over: 25, 50, … up to k, as Tuor et al. step them. */
export const BUDGET_STEP = 25;

/**
 * Cumulative recall at daily budget `k`: each day the analyst investigates that day's `b` highest-scored user-days;
 * recall(b) is the share of all malicious user-days so found; CR-k is recall(25) + recall(50) + … + recall(k), so its
 * best value is k / 25. Ranking is pessimistic: a malicious user-day is found within budget b only if it scores above
 * 0 and fewer than b user-days of its day score higher or the same.
 */
export function cumulativeRecall(days: readonly ScoredDay[], k: number): number {
  const positives = days.filter((d) => d.positive);
  if (positives.length === 0 || k < BUDGET_STEP) return 0;
  const byDay = groupBy(days, (d) => d.day);
  // The worst place each malicious user-day can take in its day's ranking (1 is first).
  const places = positives
    .filter((p) => p.score > 0)
    .map((p) => (byDay.get(p.day) ?? []).filter((d) => d.score >= p.score).length);
  let total = 0;
  for (let budget = BUDGET_STEP; budget <= k; budget += BUDGET_STEP) {
    total += places.filter((place) => place <= budget).length / positives.length;
  }
  return total;
}
