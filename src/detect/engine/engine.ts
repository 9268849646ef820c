/**
 * @module The detection engine: every event meets only the rules of its kind, correlations keep per-group windows
 * that close by event time, baselines keep per-person history, and the whole state snapshots to JSON. The same
 * engine runs over the store (backfill), over files, and over events as they are imported (live).
 */
import type { ContentMatcher } from '../../leaks/index.js';
import { type Event, eventKindNames, type Signal, signalId } from '../../model/index.js';
import { type BaselineEnvironment, baselineEnvironment } from '../baseline/peers.js';
import { type Baseline, createBaseline } from '../baseline/state.js';
import type { CorrelationRule } from '../sigma/correlation.js';
import { fieldReader, type MatchContext } from '../sigma/match-context.js';
import type { SigmaRule } from '../sigma/rule.js';
import { RuleError } from '../sigma/values.js';
import { type Match, type WindowState, windowsFor } from './windows.js';

export type { Signal };

export interface EngineOptions {
  /** How late an event may arrive (event time behind the newest seen) and still count; default 5 minutes. */
  allowedLatenessMs?: number;
  /** The zone of "usual hours" and of the days volume baselines count by; default UTC. */
  timeZone?: string;
  /** Each person's peer group (their department), for baselines while a person has little history. */
  peerGroups?: ReadonlyMap<string, string>;
  /** Registered values by lookup name (`supplier.email_domain`), lowercased, for `|lookup`. */
  lookups?: ReadonlyMap<string, ReadonlySet<string>>;
  /** Finds registered documents' content in a text, for `|fingerprint`; without it (nothing registered) none matches. */
  contentMatcher?: ContentMatcher;
  /** Every rule raises its own signals, also those a correlation uses (rule fixtures test each rule this way). */
  signalEveryRule?: boolean;
}

export interface EngineSnapshot {
  version: 2;
  /** The work time zone the baselines learned in. */
  timeZone: string;
  watermark: number;
  newest: number;
  late: number;
  windows: Record<string, unknown>;
  baselines: Record<string, Record<string, unknown>>;
}

/** Where a match goes: a correlation, the step it is there, and for a correlation's match which group values. */
interface Route {
  correlation: Correlation;
  step: number;
  /** For a correlation feeding another: the index of each downstream group-by field in the upstream group. */
  pick?: number[];
}

interface Detection {
  rule: SigmaRule;
  /** The rule's condition; the engine checks kind and source itself. */
  condition: SigmaRule['condition'];
  /** The event source the rule is limited to (`logsource.service`). */
  service?: string;
  silent: boolean;
  routes: Route[];
  context: MatchContext;
  baselines: Baseline[];
}

interface Correlation {
  rule: CorrelationRule;
  silent: boolean;
  routes: Route[];
  windows: WindowState;
  groupReaders: ((event: Event) => unknown)[];
  valueReader?: (event: Event) => unknown;
}

const none: ReadonlySet<string> = new Set();
const noDocuments: ContentMatcher = () => [];

export class Engine {
  private readonly byKind = new Map<string, Detection[]>();
  private readonly anyKind: Detection[];
  private readonly detections: Detection[];
  private readonly correlations: Correlation[];
  /** How far behind the newest event time an event may arrive and still count. */
  readonly lateness: number;
  readonly timeZone: string;
  private watermark = Number.NEGATIVE_INFINITY;
  private newest = Number.NEGATIVE_INFINITY;
  /** Events that arrived behind the watermark; they were still matched, but windows may have closed without them. */
  late = 0;
  private readonly unprovidedLookups = new Set<string>();

  constructor(
    detections: readonly SigmaRule[],
    correlations: readonly CorrelationRule[],
    options: EngineOptions = {},
  ) {
    this.lateness = options.allowedLatenessMs ?? 5 * 60_000;
    this.timeZone = options.timeZone ?? 'UTC';
    const env = baselineEnvironment(this.timeZone, options.peerGroups);
    const lookup = (name: string) => {
      const set = options.lookups?.get(name);
      if (set) return set;
      this.unprovidedLookups.add(name);
      return none;
    };
    const documentsIn = options.contentMatcher ?? noDocuments;
    this.detections = detections.map((rule) => this.compileDetection(rule, env, { lookup, documentsIn }));
    this.correlations = correlations.map((rule) => ({
      rule,
      silent: false,
      routes: [],
      windows: windowsFor(rule),
      groupReaders: rule.groupBy.map(fieldReader),
      valueReader: rule.condition.field ? fieldReader(rule.condition.field) : undefined,
    }));
    this.connect(options.signalEveryRule === true);
    this.anyKind = this.detections.filter((d) => !d.rule.logsource.category);
    for (const kind of eventKindNames) {
      const own = this.detections.filter((d) => d.rule.logsource.category === kind);
      // Rules keep their load order whatever their kind, so signals of one event come out in a fixed order.
      this.byKind.set(
        kind,
        this.detections.filter((d) => own.includes(d) || this.anyKind.includes(d)),
      );
    }
  }

