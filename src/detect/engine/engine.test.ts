import { describe, expect, it } from 'vitest';
import type { Event } from '../../model/index.js';
import { loadCorrelationRule } from '../sigma/correlation.js';
import { loadSigmaRule } from '../sigma/rule.js';
import { eventMaker } from '../test-events.js';
import { Engine, type Signal } from './engine.js';

let n = 0;
const uuid = () => `00000000-0000-8000-8000-${String(++n).padStart(12, '0')}`;
const minute = 60_000;
const t0 = Date.UTC(2025, 8, 1, 13, 0);

const ev = eventMaker(t0, minute);

const detection = (name: string, category: string, selection: string) =>
  loadSigmaRule(
    `title: ${name}\nname: ${name}\nid: ${uuid()}\nlogsource:\n  product: molehunt\n  category: ${category}\ndetection:\n  selection:\n${selection}\n  condition: selection`,
    `${name}.yml`,
  );
const correlation = (body: string) =>
  loadCorrelationRule(`title: correlation\nid: ${uuid()}\nlevel: high\ncorrelation:\n${body}`, 'mr.yml');

const n5Exit = detection('n5_exit', 'badge', '    molehunt.area: SZ-N5\n    event.action: badge.out');
const checkout = detection(
  'n5_checkout',
  'asset',
  '    molehunt.area: SZ-N5\n    event.action: asset.checkout',
);
const garage = detection('garage', 'vehicle', '    event.action: vehicle.sighting');
const usbCopy = detection('usb_copy', 'file', '    molehunt.file.to_removable: true');
const external = detection('external_mail', 'email', "    email.to.address|endswith: '@qq.com'");

const exitWithoutCheckout = correlation(
  '  type: absence\n  rules: [n5_exit]\n  absent: n5_checkout\n  group-by: [user.id]\n  timespan: 10m',
);
const exitThenGarage = correlation(
  '  type: temporal_ordered\n  rules: [n5_exit, garage]\n  group-by: [user.id]\n  timespan: 30m',
);
const manyCopies = correlation(
  '  type: event_count\n  rules: [usb_copy]\n  group-by: [user.id]\n  timespan: 1h\n  condition:\n    gte: 3',
);
const manyRecipients = correlation(
  '  type: value_count\n  rules: [external_mail]\n  group-by: [user.id]\n  timespan: 1d\n  condition:\n    field: email.to.address\n    gte: 2',
);

const rules = [n5Exit, checkout, garage, usbCopy, external];
const correlations = [exitWithoutCheckout, exitThenGarage, manyCopies, manyRecipients];

function story(): Event[] {
  return [
    ev('badge', 'badge.out', 0, 'zhou', { 'molehunt.area': 'SZ-N5' }), // no check-out follows
    ev('badge', 'badge.out', 1, 'lab', { 'molehunt.area': 'SZ-N5' }),
    ev('asset', 'asset.checkout', 3, 'lab', { 'molehunt.area': 'SZ-N5' }), // checked out: no absence signal
    ev('vehicle', 'vehicle.sighting', 18, 'zhou', { 'molehunt.vehicle.plate': '*87D' }),
    ev('file', 'file.copy', 20, 'dev', { 'molehunt.file.to_removable': true }),
    ev('file', 'file.copy', 40, 'dev', { 'molehunt.file.to_removable': true }),
    ev('email', 'email.send', 41, 'dev', { 'email.to.address': ['x@qq.com'] }),
    ev('email', 'email.send', 42, 'dev', { 'email.to.address': ['y@qq.com'] }),
    ev('file', 'file.copy', 95, 'dev', { 'molehunt.file.to_removable': true }), // 75 min after the first: window slid
    ev('file', 'file.copy', 96, 'dev', { 'molehunt.file.to_removable': true }),
  ];
}

const brief = (signals: Signal[]) =>
  signals.map(
    (s) =>
      `${s.title === 'correlation' ? correlations.find((c) => c.id === s.rule)!.type : s.title}:${s.person}:${s.events.length}`,
  );

