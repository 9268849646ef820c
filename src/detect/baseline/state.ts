/**
 * @module The state behind each baseline: per person and per peer group, bounded by the people and the distinct
 * values they use, never by the number of events. Each is tested before it learns from the event, so "first time"
 * means "not seen before this event".
 */
import type { Event } from '../../model/index.js';
import { type EventTest, fieldReader, type MatchContext } from '../sigma/match-context.js';
import type { BaselineEnvironment } from './peers.js';
import type { AboveVolumeSpec, BaselineSpec, FirstTimeSpec, UnusualHourSpec } from './spec.js';

export interface Baseline {
  test(event: Event, context: MatchContext): boolean;
  learn(event: Event, context: MatchContext): void;
  snapshot(): unknown;
  restore(state: unknown): void;
}

export function createBaseline(
  spec: BaselineSpec,
  identifiers: ReadonlyMap<string, EventTest>,
  env: BaselineEnvironment,
): Baseline {
  switch (spec.type) {
    case 'first_time':
      return new FirstTime(spec, env);
    case 'unusual_hour':
      return new UnusualHour(spec, env);
    case 'above_volume':
      return new AboveVolume(spec, identifiers.get(spec.count)!, env);
  }
}

interface Seen {
  since: number;
  keys: Set<string>;
}

/** Caps the keys of one event (a mail to many domains) so one event cannot flood the state. */
const MAX_KEYS = 64;
/**
 * Values remembered per person and per peer group, the least recently used forgotten first: memory stays bounded per
 * person however long they are watched, at the price of a value unused for a long time counting as new again.
 */
const REMEMBERED_PER_PERSON = 256;
const REMEMBERED_PER_GROUP = 4096;

class FirstTime implements Baseline {
  private persons = new Map<string, Seen>();
  private groups = new Map<string, Seen>();
  private readonly readers: ((event: Event) => string[])[];

  constructor(
    private readonly spec: FirstTimeSpec,
    private readonly env: BaselineEnvironment,
  ) {
    this.readers = spec.of.map((field) => keyReader(field, env));
  }

  test(event: Event): boolean {
    const person = event.actor;
    if (!person) return false;
    const keys = this.keys(event);
    if (!keys.length) return false;
    const own = this.persons.get(person);
    const learned = (seen: Seen | undefined) => !!seen && event.time - seen.since >= this.spec.learnMs;
    if (!this.spec.peers) return learned(own) && keys.some((k) => !own!.keys.has(k));
    const groupName = this.env.peerGroup(person);
    const group = groupName === undefined ? undefined : this.groups.get(groupName);
    if (!learned(own) && !learned(group)) return false;
    return keys.some((k) => !own?.keys.has(k) && !group?.keys.has(k));
  }

  learn(event: Event): void {
    const person = event.actor;
    if (!person) return;
    const keys = this.keys(event);
    remember(this.persons, person, event.time, keys, REMEMBERED_PER_PERSON);
    const group = this.spec.peers ? this.env.peerGroup(person) : undefined;
    if (group !== undefined) remember(this.groups, group, event.time, keys, REMEMBERED_PER_GROUP);
  }

  /** The event's value combinations of the `of` fields; none when a field is missing. */
  private keys(event: Event): string[] {
    const readers = this.readers;
    if (readers.length === 1) {
      const values = readers[0]!(event);
      return values.length > MAX_KEYS ? values.slice(0, MAX_KEYS) : values;
    }
    if (readers.length === 2) {
      const first = readers[0]!(event);
      if (!first.length) return [];
      const second = readers[1]!(event);
      if (first.length === 1 && second.length === 1) return [`${first[0]}\u0000${second[0]}`];
    }
    let keys = [''];
    for (const read of this.readers) {
      const values = read(event);
      if (!values.length) return [];
      keys = keys.flatMap((k) => values.map((v) => (k ? `${k}\u0000${v}` : v))).slice(0, MAX_KEYS);
    }
    return keys;
  }

  snapshot(): unknown {
    const dump = (map: Map<string, Seen>) => [...map].map(([k, s]) => [k, s.since, [...s.keys]]);
    return { persons: dump(this.persons), groups: dump(this.groups) };
  }

  restore(state: unknown): void {
    const s = state as { persons: [string, number, string[]][]; groups: [string, number, string[]][] };
    const load = (rows: [string, number, string[]][]) =>
      new Map(rows.map(([k, since, keys]) => [k, { since, keys: new Set(keys) }]));
    this.persons = load(s.persons);
    this.groups = load(s.groups);
  }
}

