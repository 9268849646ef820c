import { describe, expect, it } from 'vitest';
import type { Event } from '../../model/index.js';
import { Engine, type EngineOptions, type Signal } from '../engine/engine.js';
import { loadCorrelationRule } from '../sigma/correlation.js';
import { loadSigmaRule, type RuleLoadError } from '../sigma/rule.js';
import { eventMaker } from '../test-events.js';

const hour = 3_600_000;
const day = 24 * hour;
/** 2025-08-01 00:00 in Shanghai. */
const t0 = Date.UTC(2025, 6, 31, 16, 0);

const ev = eventMaker(t0, 1);

function rule(body: string, name = 'r') {
  return loadSigmaRule(
    `title: ${name}\nname: ${name}\nid: 0b5d1a3e-9c7f-4e2a-8b6d-4f1e3a5c7b9${name.length}\nlogsource:\n  product: molehunt\n${body}`,
    `${name}.yml`,
  );
}

function run(rules: ReturnType<typeof rule>[], events: Event[], options: EngineOptions = {}): Signal[] {
  const engine = new Engine(rules, [], { timeZone: 'Asia/Shanghai', ...options });
  return events.sort((a, b) => a.time - b.time).flatMap((e) => engine.process(e));
}

/** A person who badges in at 09:00 and out at 18:00 every day for `days` days. */
function workdays(person: string, days: number, area = 'SZ-OFFICE-A'): Event[] {
  return Array.from({ length: days }, (_, d) => [
    ev('badge', 'badge.in', d * day + 9 * hour, person, { 'molehunt.area': area }),
    ev('badge', 'badge.out', d * day + 18 * hour, person, { 'molehunt.area': area }),
  ]).flat();
}

const oddHour = rule(
  '  category: badge\ndetection:\n  selection:\n    event.action: badge.in\n  condition: selection and odd\nbaseline:\n  odd:\n    type: unusual_hour\n    share: 0.01\n    min_history: 20',
);

describe('unusual_hour', () => {
  it('fires after the person usually leaves, not within their day or at its edge', () => {
    const late = ev('badge', 'badge.in', 20 * day + 21.5 * hour, 'A');
    const midday = ev('badge', 'badge.in', 21 * day + 13 * hour, 'A');
    const early = ev('badge', 'badge.in', 22 * day + 8.2 * hour, 'A');
    const signals = run([oddHour], [...workdays('A', 20), late, midday, early]);
    expect(signals.map((s) => s.events[0])).toEqual([late.id]);
  });

  it('reads hours in the configured zone whichever zone that is', () => {
    const late = ev('badge', 'badge.in', 20 * day + 21.5 * hour, 'A');
    expect(run([oddHour], [...workdays('A', 20), late], { timeZone: 'UTC' })).toHaveLength(1);
  });

  it('waits for a week of history, then uses the peer group while a person has little', () => {
    const newcomerLate = ev('badge', 'badge.in', 10 * day + 23 * hour, 'NEW');
    const tooSoon = ev('badge', 'badge.in', 3 * day + 21 * hour, 'B');
    const peers = new Map([
      ['B', 'RD'],
      ['NEW', 'RD'],
    ]);
    const signals = run([oddHour], [...workdays('B', 10), tooSoon, newcomerLate], { peerGroups: peers });
    expect(signals.map((s) => s.events[0])).toEqual([newcomerLate.id]);
    expect(run([oddHour], [...workdays('B', 10), newcomerLate])).toEqual([]);
  });
});

describe('first_time', () => {
  const newArea = rule(
    '  category: badge\ndetection:\n  selection:\n    event.action: badge.in\n  condition: selection and new\nbaseline:\n  new:\n    type: first_time\n    of: [molehunt.area]\n    peers: true\n    learn: 14d',
  );

  it('fires on an area new to the person and their department, after the learning period', () => {
    const peers = new Map([
      ['A', 'MKT'],
      ['C', 'MKT'],
    ]);
    const duringLearning = ev('badge', 'badge.in', 5 * day + 10 * hour, 'A', { 'molehunt.area': 'SZ-RD' });
    const colleagueWent = ev('badge', 'badge.in', 15 * day + 10 * hour, 'C', {
      'molehunt.area': 'SZ-SERVER',
    });
    const known = ev('badge', 'badge.in', 16 * day + 10 * hour, 'A', { 'molehunt.area': 'SZ-SERVER' });
    const fresh = ev('badge', 'badge.in', 17 * day + 10 * hour, 'A', { 'molehunt.area': 'SZ-N5' });
    const again = ev('badge', 'badge.in', 18 * day + 10 * hour, 'A', { 'molehunt.area': 'SZ-N5' });
    const signals = run(
      [newArea],
      [...workdays('A', 20), ...workdays('C', 20), duringLearning, colleagueWent, known, fresh, again],
      { peerGroups: peers },
    );
    // The colleague's first visit to the server room is new for the department too; A's visit after it is not.
    expect(signals.map((s) => s.events[0])).toEqual([colleagueWent.id, fresh.id]);
  });
});

describe('first_time memory', () => {
  const newHost = rule(
    '  category: logon\ndetection:\n  selection:\n    event.action: logon\n  condition: selection and new\nbaseline:\n  new:\n    type: first_time\n    of: [host.name]\n    learn: 1d',
  );

  it('is bounded per person: a host unused for 256 others counts as new again', () => {
    const logon = (at: number, host: string) => ev('logon', 'logon', at, 'A', { 'host.name': host });
    const own = logon(0, 'OWN-PC');
    const hosts = Array.from({ length: 256 }, (_, i) => logon(2 * day + i * 60_000, `PC-${i}`));
    const backToOwn = logon(3 * day, 'OWN-PC');
    const signals = run([newHost], [own, ...hosts, backToOwn]);
    expect(signals).toHaveLength(257);
    expect(signals.at(-1)!.events).toEqual([backToOwn.id]);
  });
});

