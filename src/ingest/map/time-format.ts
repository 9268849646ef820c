/** @module Reading the times exports write: patterns like `yyyy/MM/dd HH:mm:ss`, ISO 8601, epoch seconds or ms. */
import { wallClock } from '../../model/index.js';

/** A compiled time reader: text → UTC epoch ms, or undefined when the text does not fit. */
export type TimeReader = (text: string) => number | undefined;

type Part = 'year' | 'month' | 'day' | 'hour' | 'minute' | 'second' | 'millisecond';
const partOrder: readonly Part[] = ['year', 'month', 'day', 'hour', 'minute', 'second', 'millisecond'];

/** Each token: the part it fills and how many digits it takes. */
const tokens: Record<string, { part: Part; min: number; max: number }> = {
  yyyy: { part: 'year', min: 4, max: 4 },
  MM: { part: 'month', min: 2, max: 2 },
  M: { part: 'month', min: 1, max: 2 },
  dd: { part: 'day', min: 2, max: 2 },
  d: { part: 'day', min: 1, max: 2 },
  HH: { part: 'hour', min: 2, max: 2 },
  H: { part: 'hour', min: 1, max: 2 },
  mm: { part: 'minute', min: 2, max: 2 },
  m: { part: 'minute', min: 1, max: 2 },
  ss: { part: 'second', min: 2, max: 2 },
  s: { part: 'second', min: 1, max: 2 },
  SSS: { part: 'millisecond', min: 1, max: 3 },
};
const tokenPattern = /yyyy|SSS|MM|dd|HH|mm|ss|M|d|H|m|s/g;

type Segment = string | { slot: number; min: number; max: number; millis: boolean };

/** The formats a profile may name besides patterns. */
export const namedFormats = ['iso8601', 'epoch_ms', 'epoch_s'] as const;

/**
 * Compiles a time format for a zone. Local times are read in `zone`; ISO 8601 times that carry
 * their own offset (`Z`, `+08:00`) keep it. Throws, naming the format, when it cannot be compiled.
 *
 * Patterns are read by a small scanner rather than a regular expression: it runs once per record of every
 * import, and reading digits in place allocates nothing.
 */
export function compileTimeFormat(format: string, zone: string): TimeReader {
  if (format === 'epoch_ms') return epoch(1);
  if (format === 'epoch_s') return epoch(1000);
  if (format === 'iso8601') return iso8601(zone);
  const segments: Segment[] = [];
  const seen = new Set<Part>();
  let last = 0;
  for (const match of format.matchAll(tokenPattern)) {
    if (match.index > last) segments.push(format.slice(last, match.index));
    const token = tokens[match[0]]!;
    seen.add(token.part);
    segments.push({
      slot: partOrder.indexOf(token.part),
      min: token.min,
      max: token.max,
      millis: token.part === 'millisecond',
    });
    last = match.index + match[0].length;
  }
  if (last < format.length) segments.push(format.slice(last));
  for (const needed of ['year', 'month', 'day'] as const) {
    if (!seen.has(needed))
      throw new Error(`time format "${format}" has no ${needed}; use yyyy, MM (or M) and dd (or d)`);
  }
  const toUtc = utcReader(zone);
  const parts = [0, 1, 1, 0, 0, 0, 0];
  return (text) => {
    parts.fill(0);
    parts[1] = 1;
    parts[2] = 1;
    let at = 0;
    for (const segment of segments) {
      if (typeof segment === 'string') {
        if (!text.startsWith(segment, at)) return undefined;
        at += segment.length;
        continue;
      }
      let value = 0;
      let digits = 0;
      while (digits < segment.max) {
        const code = text.charCodeAt(at) - 48;
        if (!(code >= 0 && code <= 9)) break;
        value = value * 10 + code;
        at += 1;
        digits += 1;
      }
      if (digits < segment.min) return undefined;
      parts[segment.slot] = segment.millis ? value * 10 ** (3 - digits) : value;
    }
    if (at !== text.length) return undefined;
    return toUtc(parts[0]!, parts[1]!, parts[2]!, parts[3]!, parts[4]!, parts[5]!, parts[6]!);
  };
}

/** Tries each format in turn. */
export function compileTimeFormats(
  formats: readonly string[],
  zone: string,
  clockOffsetSeconds = 0,
): TimeReader {
  const readers = formats.map((f) => compileTimeFormat(f, zone));
  const shift = clockOffsetSeconds * 1000;
  return (text) => {
    for (const read of readers) {
      const time = read(text);
      if (time !== undefined) return time + shift;
    }
    return undefined;
  };
}

type UtcReader = (
  y: number,
  mo: number,
  d: number,
  h: number,
  mi: number,
  s: number,
  ms: number,
) => number | undefined;

/** Checks a date's parts and turns them into UTC for the zone. */
function utcReader(zone: string): UtcReader {
  const clock = wallClock(zone);
  return (y, mo, d, h, mi, s, ms) => {
    if (mo < 1 || mo > 12 || d < 1 || h > 23 || mi > 59 || s > 59) return undefined;
    const wall = Date.UTC(y, mo - 1, d, h, mi, s, ms);
    // Date.UTC rolls 31 April over into 1 May; such a date is wrong, not late.
    if (d > 28 && new Date(wall).getUTCDate() !== d) return undefined;
    return clock(wall);
  };
}

const isoPattern =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;

function iso8601(zone: string): TimeReader {
  const local = utcReader(zone);
  const offsets = new Map<string, UtcReader>();
  return (text) => {
    const m = isoPattern.exec(text);
    if (!m) return undefined;
    const [, y, mo, d, h = '0', mi = '0', s = '0', fraction = '0', offset] = m;
    let read = local;
    if (offset) {
      read = offsets.get(offset) ?? utcReader(offset.toUpperCase() === 'Z' ? 'UTC' : offset);
      offsets.set(offset, read);
    }
    const ms = Number(fraction.slice(0, 3).padEnd(3, '0'));
    return read(Number(y), Number(mo), Number(d), Number(h), Number(mi), Number(s), ms);
  };
}

function epoch(msPerUnit: number): TimeReader {
  return (text) => {
    if (!/^-?\d+(\.\d+)?$/.test(text)) return undefined;
    return Math.round(Number(text) * msPerUnit);
  };
}
