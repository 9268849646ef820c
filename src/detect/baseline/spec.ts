/**
 * @module The `baseline:` section of a rule (a molehunt extension): named conditions over each person's history and
 * their peer group's, which the rule's condition uses like search identifiers.
 */
import { parseTimespan } from '../sigma/timespan.js';
import { RuleError } from '../sigma/values.js';

/** A first time: the person (and with `peers`, their whole peer group) has never had these field values. */
export interface FirstTimeSpec {
  type: 'first_time';
  /** Fields whose values, together, must be new; `local.hour` and `local.hour_band` read the event's local time. */
  of: string[];
  /** How long a person (or group) must have been seen before anything of theirs counts as new. */
  learnMs: number;
  peers: boolean;
}

/**
 * Outside the person's usual hours (their peer group's while they have little history): before they usually start
 * or after they usually leave.
 */
export interface UnusualHourSpec {
  type: 'unusual_hour';
  /** At most this share of the history falls at the event's local hour or further out towards the day's end. */
  share: number;
  /** Events of history needed before a profile is trusted. */
  minHistory: number;
  /** And how long it must span: a profile of one morning says nothing about the afternoon. */
  learnMs: number;
}

/** A day's count (or sum of a field) of the identifier's matches above the person's usual, or their peers'. */
export interface AboveVolumeSpec {
  type: 'above_volume';
  /** The search identifier whose matches are counted. */
  count: string;
  /** Sum this field (e.g. email.attachments.file.size) instead of counting. */
  sum?: string;
  percentile: number;
  /** Active days of history kept per person. */
  days: number;
  /** Active days a person needs before their own percentile is used instead of the peer group's. */
  minDays: number;
  /** The day's total must also reach this much. */
  min: number;
}

export type BaselineSpec = (FirstTimeSpec | UnusualHourSpec | AboveVolumeSpec) & { name: string };

const keysOf: Record<BaselineSpec['type'], string[]> = {
  first_time: ['type', 'of', 'learn', 'peers'],
  unusual_hour: ['type', 'share', 'min_history', 'learn'],
  above_volume: ['type', 'count', 'sum', 'percentile', 'days', 'min_days', 'min'],
};

/** Parses `baseline:`; a RuleError's message starts with the key at fault (`baseline.<name>.<key>`). */
export function parseBaselines(section: unknown, identifiers: readonly string[]): BaselineSpec[] {
  if (section === undefined) return [];
  if (section === null || typeof section !== 'object' || Array.isArray(section))
    throw new RuleError(
      'baseline: a map of names to baselines, e.g. { new_area: { type: first_time, of: [molehunt.area] } }',
    );
  return Object.entries(section as Record<string, unknown>).map(([name, body]) =>
    parseBaseline(name, body, identifiers),
  );
}

function parseBaseline(name: string, body: unknown, identifiers: readonly string[]): BaselineSpec {
  const at = `baseline.${name}`;
  if (body === null || typeof body !== 'object' || Array.isArray(body))
    throw new RuleError(`${at}: give the baseline a type: first_time, unusual_hour or above_volume`);
  const b = body as Record<string, unknown>;
  const type = b.type as BaselineSpec['type'];
  if (!(type in keysOf))
    throw new RuleError(`${at}.type: use first_time, unusual_hour or above_volume, not "${String(b.type)}"`);
  for (const key of Object.keys(b))
    if (!keysOf[type].includes(key))
      throw new RuleError(`${at}.${key}: a ${type} baseline takes ${keysOf[type].join(', ')}`);
  const number = (key: string, fallback: number, min: number, max: number): number => {
    const value = b[key] ?? fallback;
    if (typeof value !== 'number' || value < min || value > max)
      throw new RuleError(`${at}.${key}: a number from ${min} to ${max}`);
    return value;
  };
  switch (type) {
    case 'first_time': {
      const of = typeof b.of === 'string' ? [b.of] : b.of;
      if (!Array.isArray(of) || !of.length || !of.every((f) => typeof f === 'string'))
        throw new RuleError(`${at}.of: list the fields whose values must be new, e.g. [molehunt.area]`);
      const learnMs = parseTimespan(b.learn ?? '14d');
      if (learnMs === undefined) throw new RuleError(`${at}.learn: a timespan such as 14d`);
      if (b.peers !== undefined && typeof b.peers !== 'boolean')
        throw new RuleError(`${at}.peers: true or false`);
      return { name, type, of: of as string[], learnMs, peers: b.peers === true };
    }
    case 'unusual_hour': {
      const learnMs = parseTimespan(b.learn ?? '7d');
      if (learnMs === undefined) throw new RuleError(`${at}.learn: a timespan such as 7d`);
      return {
        name,
        type,
        share: number('share', 0.02, 0, 1),
        minHistory: number('min_history', 40, 1, 1e6),
        learnMs,
      };
    }
    case 'above_volume': {
      if (typeof b.count !== 'string' || !identifiers.includes(b.count))
        throw new RuleError(
          `${at}.count: name the search identifier whose matches are counted (one of ${identifiers.join(', ')})`,
        );
      if (b.sum !== undefined && typeof b.sum !== 'string')
        throw new RuleError(`${at}.sum: the field to add up, e.g. email.attachments.file.size`);
      return {
        name,
        type,
        count: b.count,
        sum: b.sum as string | undefined,
        percentile: number('percentile', 95, 1, 100),
        days: number('days', 30, 2, 365),
        minDays: number('min_days', 7, 1, 365),
        min: number('min', 1, 0, Number.MAX_SAFE_INTEGER),
      };
    }
  }
}