describe('the detection engine', () => {
  it('raises absence, sequence, count and distinct-value signals by event time, and silences correlated base rules', () => {
    const engine = new Engine(rules, correlations, { allowedLatenessMs: 0 });
    const events = story();
    const signals = [...events.flatMap((e) => engine.process(e)), ...engine.finish()];
    expect(brief(signals)).toEqual([
      'absence:zhou:1',
      'temporal_ordered:zhou:2',
      'value_count:dev:2',
      'event_count:dev:3',
    ]);
    const absence = signals[0]!;
    expect(absence.time).toBe(t0 + 10 * minute);
    expect(absence.events).toEqual([events[0]!.id]);
    expect(signals[3]!.events).toEqual([events[5]!.id, events[8]!.id, events[9]!.id]);
  });

  it('waits for the allowed lateness before closing a window, and counts events that come later still', () => {
    const engine = new Engine(rules, correlations, { allowedLatenessMs: 15 * minute });
    const events = story();
    const early = events.slice(0, 4).flatMap((e) => engine.process(e));
    // At 18 min the watermark is at 3 min: the 10-minute absence window is still open.
    expect(brief(early)).toEqual(['temporal_ordered:zhou:2']);
    engine.process(ev('badge', 'badge.in', 60, 'someone'));
    engine.process(ev('badge', 'badge.in', 2, 'late'));
    expect(engine.late).toBe(1);
  });

  it('resumes from a snapshot without losing or repeating a signal', () => {
    const events = story();
    const straight = new Engine(rules, correlations, { allowedLatenessMs: 0 });
    const expected = [...events.flatMap((e) => straight.process(e)), ...straight.finish()];

    const first = new Engine(rules, correlations, { allowedLatenessMs: 0 });
    const before = events.slice(0, 6).flatMap((e) => first.process(e));
    const saved = JSON.parse(JSON.stringify(first.snapshot()));
    const second = new Engine(rules, correlations, { allowedLatenessMs: 0 });
    second.restore(saved);
    const after = [...events.slice(6).flatMap((e) => second.process(e)), ...second.finish()];
    expect([...before, ...after]).toEqual(expected);
  });

  it('holds state per active group, not per event', () => {
    const engine = new Engine(rules, correlations, { allowedLatenessMs: 0 });
    for (let i = 0; i < 5000; i++)
      engine.process(
        ev('file', 'file.copy', i * 2, `p${i % 50}`, { 'molehunt.file.to_removable': i % 7 === 0 }),
      );
    expect(engine.groups).toBeLessThanOrEqual(50);
  });

  it('refuses a correlation that names an unknown rule', () => {
    const stray = correlation(
      '  type: temporal\n  rules: [n5_exit, nowhere]\n  group-by: [user.id]\n  timespan: 5m',
    );
    expect(() => new Engine(rules, [stray])).toThrow(/correlation.rules names "nowhere"/);
    expect(() =>
      correlation('  type: event_count\n  rules: [usb_copy]\n  timespan: 1h\n  condition:\n    lt: 3'),
    ).toThrow(/mr\.yml:\d+: correlation\.condition\.lt: a streaming engine cannot know/);
  });

  it('lets an absence look back: a badge just before the face is no tailgating', () => {
    const face = detection('face', 'camera', '    event.action: camera.face');
    const badgeIn = detection('badge_in', 'badge', '    event.action: badge.in');
    const tailgating = correlation(
      '  type: absence\n  rules: [face]\n  absent: badge_in\n  group-by: [user.id]\n  timespan: 1m\n  lookback: 1m',
    );
    const engine = new Engine([face, badgeIn], [tailgating], { allowedLatenessMs: 0 });
    const signals = [
      ev('badge', 'badge.in', 0, 'holder'),
      ev('camera', 'camera.face', 0.05, 'holder'),
      ev('camera', 'camera.face', 0.1, 'follower'),
      ev('badge', 'badge.in', 5, 'someone'),
    ].flatMap((e) => engine.process(e));
    expect(signals.map((s) => s.person)).toEqual(['follower']);
  });
});