  private compileDetection(
    rule: SigmaRule,
    env: BaselineEnvironment,
    registry: Pick<MatchContext, 'lookup' | 'documentsIn'>,
  ): Detection {
    const byName = new Map(rule.baselines.map((b) => [b.name, createBaseline(b, rule.identifiers, env)]));
    const context: MatchContext = {
      ...registry,
      baseline: (name, event) => byName.get(name)!.test(event, context),
    };
    return {
      rule,
      condition: rule.condition,
      service: rule.logsource.service,
      silent: false,
      routes: [],
      context,
      baselines: [...byName.values()],
    };
  }

  /** Routes each rule's matches to the correlations that use it; those rules fall silent unless one `generate`s them. */
  private connect(signalEveryRule: boolean): void {
    const byRef = new Map<string, Detection | Correlation>();
    for (const item of [...this.detections, ...this.correlations]) {
      byRef.set(item.rule.id, item);
      if (item.rule.name) byRef.set(item.rule.name, item);
    }
    const generated = new Set<Detection | Correlation>();
    for (const correlation of this.correlations) {
      const { rule } = correlation;
      const resolve = (ref: string): Detection | Correlation => {
        const found = byRef.get(ref);
        if (!found || found === correlation)
          throw new RuleError(
            `${rule.path}: correlation.rules names "${ref}", which is no other loaded rule's id or name`,
          );
        return found;
      };
      const steps: [number, string][] = rule.rules.map((ref, step) => [step, ref]);
      if (rule.absent) steps.push([-1, rule.absent]);
      for (const [step, ref] of steps) {
        const source = resolve(ref);
        const route: Route = { correlation, step };
        if ('windows' in source) route.pick = this.pick(source.rule, rule);
        source.routes.push(route);
        // Rules a correlation uses raise no signals of their own unless it says `generate`, as Sigma specifies.
        const generates =
          rule.generate === true || (Array.isArray(rule.generate) && rule.generate.includes(ref));
        if (generates || signalEveryRule) generated.add(source);
        else source.silent = true;
      }
    }
    // A rule one correlation silences still speaks when another says it generates.
    for (const source of generated) source.silent = false;
    this.assertAcyclic();
  }

  /** A correlation over another correlation groups by fields the inner one kept. */
  private pick(inner: CorrelationRule, outer: CorrelationRule): number[] {
    if (outer.condition.field)
      throw new RuleError(`${outer.path}: value_count cannot count over another correlation's matches`);
    return outer.groupBy.map((field) => {
      const index = inner.groupBy.indexOf(field);
      if (index < 0)
        throw new RuleError(
          `${outer.path}: correlation.group-by has "${field}", which ${inner.path} does not group by; group by a subset of [${inner.groupBy.join(', ')}]`,
        );
      return index;
    });
  }

  private assertAcyclic(): void {
    const visiting = new Set<Correlation>();
    const visit = (c: Correlation) => {
      if (visiting.has(c))
        throw new RuleError(`${c.rule.path}: correlations refer to each other in a circle`);
      visiting.add(c);
      for (const route of c.routes) visit(route.correlation);
      visiting.delete(c);
    };
    for (const c of this.correlations) visit(c);
  }

  /** Feeds one event; returns the signals it completes or that the advancing event time closes, in a fixed order. */
  process(event: Event): Signal[] {
    if (event.time < this.watermark) this.late += 1;
    const signals: Signal[] = [];
    for (const detection of this.byKind.get(event.kind) ?? this.anyKind) {
      if (detection.service !== undefined && detection.service !== event.source) continue;
      const { rule, context } = detection;
      const matched = detection.condition(event, context);
      for (const baseline of detection.baselines) baseline.learn(event, context);
      if (!matched) continue;
      if (!detection.silent) {
        signals.push({
          id: signalId(rule.id, [event.id]),
          rule: rule.id,
          title: rule.title,
          level: rule.level,
          person: event.actor,
          time: event.time,
          group: {},
          events: [event.id],
        });
      }
      for (const route of detection.routes) this.hitFromEvent(route, event, signals);
    }
    if (event.time > this.newest) {
      this.newest = event.time;
      this.advance(this.newest - this.lateness, signals);
    }
    return signals.length > 1 ? signals.sort(bySignal) : signals;
  }