function remember(
  map: Map<string, Seen>,
  name: string,
  time: number,
  keys: readonly string[],
  limit: number,
): void {
  let seen = map.get(name);
  if (!seen) {
    seen = { since: time, keys: new Set<string>() };
    map.set(name, seen);
  }
  for (const key of keys) {
    if (!seen.keys.has(key)) seen.keys.add(key);
    else if (seen.keys.size >= limit / 2) {
      // A Set iterates in insertion order: re-inserting marks the key as the most recently used. Only worth it once
      // eviction is near; below that, order does not matter.
      seen.keys.delete(key);
      seen.keys.add(key);
    }
  }
  for (const oldest of seen.keys) {
    if (seen.keys.size <= limit) break;
    seen.keys.delete(oldest);
  }
}

const hourNames = Array.from({ length: 24 }, (_, h) => String(h));

/** Field values as keys, lowercased; `local.hour` and `local.hour_band` (three-hour bands) read the event's time. */
function keyReader(field: string, env: BaselineEnvironment): (event: Event) => string[] {
  if (field === 'local.hour') return (e) => [hourNames[env.hour(e.time)]!];
  if (field === 'local.hour_band') return (e) => [hourNames[Math.floor(env.hour(e.time) / 3)]!];
  const [name = '', modifier] = field.split('|');
  const read = fieldReader(name);
  const domainOnly = modifier === 'domain';
  const key = (v: unknown) => {
    const text = String(v).toLowerCase();
    return domainOnly ? text.slice(text.lastIndexOf('@') + 1) : text;
  };
  return (e) => {
    const value = read(e);
    if (value === undefined || value === '') return [];
    return Array.isArray(value) ? value.map(key) : [key(value)];
  };
}

/** Events per local hour, and when the first was seen. */
interface HourProfile {
  since: number;
  hours: number[];
  total: number;
  /** The quietest hour, worked out again only when the history has grown by a tenth since. */
  pivot?: number;
  pivotAt?: number;
}

class UnusualHour implements Baseline {
  private persons = new Map<string, HourProfile>();
  private groups = new Map<string, HourProfile>();

  constructor(
    private readonly spec: UnusualHourSpec,
    private readonly env: BaselineEnvironment,
  ) {}

  test(event: Event): boolean {
    const person = event.actor;
    if (!person) return false;
    const own = this.persons.get(person);
    const groupName = this.env.peerGroup(person);
    const profile = this.trusted(own, event.time)
      ? own
      : groupName === undefined
        ? undefined
        : this.groups.get(groupName);
    if (!this.trusted(profile, event.time)) return false;
    if (profile.pivot === undefined || profile.total >= profile.pivotAt! * 1.1) {
      profile.pivot = quietestHour(profile.hours);
      profile.pivotAt = profile.total;
    }
    return tailShare(profile, this.env.hour(event.time)) <= this.spec.share;
  }

  private trusted(profile: HourProfile | undefined, time: number): profile is HourProfile {
    return !!profile && time - profile.since >= this.spec.learnMs && profile.total >= this.spec.minHistory;
  }

  learn(event: Event): void {
    const person = event.actor;
    if (!person) return;
    const hour = this.env.hour(event.time);
    count(this.persons, person, event.time, hour);
    const groupName = this.env.peerGroup(person);
    if (groupName !== undefined) count(this.groups, groupName, event.time, hour);
  }

  snapshot(): unknown {
    return { persons: [...this.persons], groups: [...this.groups] };
  }

  restore(state: unknown): void {
    const s = state as { persons: [string, HourProfile][]; groups: [string, HourProfile][] };
    this.persons = new Map(s.persons);
    this.groups = new Map(s.groups);
  }
}

function count(map: Map<string, HourProfile>, name: string, time: number, hour: number): void {
  let profile = map.get(name);
  if (!profile) {
    profile = { since: time, hours: new Array<number>(24).fill(0), total: 0 };
    map.set(name, profile);
  }
  profile.hours[hour]! += 1;
  profile.total += 1;
}

interface Volume {
  day: number;
  total: number;
  /** Totals of the person's last active days, oldest first. */
  history: number[];
}

/** Daily totals kept per peer group, across its members. */
const GROUP_POOL = 1000;

class AboveVolume implements Baseline {
  private persons = new Map<string, Volume>();
  private groups = new Map<string, number[]>();
  private readonly readSum?: (event: Event) => unknown;
  private weighed?: { event: Event; amount: number };

  constructor(
    private readonly spec: AboveVolumeSpec,
    private readonly counted: EventTest,
    private readonly env: BaselineEnvironment,
  ) {
    this.readSum = spec.sum ? fieldReader(spec.sum) : undefined;
  }

