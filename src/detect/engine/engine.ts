/**
 * @module The detection engine: every event meets only the rules of its kind, correlations keep per-group windows
 * that close by event time, and the whole state snapshots to JSON. The same engine runs over the store (backfill)
 * and over events as they are imported (live).
 */
import type { Event, EventKind } from '../../model/index.js';
import type { CorrelationRule } from '../sigma/correlation.js';
import { fieldReader } from '../sigma/detection.js';
import type { SigmaRule } from '../sigma/rule.js';
import { RuleError } from '../sigma/values.js';
import { type Hit, type Match, type WindowState, windowsFor } from './windows.js';

/** What a rule found: who, when, and the events that prove it. */
export interface Signal {
  rule: string;
  title: string;
  level: string;
  /** The person (user.id) the signal is about, when the rule is about one. */
  person?: string;
  /** Event time of the signal: the proving event, or for an absence the moment its window closed. */
  time: number;
  /** The group-by values, by field. */
  group: Record<string, string>;
  events: string[];
}

export interface EngineOptions {
  /** How late an event may arrive (event time behind the newest seen) and still count; default 5 minutes. */
  allowedLatenessMs?: number;
}

export interface EngineSnapshot {
  version: 1;
  watermark: number;
  newest: number;
  late: number;
  windows: Record<string, unknown>;
}

interface Correlation {
  rule: CorrelationRule;
  windows: WindowState;
  groupReaders: ((event: Event) => unknown)[];
  valueReader?: (event: Event) => unknown;
}

/** Where a base rule's match goes: the correlation and the step it is there. */
interface Route {
  correlation: Correlation;
  step: number;
}

export class Engine {
  private readonly byKind = new Map<EventKind | '*', SigmaRule[]>();
  private readonly routes = new Map<string, Route[]>();
  private readonly silent = new Set<string>();
  private readonly correlations: Correlation[];
  private readonly lateness: number;
  private watermark = Number.NEGATIVE_INFINITY;
  private newest = Number.NEGATIVE_INFINITY;
  /** Events that arrived behind the watermark; they were still matched, but windows may have closed without them. */
  late = 0;

  constructor(
    detections: readonly SigmaRule[],
    correlations: readonly CorrelationRule[],
    options: EngineOptions = {},
  ) {
    this.lateness = options.allowedLatenessMs ?? 5 * 60_000;
    for (const rule of detections) {
      const kind = (rule.logsource.category as EventKind | undefined) ?? '*';
      const list = this.byKind.get(kind) ?? [];
      list.push(rule);
      this.byKind.set(kind, list);
    }
    const byRef = new Map<string, SigmaRule>();
    for (const rule of detections) {
      byRef.set(rule.id, rule);
      if (rule.name) byRef.set(rule.name, rule);
    }
    const resolve = (ref: string, correlation: CorrelationRule): SigmaRule => {
      const found = byRef.get(ref);
      if (!found)
        throw new RuleError(
          `${correlation.path}: correlation.rules names "${ref}", which is no loaded detection rule's id or name`,
        );
      return found;
    };
    this.correlations = correlations.map((rule) => {
      const correlation: Correlation = {
        rule,
        windows: windowsFor(rule),
        groupReaders: rule.groupBy.map(fieldReader),
        valueReader: rule.condition.field ? fieldReader(rule.condition.field) : undefined,
      };
      const steps = rule.rules.map((ref) => resolve(ref, rule));
      for (const [step, base] of steps.entries()) this.route(base.id, { correlation, step });
      const absent = rule.absent ? resolve(rule.absent, rule) : undefined;
      if (absent) this.route(absent.id, { correlation, step: -1 });
      // Rules a correlation uses raise no signals of their own unless it says `generate: true`, as Sigma specifies.
      if (!rule.generate) for (const base of absent ? [...steps, absent] : steps) this.silent.add(base.id);
      return correlation;
    });
  }

