/**
 * @module Rule fixtures: for `rules/<rule>.yml`, `rules/fixtures/<rule>.yml` holds events that must make the rule
 * fire, and the ids of the events its signal must name. `molehunt rules test` and the test suite run every one with
 * the whole rule pack loaded, so a fixture also proves the rule's correlations are wired.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { contentMatcherOf, fingerprintOf } from '../leaks/index.js';
import { type Event, type EventKind, eventKindNames, wallTimeToUtc } from '../model/index.js';
import { leakClassifications } from '../store/index.js';
import { Engine, type Signal } from './engine/engine.js';
import type { RuleSet } from './load.js';
import { parseTimespan } from './sigma/timespan.js';

const fixtureSchema = z.strictObject({
  /** The zone of `at` and of the baselines' usual hours. */
  timeZone: z.string().default('Asia/Shanghai'),
  /** Peer group (department) by person. */
  persons: z.record(z.string(), z.string()).default({}),
  /** Registered values by lookup name. */
  lookups: z.record(z.string(), z.array(z.string())).default({}),
  /** Registered confidential documents, by their text, for `|fingerprint`. */
  documents: z
    .array(
      z.strictObject({
        id: z.string(),
        title: z.string().optional(),
        classification: z.enum(leakClassifications),
        text: z.string().min(1),
      }),
    )
    .default([]),
  events: z
    .array(
      z.strictObject({
        /** A name for the event, which `fires` refers to; repeats get `name.0`, `name.1`, … */
        id: z.string().optional(),
        at: z.string().regex(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}(:\d{2})?$/, 'write YYYY-MM-DD HH:MM[:SS]'),
        kind: z.enum(eventKindNames as [EventKind, ...EventKind[]]),
        action: z.string(),
        user: z.string().optional(),
        target: z.string().optional(),
        source: z.string().default('fixture'),
        attrs: z.record(z.string(), z.unknown()).default({}),
        /** The same event again and again, to give a baseline its history. */
        repeat: z.strictObject({ times: z.number().int().min(1).max(1000), every: z.string() }).optional(),
      }),
    )
    .min(1),
  /**
   * The ids of the events one of the rule's signals must name, exactly; or a list of such lists, one per signal the
   * rule must raise.
   */
  fires: z.union([z.array(z.string()).min(1), z.array(z.array(z.string()).min(1)).min(1)]),
  /** Events none of the rule's signals may name: the near misses that show what the rule leaves alone. */
  quiet: z.array(z.string()).default([]),
});

export interface FixtureResult {
  rule: string;
  title: string;
  fixture: string;
  ok: boolean;
  /** Why it failed, or what fired. */
  message: string;
}

/** Where a rule's fixture lives. */
export function fixturePath(rulePath: string): string {
  return join(dirname(rulePath), 'fixtures', basename(rulePath).replace(/\.ya?ml$/, '.yml'));
}

/** Runs the fixture of every rule in the set; a rule without one fails. */
export function runFixtures(rules: RuleSet): FixtureResult[] {
  return [...rules.detections, ...rules.correlations]
    .sort((a, b) => (a.path < b.path ? -1 : 1))
    .map((rule) => {
      const fixture = fixturePath(rule.path);
      const result = { rule: rule.id, title: rule.title, fixture };
      if (!existsSync(fixture)) return { ...result, ok: false, message: `no fixture; write ${fixture}` };
      try {
        return { ...result, ...runFixture(rules, rule.id, fixture) };
      } catch (error) {
        return { ...result, ok: false, message: (error as Error).message };
      }
    });
}

function runFixture(rules: RuleSet, ruleId: string, path: string): { ok: boolean; message: string } {
  const parsed = fixtureSchema.safeParse(parse(readFileSync(path, 'utf8')));
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return { ok: false, message: `${path}: ${issue.path.join('.')}: ${issue.message}` };
  }
  const fixture = parsed.data;
  const events = expand(fixture, path);
  const engine = new Engine(rules.detections, rules.correlations, {
    timeZone: fixture.timeZone,
    peerGroups: new Map(Object.entries(fixture.persons)),
    lookups: new Map(
      Object.entries(fixture.lookups).map(([k, v]) => [k, new Set(v.map((x) => x.toLowerCase()))]),
    ),
    contentMatcher: fixture.documents.length
      ? contentMatcherOf(
          fixture.documents.map((d) => ({
            ...d,
            title: d.title ?? d.id,
            fingerprint: fingerprintOf(d.text),
          })),
        )
      : undefined,
    signalEveryRule: true,
  });
  const signals: Signal[] = [];
  for (const event of events) signals.push(...engine.process(event));
  signals.push(...engine.finish());
  const own = signals.filter((s) => s.rule === ruleId);
  const lists = fixture.fires.every((f) => typeof f === 'string') ? [fixture.fires] : fixture.fires;
  const wanted = lists.map((ids) => [...ids].sort().join(', '));
  const got = own.map((s) => [...s.events].sort().join(', '));
  const named = (list: string[]) => (list.length ? list.map((g) => `[${g}]`).join(' ') : 'none');
  const missing = wanted.filter((want) => !got.includes(want));
  if (missing.length)
    return { ok: false, message: `${path}: expected a signal naming ${named(missing)}, got ${named(got)}` };
  const loud = fixture.quiet.filter((id) => own.some((s) => s.events.includes(id)));
  if (loud.length)
    return { ok: false, message: `${path}: ${loud.join(', ')} should stay quiet, but a signal names it` };
  return { ok: true, message: `fired on ${named(wanted)}` };
}

/** The fixture's events with times in UTC and repeats spelled out, in time order. */
function expand(fixture: z.infer<typeof fixtureSchema>, path: string): Event[] {
  const events: Event[] = [];
  fixture.events.forEach((spec, index) => {
    const [date = '', time = ''] = spec.at.split(' ');
    const [y, mo, d] = date.split('-').map(Number);
    const [h, mi, s = 0] = time.split(':').map(Number);
    const start = wallTimeToUtc(Date.UTC(y!, mo! - 1, d!, h!, mi!, s), fixture.timeZone);
    const every = spec.repeat ? parseTimespan(spec.repeat.every) : 0;
    if (every === undefined) throw new Error(`${path}: events.${index}.repeat.every: a timespan such as 1d`);
    const times = spec.repeat?.times ?? 1;
    for (let k = 0; k < times; k++) {
      const name = spec.id ?? `#${index}`;
      events.push({
        id: spec.repeat ? `${name}.${k}` : name,
        time: start + k * every,
        source: spec.source,
        kind: spec.kind,
        action: spec.action,
        actor: spec.user,
        target: spec.target,
        attrs: spec.attrs as Event['attrs'],
        raw: { batch: 'fixture', file: path, line: index + 1 },
      });
    }
  });
  return events.sort((a, b) => a.time - b.time);
}