  /** Fires on the event that lifts the day's total above the usual, once a day. */
  test(event: Event, context: MatchContext): boolean {
    const person = event.actor;
    if (!person) return false;
    const add = this.amount(event, context);
    if (add === 0) return false;
    const own = this.persons.get(person);
    const today = this.env.day(event.time);
    const before = own && own.day === today ? own.total : 0;
    // The person's last active day counts as history from the first event of the next one.
    const history =
      own && own.day !== today ? [...own.history, own.total].slice(-this.spec.days) : own?.history;
    const usual = this.usual(history, person);
    if (usual === undefined) return false;
    const above = (total: number) => total > usual && total >= this.spec.min;
    return above(before + add) && !above(before);
  }

  learn(event: Event, context: MatchContext): void {
    const person = event.actor;
    if (!person) return;
    const today = this.env.day(event.time);
    const own = this.persons.get(person) ?? { day: today, total: 0, history: [] };
    if (own.day !== today) {
      own.history.push(own.total);
      if (own.history.length > this.spec.days) own.history.shift();
      const groupName = this.env.peerGroup(person);
      if (groupName !== undefined) {
        const pool = this.groups.get(groupName) ?? [];
        pool.push(own.total);
        if (pool.length > GROUP_POOL) pool.shift();
        this.groups.set(groupName, pool);
      }
      own.day = today;
      own.total = 0;
    }
    own.total += this.amount(event, context);
    this.persons.set(person, own);
  }

  /** The person's percentile once they have enough active days, else their peer group's. */
  private usual(history: readonly number[] | undefined, person: string): number | undefined {
    if (history && history.length >= this.spec.minDays) return percentile(history, this.spec.percentile);
    const groupName = this.env.peerGroup(person);
    const pool = groupName === undefined ? undefined : this.groups.get(groupName);
    if (pool && pool.length >= this.spec.minDays) return percentile(pool, this.spec.percentile);
    return undefined;
  }

  /** What the event adds to the day; tested and then learned from, the same event is weighed once. */
  private amount(event: Event, context: MatchContext): number {
    if (event === this.weighed?.event) return this.weighed.amount;
    let amount = 0;
    if (this.counted(event, context)) {
      const value = this.readSum?.(event);
      const values = Array.isArray(value) ? value : [value];
      amount = this.readSum ? values.reduce<number>((total, v) => total + (Number(v) || 0), 0) : 1;
    }
    this.weighed = { event, amount };
    return amount;
  }

  snapshot(): unknown {
    return { persons: [...this.persons], groups: [...this.groups] };
  }

  restore(state: unknown): void {
    const s = state as { persons: [string, Volume][]; groups: [string, number[]][] };
    this.persons = new Map(s.persons);
    this.groups = new Map(s.groups);
  }
}

/**
 * The middle of the person's night: the centre of their quietest five hours, on a tie the one farthest from the
 * centre of their day (the circular mean of their hours). Their day is read from there round to there, so a late
 * evening is late, not early, whatever the time zone and for night shifts too.
 */
function quietestHour(hours: readonly number[]): number {
  const around = (h: number) => {
    let total = 0;
    for (let d = -2; d <= 2; d++) total += hours[(h + d + 24) % 24]!;
    return total;
  };
  let x = 0;
  let y = 0;
  for (let h = 0; h < 24; h++) {
    x += hours[h]! * Math.cos((h / 24) * 2 * Math.PI);
    y += hours[h]! * Math.sin((h / 24) * 2 * Math.PI);
  }
  const centre = ((Math.atan2(y, x) / (2 * Math.PI)) * 24 + 24) % 24;
  const distance = (h: number) => Math.min(Math.abs(h - centre), 24 - Math.abs(h - centre));
  let pivot = 0;
  for (let h = 1; h < 24; h++) {
    const quieter = around(h) - around(pivot);
    if (quieter < 0 || (quieter === 0 && distance(h) > distance(pivot))) pivot = h;
  }
  return pivot;
}

/**
 * The share of the history from the hour before towards the day's end that is nearer (or from the hour after,
 * towards its start): small for an hour at least an hour before the person usually starts or after they usually
 * leave, large for any hour within or at the edge of their usual day (in at 07:50 when usually at 08:30 is not odd).
 */
function tailShare({ hours, pivot = 0, total }: HourProfile, hour: number): number {
  const at = (hour - pivot + 24) % 24;
  let early = 0;
  let late = 0;
  for (let i = 0; i < 24; i++) {
    const count = hours[(i + pivot) % 24]!;
    if (i <= at + 1) early += count;
    if (i >= at - 1) late += count;
  }
  return Math.min(early, late) / (total || 1);
}

/** The nearest-rank percentile. */
function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)]!;
}