  private route(ruleId: string, route: Route): void {
    const list = this.routes.get(ruleId) ?? [];
    list.push(route);
    this.routes.set(ruleId, list);
  }

  /** Feeds one event; returns the signals it completes or that the advancing event time closes, in a fixed order. */
  process(event: Event): Signal[] {
    if (event.time < this.watermark) this.late += 1;
    const signals: Signal[] = [];
    const rules = [...(this.byKind.get(event.kind) ?? []), ...(this.byKind.get('*') ?? [])];
    for (const rule of rules) {
      if (!rule.test(event)) continue;
      if (!this.silent.has(rule.id)) {
        signals.push({
          rule: rule.id,
          title: rule.title,
          level: rule.level,
          person: event.actor,
          time: event.time,
          group: {},
          events: [event.id],
        });
      }
      for (const { correlation, step } of this.routes.get(rule.id) ?? []) {
        const group = this.groupOf(correlation, event);
        if (group === undefined) continue;
        const hit: Hit = { step, time: event.time, id: event.id };
        if (correlation.valueReader) {
          const value = correlation.valueReader(event);
          if (value === undefined) continue;
          hit.value = String(value);
        }
        const match = correlation.windows.hit(group, hit);
        if (match) signals.push(this.signal(correlation, match));
      }
    }
    if (event.time > this.newest) {
      this.newest = event.time;
      signals.push(...this.advance(this.newest - this.lateness));
    }
    return signals.sort(bySignal);
  }

  /** End of input (a backfill's last event): closes every window that ends by the newest event time seen. */
  finish(): Signal[] {
    return this.advance(this.newest).sort(bySignal);
  }

  /** How many groups the correlations hold: it follows the people active in a timespan, not the events seen. */
  get groups(): number {
    return this.correlations.reduce((sum, c) => sum + c.windows.size, 0);
  }

  snapshot(): EngineSnapshot {
    const windows: Record<string, unknown> = {};
    for (const c of this.correlations) windows[c.rule.id] = c.windows.snapshot();
    return { version: 1, watermark: this.watermark, newest: this.newest, late: this.late, windows };
  }

  /** Restores a snapshot taken by an engine with the same rules, so a restart neither loses nor repeats a signal. */
  restore(snapshot: EngineSnapshot): void {
    this.watermark = snapshot.watermark ?? Number.NEGATIVE_INFINITY;
    this.newest = snapshot.newest ?? Number.NEGATIVE_INFINITY;
    this.late = snapshot.late;
    for (const c of this.correlations) {
      const state = snapshot.windows[c.rule.id];
      if (state !== undefined) c.windows.restore(state);
    }
  }

  private advance(watermark: number): Signal[] {
    if (watermark <= this.watermark) return [];
    this.watermark = watermark;
    const signals: Signal[] = [];
    for (const correlation of this.correlations) {
      for (const match of correlation.windows.expire(watermark))
        signals.push(this.signal(correlation, match));
    }
    return signals;
  }

  private groupOf(correlation: Correlation, event: Event): string | undefined {
    const values: string[] = [];
    for (const read of correlation.groupReaders) {
      const value = read(event);
      if (value === undefined || value === '') return undefined;
      values.push(String(value));
    }
    return values.join('\u0000');
  }

  private signal({ rule }: Correlation, match: Match): Signal {
    const values = match.group === '' && !rule.groupBy.length ? [] : match.group.split('\u0000');
    const group = Object.fromEntries(rule.groupBy.map((field, i) => [field, values[i] ?? '']));
    return {
      rule: rule.id,
      title: rule.title,
      level: rule.level,
      person: group['user.id'],
      time: match.time,
      group,
      events: match.events,
    };
  }
}

function bySignal(a: Signal, b: Signal): number {
  return (
    a.time - b.time ||
    (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0) ||
    (a.events[0]! < b.events[0]! ? -1 : 1)
  );
}
