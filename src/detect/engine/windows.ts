/**
 * @module The state each correlation keeps per group, in windows that close by event time: counts, sets of rules
 * seen, sequences in progress, and absence windows waiting to close. Everything here can be snapshotted as JSON.
 */
import type { CorrelationRule } from '../sigma/correlation.js';

/** A base-rule match, as a correlation sees it. */
export interface Hit {
  /** Index of the referenced rule in the correlation's `rules` (-1: the `absent` rule). */
  step: number;
  time: number;
  /** The proving events: one for a detection rule's match, several for a correlation's. */
  events: string[];
  value?: string;
}

/** A correlation that matched: its group and the events that prove it, oldest first. */
export interface Match {
  group: string;
  time: number;
  events: string[];
}

export interface WindowState {
  hit(group: string, hit: Hit): Match | undefined;
  /** Drops or closes what ended before the watermark; absence windows that closed unbroken match. */
  expire(watermark: number): Match[];
  snapshot(): unknown;
  restore(state: unknown): void;
  /** Groups held, to keep memory in view. */
  readonly size: number;
}

type Entry = { time: number; events: string[]; value?: string };

/**
 * What every kind of window shares: a map from group to its state, which is also the snapshot. Each window checks
 * time itself when hit, so sweeping out idle groups only frees memory: it runs once per timespan of event time,
 * which keeps its cost per event constant however many groups there are.
 */
abstract class GroupedWindows<T> implements WindowState {
  protected groups = new Map<string, T>();
  private nextSweep = Number.NEGATIVE_INFINITY;

  constructor(protected readonly rule: CorrelationRule) {}

  /** True once per timespan (or lookback, if longer) of event time: then `expire` walks every group. */
  protected sweepDue(watermark: number): boolean {
    if (watermark < this.nextSweep) return false;
    this.nextSweep = watermark + Math.max(this.rule.timespanMs, this.rule.lookbackMs);
    return true;
  }

  get size(): number {
    return this.groups.size;
  }

  snapshot(): unknown {
    return [...this.groups];
  }

  restore(state: unknown): void {
    this.groups = new Map(state as [string, T][]);
  }

  abstract hit(group: string, hit: Hit): Match | undefined;
  abstract expire(watermark: number): Match[];
}

/** event_count and value_count: a sliding window per group; a match empties the group's window. */
export class CountWindows extends GroupedWindows<Entry[]> {
  hit(group: string, hit: Hit): Match | undefined {
    const since = hit.time - this.rule.timespanMs;
    const entries = (this.groups.get(group) ?? []).filter((e) => e.time >= since);
    entries.push({ time: hit.time, events: hit.events, value: hit.value });
    const { gt, gte, eq, field } = this.rule.condition;
    const count = field
      ? new Set(entries.map((e) => e.value).filter((v) => v !== undefined)).size
      : entries.length;
    const met =
      (gt !== undefined && count > gt) ||
      (gte !== undefined && count >= gte) ||
      (eq !== undefined && count === eq);
    if (met) {
      this.groups.delete(group);
      return { group, time: hit.time, events: entries.flatMap((e) => e.events) };
    }
    this.groups.set(group, entries);
    return undefined;
  }

  expire(watermark: number): Match[] {
    if (!this.sweepDue(watermark)) return [];
    for (const [group, entries] of this.groups) {
      if (entries[entries.length - 1]!.time < watermark - this.rule.timespanMs) this.groups.delete(group);
    }
    return [];
  }
}

/** temporal: the latest match of each referenced rule per group; all of them within the timespan is a match. */
export class TemporalWindows extends GroupedWindows<(Entry | null)[]> {
  hit(group: string, hit: Hit): Match | undefined {
    const seen = this.groups.get(group) ?? this.rule.rules.map(() => null);
    seen[hit.step] = { time: hit.time, events: hit.events };
    const since = hit.time - this.rule.timespanMs;
    const recent = seen.map((e) => (e && e.time >= since ? e : null));
    if (recent.every((e) => e)) {
      this.groups.delete(group);
      const events = (recent as Entry[]).sort((a, b) => a.time - b.time).flatMap((e) => e.events);
      return { group, time: hit.time, events };
    }
    this.groups.set(group, recent);
    return undefined;
  }

  expire(watermark: number): Match[] {
    if (!this.sweepDue(watermark)) return [];
    for (const [group, seen] of this.groups) {
      if (seen.every((e) => !e || e.time < watermark - this.rule.timespanMs)) this.groups.delete(group);
    }
    return [];
  }
}

interface Sequence {
  start: number;
  last: number;
  /** The next step expected. */
  step: number;
  events: string[];
}

/** The sequences a group has in progress is bounded: a burst of first steps keeps only the latest ones. */
const MAX_SEQUENCES = 16;