  /** End of input (a backfill's last event): closes every window that ends by the newest event time seen. */
  finish(): Signal[] {
    const signals: Signal[] = [];
    this.advance(this.newest, signals);
    return signals.sort(bySignal);
  }

  /** Lookup names rules asked for that no registry provided, sorted: such rules cannot fire. */
  get missingLookups(): string[] {
    return [...this.unprovidedLookups].sort();
  }

  /** How many groups the correlations hold: it follows the people active in a timespan, not the events seen. */
  get groups(): number {
    return this.correlations.reduce((sum, c) => sum + c.windows.size, 0);
  }

  snapshot(): EngineSnapshot {
    const windows: Record<string, unknown> = {};
    for (const c of this.correlations) windows[c.rule.id] = c.windows.snapshot();
    const baselines: EngineSnapshot['baselines'] = {};
    for (const d of this.detections) {
      if (!d.baselines.length) continue;
      baselines[d.rule.id] = Object.fromEntries(
        d.rule.baselines.map((spec, i) => [spec.name, d.baselines[i]!.snapshot()]),
      );
    }
    return {
      version: 2,
      timeZone: this.timeZone,
      watermark: this.watermark,
      newest: this.newest,
      late: this.late,
      windows,
      baselines,
    };
  }

  /** Restores a snapshot taken by an engine with the same rules, so a restart neither loses nor repeats a signal. */
  restore(snapshot: EngineSnapshot): void {
    if (snapshot.version !== 2)
      throw new RuleError(
        `the saved detection state has version ${snapshot.version}, and this molehunt reads version 2; use the molehunt that saved it`,
      );
    // JSON turns -Infinity into null: a snapshot of an engine that has seen nothing.
    this.watermark = snapshot.watermark ?? Number.NEGATIVE_INFINITY;
    this.newest = snapshot.newest ?? Number.NEGATIVE_INFINITY;
    this.late = snapshot.late;
    for (const c of this.correlations) {
      const state = snapshot.windows[c.rule.id];
      if (state !== undefined) c.windows.restore(state);
    }
    for (const d of this.detections) {
      const states = snapshot.baselines[d.rule.id];
      if (!states) continue;
      d.rule.baselines.forEach((spec, i) => {
        const state = states[spec.name];
        if (state !== undefined) d.baselines[i]!.restore(state);
      });
    }
  }

  private hitFromEvent(route: Route, event: Event, signals: Signal[]): void {
    const { correlation, step } = route;
    const readers = correlation.groupReaders;
    let group: string;
    if (readers.length === 1) {
      const value = readers[0]!(event);
      if (value === undefined || value === '') return;
      group = String(value);
    } else {
      const values: string[] = [];
      for (const read of readers) {
        const value = read(event);
        if (value === undefined || value === '') return;
        values.push(String(value));
      }
      group = values.join('\u0000');
    }
    let value: string | undefined;
    if (correlation.valueReader) {
      const read = correlation.valueReader(event);
      if (read === undefined) return;
      value = String(read);
    }
    const match = correlation.windows.hit(group, { step, time: event.time, events: [event.id], value });
    if (match) this.matched(correlation, match, signals);
  }

  /** A correlation matched: its signal, and its match fed on to the correlations that use it. */
  private matched(correlation: Correlation, match: Match, signals: Signal[]): void {
    if (!correlation.silent) signals.push(this.signal(correlation, match));
    if (!correlation.routes.length) return;
    const values = match.group.split('\u0000');
    for (const route of correlation.routes) {
      const group = route.pick!.map((i) => values[i]).join('\u0000');
      const next = route.correlation.windows.hit(group, {
        step: route.step,
        time: match.time,
        events: match.events,
      });
      if (next) this.matched(route.correlation, next, signals);
    }
  }

  private advance(watermark: number, signals: Signal[]): void {
    if (watermark <= this.watermark) return;
    this.watermark = watermark;
    for (const correlation of this.correlations) {
      for (const match of correlation.windows.expire(watermark)) this.matched(correlation, match, signals);
    }
  }

  private signal({ rule }: Correlation, match: Match): Signal {
    const values = match.group === '' && !rule.groupBy.length ? [] : match.group.split('\u0000');
    const group = Object.fromEntries(rule.groupBy.map((field, i) => [field, values[i] ?? '']));
    return {
      id: signalId(rule.id, match.events),
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

/** Time, then rule, then id: the fixed order signals are reported in. */
export function bySignal(a: Signal, b: Signal): number {
  return a.time - b.time || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0) || (a.id < b.id ? -1 : 1);
}
