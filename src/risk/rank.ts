/** @module A person's risk at a moment: their signals' points, faded by age, times their boosters; and the ranking. */
import type { Signal } from '../model/index.js';
import type { Booster } from './boosters.js';
import { decayed, type Stage, signalPoints, stages } from './score.js';

export interface ScoredSignal {
  signal: Signal;
  stages: Stage[];
  /** Points when it was raised, and what is left of them at the moment asked about. */
  points: number;
  now: number;
}

export interface PersonRisk {
  person: string;
  risk: number;
  signals: ScoredSignal[];
  /** The stages the person's signals span, in the order a case unfolds. */
  stages: Stage[];
  boosters: Booster[];
}

/**
 * The person's points: per rule, the strongest signal counts fully and each repeat half as much as the one before,
 * so a pattern repeated daily adds up to at most twice itself and does not outweigh several different ones.
 */
function patternPoints(scored: readonly ScoredSignal[]): number {
  const byRule = new Map<string, number[]>();
  for (const s of scored) {
    const points = byRule.get(s.signal.rule);
    if (points) points.push(s.now);
    else byRule.set(s.signal.rule, [s.now]);
  }
  let total = 0;
  for (const points of byRule.values()) {
    points.sort((a, b) => b - a);
    points.forEach((p, k) => {
      total += p * 0.5 ** k;
    });
  }
  return total;
}

/**
 * Everyone with a signal up to `at`, highest risk first (ties by person id). `stagesOf` gives a rule's stages by its
 * id; `boostersOf` a person's boosters in force at `at`.
 */
export function rankAt(
  at: number,
  signals: readonly Signal[],
  stagesOf: (rule: string) => Stage[],
  boostersOf: (person: string) => Booster[],
): PersonRisk[] {
  const byPerson = new Map<string, ScoredSignal[]>();
  for (const signal of signals) {
    if (!signal.person || signal.time > at) continue;
    const signalStages = stagesOf(signal.rule);
    const points = signalPoints(signal, signalStages);
    if (points === 0) continue;
    const list = byPerson.get(signal.person) ?? [];
    list.push({ signal, stages: signalStages, points, now: decayed(points, signal.time, at) });
    byPerson.set(signal.person, list);
  }
  const ranked: PersonRisk[] = [...byPerson].map(([person, scored]) => {
    const boosters = boostersOf(person);
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
