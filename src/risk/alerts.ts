/**
 * @module Alerts: one per person, opened when their risk crosses a threshold or their signals span several stages of
 * an insider case within a window; later signals update the open alert instead of opening another. Computed from the
 * stored signals in event-time order, so the same signals always give the same alerts, live or afterwards.
 */
import type { Signal } from '../model/index.js';
import { groupBy } from './group.js';
import { type PersonRisk, type RiskModel, rankAt } from './rank.js';
import type { Stage } from './score.js';

export interface AlertPolicy {
  /** Risk at which an alert opens. */
  threshold: number;
  /** Distinct stages of `spanStages` within `spanWindowMs` that open an alert whatever the risk. */
  stageCount: number;
  spanWindowMs: number;
}

export const defaultPolicy: AlertPolicy = {
  threshold: 20,
  stageCount: 3,
  spanWindowMs: 7 * 24 * 3_600_000,
};

/** The stages that make up a leak, for the span rule (conflict of interest is a case of its own). */
const spanStages: readonly Stage[] = ['access', 'collection', 'exfiltration', 'concealment'];

export interface Alert {
  /** The person's id and the time the alert opened: stable for the same signals. */
  id: string;
  person: string;
  opened: number;
  /** Why it opened: the risk crossed the threshold, or the signals spanned several stages. */
  cause: 'threshold' | 'stages';
  updated: number;
  /**
   * The person's risk at the time asked (`until`), with everything that makes it up: decayed since the last signal,
   * so an old alert sinks in a queue sorted by risk, and the same figure the person's page shows.
   */
  risk: PersonRisk;
}

/** Alerts from signals up to `until`. */
export function alertsFrom(
  signals: readonly Signal[],
  model: RiskModel,
  until: number,
  policy: AlertPolicy = defaultPolicy,
): Alert[] {
  const byPerson = groupBy(
    signals
      .filter((signal) => signal.person && signal.time <= until)
      .sort((a, b) => a.time - b.time || (a.id < b.id ? -1 : 1)),
    (signal) => signal.person!,
  );
  const alerts: Alert[] = [];
  for (const [person, own] of byPerson) {
    let alert: Alert | undefined;
    own.forEach((signal, i) => {
      const seen = own.slice(0, i + 1);
      const [risk] = rankAt(signal.time, seen, model);
      if (!risk) return;
      if (alert) {
        alert.updated = signal.time;
        alert.risk = risk;
        return;
      }
      const recent = seen.filter((s) => signal.time - s.time <= policy.spanWindowMs);
      const spanned = new Set(
        recent.flatMap((s) => model.stagesOf(s.rule)).filter((s) => spanStages.includes(s)),
      );
      const cause =
        risk.risk >= policy.threshold
          ? 'threshold'
          : spanned.size >= policy.stageCount
            ? 'stages'
            : undefined;
      if (cause)
        alert = {
          id: `${person}@${signal.time}`,
          person,
          opened: signal.time,
          cause,
          updated: signal.time,
          risk,
        };
    });
    if (alert) {
      alert.risk = rankAt(until, own, model)[0] ?? alert.risk;
      alerts.push(alert);
    }
  }
  return alerts.sort((a, b) => b.risk.risk - a.risk.risk || a.opened - b.opened);
}
