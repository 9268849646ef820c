/** @module A person's risk at a moment: their signals' points, faded by age, times their boosters; and the ranking. */
import type { Signal } from '../model/index.js';
import type { Booster } from './boosters.js';
import { groupBy } from './group.js';
import { decayed, type Stage, signalPoints, stages } from './score.js';

export interface ScoredSignal {
  signal: Signal;
  stages: Stage[];
  /** Points when it was raised (with its asset boost), and what is left of them at the moment asked about. */
  points: number;
  now: number;
  /** The priority asset its events touch, which multiplies its points. */
  asset?: Booster;
  /** Why it counts against this person when its events name nobody (a leaked numbered copy's recipient). */
  attribution?: Attribution;
}

export interface Attribution {
  reason: string;
  reasonZh: string;
}

/** What decides how much signals weigh: the rule's stages, the person's boosters, and what is special to a signal. */
export interface RiskModel {
  stagesOf(rule: string): Stage[];
  /** The person's boosters in force at `at`. */
  boostersOf(person: string, at: number): Booster[];
  assetOf?(signal: Signal): Booster | undefined;
  attributionOf?(signal: Signal): Attribution | undefined;
}

export interface PersonRisk {
  person: string;
  risk: number;
  signals: ScoredSignal[];
  /** The stages the person's signals span, in the order a case unfolds. */
  stages: Stage[];
  boosters: Booster[];
}

function scoreSignal(signal: Signal, at: number, model: RiskModel): ScoredSignal | undefined {
  const signalStages = model.stagesOf(signal.rule);
  const asset = model.assetOf?.(signal);
  const points = signalPoints(signal, signalStages) * (asset?.factor ?? 1);
  if (points === 0) return undefined;
  const scored: ScoredSignal = {
    signal,
    stages: signalStages,
    points,
    now: decayed(points, signal.time, at),
  };
  if (asset) scored.asset = asset;
  const attribution = model.attributionOf?.(signal);
  if (attribution) scored.attribution = attribution;
  return scored;
}

/**
 * The person's points: per rule, the strongest signal counts fully and each repeat half as much as the one before,
 * so a pattern repeated daily adds up to at most twice itself and does not outweigh several different ones.
 */
function patternPoints(scored: readonly ScoredSignal[]): number {
  let total = 0;
  for (const repeats of groupBy(scored, (s) => s.signal.rule).values()) {
    repeats
      .map((s) => s.now)
      .sort((a, b) => b - a)
      .forEach((p, k) => {
        total += p * 0.5 ** k;
      });
  }
  return total;
}

/** Everyone with a signal up to `at`, highest risk first (ties by person id). */
export function rankAt(at: number, signals: readonly Signal[], model: RiskModel): PersonRisk[] {
  const scored = signals.flatMap((signal) =>
    signal.person && signal.time <= at ? (scoreSignal(signal, at, model) ?? []) : [],
  );
  const byPerson = groupBy(scored, (s) => s.signal.person!);
  const ranked: PersonRisk[] = [...byPerson].map(([person, scored]) => {
    const boosters = model.boostersOf(person, at);
    const base = patternPoints(scored);
    const factor = boosters.reduce((product, b) => product * b.factor, 1);
    return {
      person,
      risk: base * factor,
      signals: scored.sort((a, b) => b.now - a.now),
      stages: stages.filter((stage) => scored.some((s) => s.stages.includes(stage))),
      boosters,
    };
  });
  return ranked.sort((a, b) => b.risk - a.risk || (a.person < b.person ? -1 : 1));
}