/** temporal_ordered: sequences in progress per group; the first to complete within the timespan matches. */
export class OrderedWindows extends GroupedWindows<Sequence[]> {
  hit(group: string, hit: Hit): Match | undefined {
    const sequences = (this.groups.get(group) ?? []).filter(
      (p) => hit.time - p.start <= this.rule.timespanMs,
    );
    for (const sequence of sequences) {
      if (sequence.step === hit.step && hit.time >= sequence.last) {
        sequence.events.push(...hit.events);
        sequence.last = hit.time;
        sequence.step += 1;
        if (sequence.step === this.rule.rules.length) {
          this.groups.delete(group);
          return { group, time: hit.time, events: sequence.events };
        }
        break;
      }
    }
    if (hit.step === 0) sequences.push({ start: hit.time, last: hit.time, step: 1, events: [...hit.events] });
    this.groups.set(group, sequences.slice(-MAX_SEQUENCES));
    return undefined;
  }

  expire(watermark: number): Match[] {
    if (!this.sweepDue(watermark)) return [];
    for (const [group, sequences] of this.groups) {
      const live = sequences.filter((p) => p.start >= watermark - this.rule.timespanMs);
      if (live.length) this.groups.set(group, live);
      else this.groups.delete(group);
    }
    return [];
  }
}

interface Pending {
  start: number;
  until: number;
  events: string[];
}

interface Absence {
  /** Windows waiting to close. */
  pending: Pending[];
  /** Times the absent rule matched, kept for `lookback`. */
  recent: number[];
}

/**
 * absence: a trigger opens a window; the absent rule matching inside it (or within `lookback` before the trigger)
 * cancels it; a window that closes unbroken matches. Windows all last one timespan, so they close in the order they
 * opened: a queue of groups with their deadlines finds them without walking every group.
 */
export class AbsenceWindows extends GroupedWindows<Absence> {
  private deadlines: { group: string; until: number }[] = [];
  /** Deadlines before this index have been handled; the array is compacted now and then, not on every close. */
  private due = 0;

  hit(group: string, hit: Hit): Match | undefined {
    const state = this.groups.get(group) ?? { pending: [], recent: [] };
    if (hit.step === -1) {
      state.pending = state.pending.filter((p) => !(p.start <= hit.time && hit.time <= p.until));
      if (this.rule.lookbackMs) {
        state.recent = state.recent.filter((t) => t >= hit.time - this.rule.lookbackMs);
        state.recent.push(hit.time);
      }
    } else if (!state.recent.some((t) => t <= hit.time && t >= hit.time - this.rule.lookbackMs)) {
      const until = hit.time + this.rule.timespanMs;
      state.pending.push({ start: hit.time, until, events: hit.events });
      this.deadlines.push({ group, until });
    }
    this.keep(group, state);
    return undefined;
  }

  expire(watermark: number): Match[] {
    const matches: Match[] = [];
    while (this.due < this.deadlines.length && this.deadlines[this.due]!.until <= watermark) {
      const { group } = this.deadlines[this.due++]!;
      const state = this.groups.get(group);
      if (!state) continue;
      const open: Pending[] = [];
      for (const p of state.pending) {
        if (p.until <= watermark) matches.push({ group, time: p.until, events: p.events });
        else open.push(p);
      }
      state.pending = open;
      this.keep(group, state);
    }
    if (this.due > 1024 && this.due * 2 > this.deadlines.length) {
      this.deadlines = this.deadlines.slice(this.due);
      this.due = 0;
    }
    if (this.sweepDue(watermark)) {
      // Groups the lookback alone keeps: drop what it no longer needs.
      for (const [group, state] of this.groups) {
        state.recent = state.recent.filter((t) => t >= watermark - this.rule.lookbackMs);
        this.keep(group, state);
      }
    }
    return matches;
  }

  override snapshot(): unknown {
    return { groups: [...this.groups], deadlines: this.deadlines.slice(this.due) };
  }

  override restore(state: unknown): void {
    const s = state as { groups: [string, Absence][]; deadlines: { group: string; until: number }[] };
    this.groups = new Map(s.groups);
    this.deadlines = s.deadlines;
    this.due = 0;
  }

  private keep(group: string, state: Absence): void {
    if (state.pending.length || state.recent.length) this.groups.set(group, state);
    else this.groups.delete(group);
  }
}

export function windowsFor(rule: CorrelationRule): WindowState {
  switch (rule.type) {
    case 'event_count':
    case 'value_count':
      return new CountWindows(rule);
    case 'temporal':
      return new TemporalWindows(rule);
    case 'temporal_ordered':
      return new OrderedWindows(rule);
    case 'absence':
      return new AbsenceWindows(rule);
  }
}
