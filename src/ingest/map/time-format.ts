/** @module Reading the times exports write: patterns like `yyyy/MM/dd HH:mm:ss`, ISO 8601, epoch seconds or ms. */
import { wallTimeToUtc } from '../../model/index.js';

/** A compiled time reader: text → UTC epoch ms, or undefined when the text does not fit. */
export type TimeReader = (text: string) => number | undefined;

const tokens: Record<string, { regex: string; part: keyof Parts }> = {
  yyyy: { regex: '(\\d{4})', part: 'year' },
  MM: { regex: '(\\d{2})', part: 'month' },
  M: { regex: '(\\d{1,2})', part: 'month' },
  dd: { regex: '(\\d{2})', part: 'day' },
  d: { regex: '(\\d{1,2})', part: 'day' },
  HH: { regex: '(\\d{2})', part: 'hour' },
  H: { regex: '(\\d{1,2})', part: 'hour' },
  mm: { regex: '(\\d{2})', part: 'minute' },
  m: { regex: '(\\d{1,2})', part: 'minute' },
  ss: { regex: '(\\d{2})', part: 'second' },
  s: { regex: '(\\d{1,2})', part: 'second' },
  SSS: { regex: '(\\d{1,3})', part: 'millisecond' },
};
const tokenPattern = /yyyy|SSS|MM|dd|HH|mm|ss|M|d|H|m|s/g;

interface Parts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
}

/** The formats a profile may name besides patterns. */
export const namedFormats = ['iso8601', 'epoch_ms', 'epoch_s'] as const;

/**
 * Compiles a time format for a zone. Local times are read in `zone`; ISO 8601 times that carry
 * their own offset (`Z`, `+08:00`) keep it. Throws, naming the format, when it cannot be compiled.
 */
export function compileTimeFormat(format: string, zone: string): TimeReader {
  if (format === 'epoch_ms') return epoch(1);
  if (format === 'epoch_s') return epoch(1000);
  if (format === 'iso8601') return iso8601(zone);
  const parts: (keyof Parts)[] = [];
  let regex = '';
  let last = 0;
  for (const match of format.matchAll(tokenPattern)) {
    regex += escapeRegex(format.slice(last, match.index)) + tokens[match[0]]!.regex;
    parts.push(tokens[match[0]]!.part);
    last = match.index + match[0].length;
  }
  regex += escapeRegex(format.slice(last));
  for (const needed of ['year', 'month', 'day'] as const) {
    if (!parts.includes(needed)) {
      throw new Error(`time format "${format}" has no ${needed}; use yyyy, MM (or M) and dd (or d)`);
    }
  }
  const compiled = new RegExp(`^${regex}$`);
  return (text) => {
    const match = compiled.exec(text);
    if (!match) return undefined;
    const values: Parts = { year: 0, month: 1, day: 1, hour: 0, minute: 0, second: 0, millisecond: 0 };
    for (let i = 0; i < parts.length; i++) values[parts[i]!] = Number(match[i + 1]);
    if (parts.includes('millisecond'))
      values.millisecond = Number(match[parts.indexOf('millisecond') + 1]!.padEnd(3, '0'));
    return toUtc(values, zone);
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

function toUtc(p: Parts, zone: string): number | undefined {
  if (p.month < 1 || p.month > 12 || p.day < 1 || p.hour > 23 || p.minute > 59 || p.second > 59)
    return undefined;
  const wall = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second, p.millisecond);
  // Date.UTC rolls 31 April over into 1 May; such a date is wrong, not late.
  if (new Date(wall).getUTCDate() !== p.day) return undefined;
  return wallTimeToUtc(wall, zone);
}

const isoPattern =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;

function iso8601(zone: string): TimeReader {
  return (text) => {
    const m = isoPattern.exec(text);
    if (!m) return undefined;
    const [, y, mo, d, h = '0', mi = '0', s = '0', fraction = '0', offset] = m;
    const parts: Parts = {
      year: Number(y),
      month: Number(mo),
      day: Number(d),
      hour: Number(h),
      minute: Number(mi),
      second: Number(s),
      millisecond: Number(fraction.slice(0, 3).padEnd(3, '0')),
    };
    if (!offset) return toUtc(parts, zone);
    return toUtc(parts, offset.toUpperCase() === 'Z' ? 'UTC' : offset);
  };
}

function epoch(msPerUnit: number): TimeReader {
  return (text) => {
    if (!/^-?\d+(\.\d+)?$/.test(text)) return undefined;
    return Math.round(Number(text) * msPerUnit);
  };
}

function escapeRegex(literal: string): string {
  return literal.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
