/** @module Opening a case from alerts: the signal events that raised each alert become its first evidence. */
import type { Alert } from '../risk/index.js';
import type { CaseActor } from './case-ledger.js';
import type { CaseState } from './case-state.js';
import type { Cases } from './cases.js';

/** The most signal events one alert puts into a new case. */
const ALERT_EVENTS = 1_000;

export async function openFromAlerts(
  cases: Cases,
  opening: { title: string; subjects: string[]; alerts: readonly Alert[] },
  who: CaseActor,
): Promise<CaseState> {
  let state = await cases.open(
    { title: opening.title, subjects: opening.subjects, alerts: opening.alerts.map((alert) => alert.id) },
    who,
  );
  for (const alert of opening.alerts) {
    const events = [...new Set(alert.risk.signals.flatMap((scored) => scored.signal.events))];
    const rules = [...new Set(alert.risk.signals.map((scored) => scored.signal.rule))];
    state = await cases.addEvents(
      state.id,
      events.slice(0, ALERT_EVENTS),
      `Signal events of the alert on ${alert.person}: ${rules.join(', ')}`,
      who,
    );
  }
  return state;
}
