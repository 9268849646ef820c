import { describe, expect, it } from 'vitest';
import { cumulativeRecall, detectionRateAt, rocAuc, type ScoredDay } from './metrics.js';

const items = (positives: number[], negatives: number[]) => [
  ...positives.map((score) => ({ score, positive: true })),
  ...negatives.map((score) => ({ score, positive: false })),
];

describe('ROC AUC', () => {
  it('is 1 for a perfect split, 0 for a reversed one, and counts ties half', () => {
    expect(rocAuc(items([3, 4], [1, 2]))).toBe(1);
    expect(rocAuc(items([1, 2], [3, 4]))).toBe(0);
    expect(rocAuc(items([0, 0], [0, 0]))).toBe(0.5);
    // Pairs: (5>1) (5>0) (0<1) (0=0 half) → 2.5 of 4.
    expect(rocAuc(items([5, 0], [1, 0]))).toBe(0.625);
  });

  it('is undefined without positives or negatives', () => {
    expect(rocAuc(items([], [1]))).toBeUndefined();
    expect(rocAuc(items([1], []))).toBeUndefined();
  });
});

describe('detection rate at a false-positive rate', () => {
  const negatives = Array.from({ length: 20 }, (_, i) => (i === 0 ? 9 : i === 1 ? 5 : 0));
  it('takes the lowest threshold within the rate, flagging ties together and never a zero', () => {
    // One negative of 20 above 6 (5%), two above 4 (10%).
    expect(detectionRateAt(items([10, 8, 6, 5, 0], negatives), 0.05)).toBe(3 / 5);
    expect(detectionRateAt(items([10, 8, 6, 5, 0], negatives), 0.1)).toBe(4 / 5);
    expect(detectionRateAt(items([10, 8, 6, 5, 0], negatives), 1)).toBe(4 / 5);
    expect(detectionRateAt(items([10, 8, 6, 5, 0], negatives), 0)).toBe(1 / 5);
  });
});

describe('cumulative recall at a daily budget', () => {
  const day = (d: string, score: number, positive = false): ScoredDay => ({ day: d, score, positive });
  const many = (d: string, count: number, score: number) =>
    Array.from({ length: count }, () => day(d, score));
  // Day 1: the insider first of 60. Day 2: 29 score higher than one malicious day (30th) and the other ties with one
  // more ordinary day (32nd at worst).
  const days = [
    day('d1', 200, true),
    ...many('d1', 59, 0),
    ...many('d2', 29, 100),
    day('d2', 50, true),
    day('d2', 10, true),
    day('d2', 10),
    ...many('d2', 28, 0),
  ];

  it('sums recall at budgets 25, 50, … k, ranking ties against the insider', () => {
    const d2 = days.filter((d) => d.day === 'd2');
    expect(d2.filter((d) => d.score >= 50).length).toBe(30);
    expect(d2.filter((d) => d.score >= 10).length).toBe(32);
    expect(cumulativeRecall(days, 25)).toBeCloseTo(1 / 3);
    expect(cumulativeRecall(days, 50)).toBeCloseTo(1 / 3 + 1);
    expect(cumulativeRecall(days, 100)).toBeCloseTo(1 / 3 + 3);
  });

  it('never counts a malicious day scored 0', () => {
    expect(cumulativeRecall([day('d', 0, true), day('d', 0)], 50)).toBe(0);
  });
});
