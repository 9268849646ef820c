/**
 * @module What the API answers, built for one viewer: a person is a pseudonym unless this viewer unmasked them. The
 * masker then runs over every answer (hooks.ts), so names inside free text are replaced too.
 */
import { describeEvent, type Event, laneOfKind, type Signal } from '../model/index.js';
import type { ScoredSignal } from '../risk/index.js';
import type { ExplainedAlert, WorkspaceView } from './workspace.js';

export interface PersonRefView {
  ref: string;
  pseudonym: string;
  masked: boolean;
  priority: boolean;
  department?: string;
  id?: string;
  name?: string;
  nameEn?: string;
  role?: string;
}

export function personRef(view: WorkspaceView, id: string, revealed: ReadonlySet<string>): PersonRefView {
  const pseudonym = view.directory.refOf(id, new Set());
  const entity = view.persons.get(id);
  const department = entity?.attrs['molehunt.hr.department'];
  const ref: PersonRefView = { ref: pseudonym, pseudonym, masked: true, priority: view.isPriority(id) };
  if (typeof department === 'string') ref.department = department;
  if (!revealed.has(id)) return ref;
  const role = entity?.attrs['molehunt.hr.role'];
  return {
    ...ref,
    ref: id,
    masked: false,
    id,
    name: entity?.name ?? id,
    ...(entity?.names?.en || entity?.names?.pinyin ? { nameEn: entity.names.en ?? entity.names.pinyin } : {}),
    ...(typeof role === 'string' ? { role } : {}),
  };
}

/** Risk and points as the API gives them: one decimal. */
export const round = (value: number) => Math.round(value * 10) / 10;

export function alertView(view: WorkspaceView, alert: ExplainedAlert, revealed: ReadonlySet<string>) {
  const { risk } = alert;
  const rules = [...new Set(risk.signals.map((s) => s.signal.rule))].map((rule) => {
    const title = view.context.titleOf(rule);
    return { rule, title: title.en, titleZh: title.zh };
  });
  return {
    id: alert.id,
    person: personRef(view, alert.person, revealed),
    risk: round(risk.risk),
    opened: alert.opened,
    updated: alert.updated,
    cause: alert.cause,
    stages: risk.stages,
    signalCount: risk.signals.length,
    rules,
    boosters: risk.boosters,
    explanation: alert.explanation,
  };
}

export function signalView(view: WorkspaceView, scored: ScoredSignal) {
  const { signal } = scored;
  const title = view.context.titleOf(signal.rule);
  return {
    id: signal.id,
    rule: signal.rule,
    title: title.en,
    titleZh: title.zh,
    level: signal.level,
    time: signal.time,
    stages: scored.stages,
    points: round(scored.points),
    now: round(scored.now),
    events: signal.events,
    ...(scored.asset ? { asset: scored.asset } : {}),
    ...(scored.attribution ? { attribution: scored.attribution } : {}),
  };
}

/** Which rules' signals each event is part of. */
export function signalRulesByEvent(signals: readonly Signal[]): Map<string, string[]> {
  const rules = new Map<string, string[]>();
  for (const signal of signals) {
    for (const event of signal.events) rules.set(event, [...(rules.get(event) ?? []), signal.rule]);
  }
  return rules;
}

export function timelineItem(event: Event, rules: ReadonlyMap<string, string[]>) {
  return {
    id: event.id,
    time: event.time,
    lane: laneOfKind[event.kind],
    kind: event.kind,
    action: event.action,
    source: event.source,
    ...(event.target ? { target: event.target } : {}),
    summary: describeEvent(event),
    attrs: event.attrs,
    raw: { file: event.raw.file, line: event.raw.line },
    signals: rules.get(event.id) ?? [],
  };
}
