/**
 * @module `molehunt eval demo`: how the alerts do against the demo company's labels — per planted incident whether and
 * how soon (event time) it was alerted and the person's rank then; precision; false alerts per 1,000 person-days;
 * decoys alerted.
 */
import type { Store } from '../store/index.js';
import type { Alert } from './alerts.js';
import type { RiskContext } from './context.js';
import { alertsAt, riskTop } from './context.js';

/** What `labels.json` says that the evaluation reads. */
export interface DemoLabels {
  generator: { employees: number; days: number; start: string };
  incidents: {
    id: string;
    title: string;
    persons: string[];
    malicious: boolean;
    from: string;
    evidence: { event_id?: string }[];
  }[];
}

export interface IncidentResult {
  id: string;
  title: string;
  persons: string[];
  malicious: boolean;
  alerted: boolean;
  /** The earliest evidence event on or after the incident's first day. */
  started?: number;
  opened?: number;
  /** Event time from the first evidence to the alert. */
  latencyMs?: number;
  /** The labelled person's rank by risk when the alert opened. */
  rank?: number;
  /** When the alerted person first ranked first, from the first evidence on. */
  rankedFirst?: number;
}

export interface DemoEvaluation {
  incidents: IncidentResult[];
  alerts: number;
  /** Alerts about people of malicious incidents, over all alerts. */
  precision: number;
  falseAlerts: number;
  personDays: number;
  falseAlertsPer1000PersonDays: number;
  decoysAlerted: number;
}

export async function evaluateDemo(
  store: Store,
  context: RiskContext,
  labels: DemoLabels,
  timeZone: string,
): Promise<DemoEvaluation> {
  const until = Math.max(...context.signals.map((s) => s.time), 0);
  const alerts = alertsAt(context, until, timeZone);
  const byPerson = new Map<string, Alert>(alerts.map((a) => [a.person, a]));
  const incidents: IncidentResult[] = [];
  for (const incident of labels.incidents) {
    const ids = incident.evidence.flatMap((e) => (e.event_id ? [e.event_id] : []));
    const evidence = ids.length ? (await store.events({ ids, limit: 10_000 })).items : [];
    // Evidence from before the incident (an old disciplinary record) is context, not its start.
    const firstDay = Date.parse(`${incident.from}T00:00:00Z`) - 24 * 3_600_000;
    const started = evidence.map((e) => e.time).filter((t) => t >= firstDay);
    const alert = incident.persons.map((p) => byPerson.get(p)).find((a) => a !== undefined);
    const result: IncidentResult = {
      id: incident.id,
      title: incident.title,
      persons: incident.persons,
      malicious: incident.malicious,
      alerted: alert !== undefined,
    };
    if (started.length) result.started = Math.min(...started);
    if (alert) {
      result.opened = alert.opened;
      if (result.started !== undefined) result.latencyMs = alert.opened - result.started;
      result.rank = riskTop(context, alert.opened).findIndex((p) => p.person === alert.person) + 1;
      const first = firstRankedFirst(context, alert.person, result.started ?? alert.opened);
      if (first !== undefined) result.rankedFirst = first;
    }
    incidents.push(result);
  }
  const malicious = new Set(labels.incidents.filter((i) => i.malicious).flatMap((i) => i.persons));
  const decoys = new Set(labels.incidents.filter((i) => !i.malicious).flatMap((i) => i.persons));
  const falseAlerts = alerts.filter((a) => !malicious.has(a.person)).length;
  const personDays = context.persons * labels.generator.days;
  return {
    incidents,
    alerts: alerts.length,
    precision: alerts.length ? (alerts.length - falseAlerts) / alerts.length : 1,
    falseAlerts,
    personDays,
    falseAlertsPer1000PersonDays: (falseAlerts / personDays) * 1000,
    decoysAlerted: alerts.filter((a) => decoys.has(a.person)).length,
  };
}

/**
 * The first of the person's signal times from `from` at which they rank first. Everyone's risk fades at the same
 * rate, so a person can only overtake the leader when a signal of theirs arrives.
 */
function firstRankedFirst(context: RiskContext, person: string, from: number): number | undefined {
  const times = context.signals
    .filter((s) => s.person === person && s.time >= from)
    .map((s) => s.time)
    .sort((a, b) => a - b);
  return times.find((time) => riskTop(context, time)[0]?.person === person);
}