describe('above_volume', () => {
  const copies = rule(
    '  category: file\ndetection:\n  copy:\n    molehunt.file.to_removable: true\n  condition: copy and many\nbaseline:\n  many:\n    type: above_volume\n    count: copy\n    percentile: 95\n    min: 3',
  );
  const copy = (person: string, at: number) =>
    ev('file', 'file.copy', at, person, { 'molehunt.file.to_removable': true });

  it('fires once, on the copy that lifts the day above the person’s usual', () => {
    const usual = Array.from({ length: 10 }, (_, d) => [
      copy('A', d * day + 10 * hour),
      copy('A', d * day + 11 * hour),
    ]).flat();
    const burst = Array.from({ length: 6 }, (_, i) => copy('A', 12 * day + 10 * hour + i * 60_000));
    const signals = run([copies], [...usual, ...burst]);
    expect(signals.map((s) => s.events[0])).toEqual([burst[2]!.id]);
  });

  it('says nothing without history, and learns across a snapshot', () => {
    const usual = Array.from({ length: 10 }, (_, d) => copy('A', d * day + 10 * hour));
    const burst = Array.from({ length: 4 }, (_, i) => copy('A', 12 * day + 10 * hour + i * 60_000));
    expect(run([copies], [...burst])).toEqual([]);
    const first = new Engine([copies], [], { timeZone: 'Asia/Shanghai' });
    for (const e of usual) first.process(e);
    const second = new Engine([copies], [], { timeZone: 'Asia/Shanghai' });
    second.restore(JSON.parse(JSON.stringify(first.snapshot())));
    expect(burst.flatMap((e) => second.process(e)).map((s) => s.events[0])).toEqual([burst[2]!.id]);
  });
});

describe('baseline sections', () => {
  it('are checked like the rest of a rule', () => {
    const attempt = (baseline: string) => {
      try {
        rule(
          `  category: file\ndetection:\n  copy:\n    event.action: file.copy\n  condition: copy and b\nbaseline:\n  b:\n${baseline}`,
        );
      } catch (error) {
        return (error as RuleLoadError).message;
      }
      return 'loaded';
    };
    expect(attempt('    type: above_volume\n    count: nothing')).toMatch(
      /r\.yml:\d+: baseline\.b\.count: name the search identifier whose matches are counted \(one of copy\)/,
    );
    expect(attempt('    type: usual')).toMatch(
      /baseline\.b\.type: use first_time, unusual_hour or above_volume/,
    );
    expect(attempt('    type: first_time\n    of: [host.name]\n    learn: soon')).toMatch(
      /baseline\.b\.learn/,
    );
    expect(attempt('    type: unusual_hour\n    shares: 0.1')).toMatch(
      /baseline\.b\.shares: a unusual_hour baseline takes/,
    );
    expect(attempt('    type: first_time\n    of: [host.name]')).toBe('loaded');
  });
});

describe('correlations over correlations', () => {
  const entry = rule(
    '  category: badge\ndetection:\n  s:\n    event.action: badge.in\n  condition: s',
    'entry',
  );
  const exit = rule(
    '  category: badge\ndetection:\n  s:\n    event.action: badge.out\n  condition: s',
    'exit',
  );
  const checkout = rule(
    '  category: asset\ndetection:\n  s:\n    event.action: asset.checkout\n  condition: s',
    'checkout',
  );
  const visit = loadCorrelationRule(
    'title: visit\nname: visit\nid: 1b5d1a3e-9c7f-4e2a-8b6d-4f1e3a5c7b92\ncorrelation:\n  type: temporal_ordered\n  rules: [entry, exit]\n  group-by: [user.id]\n  timespan: 4h\n  generate: [entry]',
    'visit.yml',
  );
  const nothingTaken = loadCorrelationRule(
    'title: nothing taken\nid: 2b5d1a3e-9c7f-4e2a-8b6d-4f1e3a5c7b92\ncorrelation:\n  type: absence\n  rules: [visit]\n  absent: checkout\n  group-by: [user.id]\n  timespan: 10m\n  lookback: 4h',
    'nothing.yml',
  );

  it('chain: a visit without a check-out during it or just after; `generate` keeps the entry’s own signal', () => {
    const engine = new Engine([entry, exit, checkout], [visit, nothingTaken], { allowedLatenessMs: 0 });
    const events = [
      ev('badge', 'badge.in', 21 * hour, 'A'),
      ev('badge', 'badge.out', 21.3 * hour, 'A'),
      ev('badge', 'badge.in', 21 * hour, 'B'),
      ev('asset', 'asset.checkout', 21.1 * hour, 'B'),
      ev('badge', 'badge.out', 21.3 * hour, 'B'),
      ev('logon', 'logon', 23 * hour, 'C'),
    ].sort((a, b) => a.time - b.time);
    const signals = [...events.flatMap((e) => engine.process(e)), ...engine.finish()];
    expect(signals.map((s) => `${s.title}:${s.person}:${s.events.length}`)).toEqual([
      'entry:A:1',
      'entry:B:1',
      'nothing taken:A:2',
    ]);
  });
});
