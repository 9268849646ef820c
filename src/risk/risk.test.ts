import { describe, expect, it } from 'vitest';
import type { Event, Signal } from '../model/index.js';
import { alertsFrom } from './alerts.js';
import { boostersAt } from './boosters.js';
import { rankAt } from './rank.js';
import { decayed, HALF_LIFE_MS, signalPoints, stagesOf } from './score.js';

const day = 24 * 3_600_000;
const t0 = Date.UTC(2025, 8, 1, 13, 30);
let n = 0;
const signal = (person: string, rule: string, level: string, time: number): Signal => ({
  id: `s${++n}`,
  rule,
  title: rule,
  level,
  person,
  time,
  group: {},
  events: [`e${n}`],
});
const hr = (action: string, time: number, attrs: Event['attrs'] = {}): Event => ({
  id: `hr${++n}`,
  time,
  source: 'hr',
  kind: 'hr',
  action,
  actor: 'A',
  attrs,
  raw: { batch: 'b', file: 'f', line: n },
});
const date = (time: number) => new Date(time).toISOString().slice(0, 10);

describe('scoring', () => {
  it('weighs later stages more and fades by half each half-life', () => {
    expect(stagesOf(['molehunt.access', 'attack.t1052', 'molehunt.exfiltration'])).toEqual([
      'access',
      'exfiltration',
    ]);
    expect(signalPoints({ level: 'high' }, ['exfiltration'])).toBeGreaterThan(
      signalPoints({ level: 'high' }, ['access']),
    );
    expect(signalPoints({ level: 'informational' }, ['exfiltration'])).toBe(0);
    expect(decayed(40, t0, t0 + HALF_LIFE_MS)).toBeCloseTo(20);
    expect(decayed(40, t0 + 1, t0)).toBe(0);
  });

  it('ranks several kinds of signal above one pattern repeated, and only counts what happened by then', () => {
    const stages = (rule: string) =>
      rule === 'copy' ? stagesOf(['molehunt.collection']) : stagesOf(['molehunt.exfiltration']);
    const repeated = Array.from({ length: 8 }, (_, i) => signal('REPEAT', 'copy', 'high', t0 - i * 60_000));
    const varied = [signal('VARIED', 'copy', 'high', t0), signal('VARIED', 'mail', 'high', t0)];
    const later = signal('LATER', 'mail', 'critical', t0 + day);
    const ranked = rankAt(t0, [...repeated, ...varied, later], { stagesOf: stages, boostersOf: () => [] });
    expect(ranked.map((p) => p.person)).toEqual(['VARIED', 'REPEAT']);
    expect(ranked[0]!.stages).toEqual(['collection', 'exfiltration']);
  });
});

describe('boosters', () => {
  it('apply with their reasons and dates, each kind once, and only from events before the moment', () => {
    const events = [
      hr('hr.discipline', t0 - 1000 * day, { 'molehunt.hr.reason': 'leaked a launch date' }),
      hr('hr.discipline', t0 - 100 * day, {
        'molehunt.hr.reason': 'took a sample out',
        'molehunt.hr.sanction': 'warning;demotion',
      }),
      hr('hr.resign', t0 - 10 * day),
      hr('hr.resign', t0 + day),
      hr('hr.improvement_plan', t0 - 30 * day),
      hr('hr.improvement_plan', t0 - 400 * day),
    ];
    const person = {
      type: 'person',
      id: 'A',
      name: 'A',
      attrs: { 'molehunt.hr.role': '中国区市场部总经理' },
      source: 'roster',
    } as const;
    const boosters = boostersAt(t0, events, person, false, date);
    expect(boosters.map((b) => `${b.kind} ${b.factor} ${b.reason}`)).toEqual([
      'priority_person 1.3 an executive (中国区市场部总经理)',
      'discipline 1.5 disciplined on 2025-05-24: took a sample out',
      'demotion 1.3 demoted on 2025-05-24',
      'improvement_plan 1.3 put on a performance improvement plan on 2025-08-02',
      'resignation 1.5 filed a resignation on 2025-08-22',
    ]);
    expect(boostersAt(t0 - 500 * day, events, undefined, true, date).map((b) => b.reason)).toEqual([
      'receives secret documents',
      'disciplined on 2022-12-06: leaked a launch date',
    ]);
  });

  it('multiply a person’s risk', () => {
    const signals = [signal('A', 'mail', 'high', t0), signal('B', 'mail', 'high', t0)];
    const ranked = rankAt(t0, signals, {
      stagesOf: () => [],
      boostersOf: (p) =>
        p === 'B' ? boostersAt(t0, [hr('hr.resign', t0 - day)], undefined, false, date) : [],
    });
    expect(ranked.map((p) => p.person)).toEqual(['B', 'A']);
    expect(ranked[0]!.risk).toBeCloseTo(ranked[1]!.risk * 1.5);
  });
});

describe('alerts', () => {
  const model = { stagesOf: (rule: string) => stagesOf([`molehunt.${rule}`]), boostersOf: () => [] };

  it('open at the threshold, once per person, and later signals update them', () => {
    const signals = [
      signal('A', 'access', 'low', t0),
      signal('A', 'exfiltration', 'high', t0 + 60_000),
      signal('A', 'exfiltration', 'critical', t0 + day),
      signal('B', 'access', 'low', t0),
    ];
    const alerts = alertsFrom(signals, model, t0 + 2 * day);
    expect(alerts.map((a) => [a.person, a.cause, a.opened, a.updated])).toEqual([
      ['A', 'threshold', t0 + 60_000, t0 + day],
    ]);
    expect(alerts[0]!.risk.signals).toHaveLength(3);
  });

  it('open on signals spanning three stages of a leak within a week, however low', () => {
    const low = (rule: string, at: number) => signal('C', rule, 'low', at);
    const spread = [low('access', t0), low('collection', t0 + day), low('exfiltration', t0 + 2 * day)];
    const [alert] = alertsFrom(spread, model, t0 + 3 * day, {
      threshold: 1000,
      stageCount: 3,
      spanWindowMs: 7 * day,
    });
    expect(alert!.cause).toBe('stages');
    expect(alert!.opened).toBe(t0 + 2 * day);
    const slow = [low('access', t0), low('collection', t0 + 10 * day), low('exfiltration', t0 + 20 * day)];
    expect(
      alertsFrom(slow, model, t0 + 30 * day, {
        threshold: 1000,
        stageCount: 3,
        spanWindowMs: 7 * day,
      }),
    ).toEqual([]);
  });
});
