/**
 * @module What one signal weighs: points from its rule's level, weighted by the stage of an insider case it shows
 * (access, collection, exfiltration, concealment, conflict of interest), fading with a half-life in event time.
 */
import type { Signal } from '../model/index.js';

export const stages = [
  'access',
  'collection',
  'exfiltration',
  'concealment',
  'conflict_of_interest',
] as const;
export type Stage = (typeof stages)[number];

const levelPoints: Record<string, number> = { informational: 0, low: 5, medium: 15, high: 30, critical: 50 };

/** Later stages say more: data leaving weighs more than a door opening. */
const stageWeight: Record<Stage, number> = {
  access: 0.8,
  collection: 1,
  exfiltration: 1.5,
  concealment: 1.3,
  conflict_of_interest: 1.2,
};

/** The stages a rule's tags name (`molehunt.exfiltration`). */
export function stagesOf(tags: readonly string[]): Stage[] {
  return tags
    .map((tag) => tag.replace(/^molehunt\./, ''))
    .filter((tag): tag is Stage => (stages as readonly string[]).includes(tag));
}

/** A signal's points: its level's, times the weight of its heaviest stage. */
export function signalPoints(signal: Pick<Signal, 'level'>, signalStages: readonly Stage[]): number {
  const weight = Math.max(1, ...signalStages.map((stage) => stageWeight[stage]));
  return (levelPoints[signal.level] ?? 0) * weight;
}

/** Half of a signal's weight is gone after this long. */
export const HALF_LIFE_MS = 14 * 24 * 3_600_000;

/** What is left at `at` of points earned at `time` (nothing before it is earned). */
export function decayed(points: number, time: number, at: number, halfLifeMs = HALF_LIFE_MS): number {
  if (time > at) return 0;
  return points * 0.5 ** ((at - time) / halfLifeMs);
}
