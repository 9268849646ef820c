/** @module Demo time: China Standard Time (UTC+8, no daylight saving), the days of the simulation, and how exports print times. */

const HOUR = 3_600_000;
const CST = 8 * HOUR;

/** The instant of a local time: `localTime('2025-09-01', 21.5)` is 21:30 CST on 1 September. */
export function localTime(date: string, hours: number): number {
  const [y, m, d] = date.split('-').map(Number);
  return Date.UTC(y!, m! - 1, d!) + Math.round(hours * HOUR) - CST;
}

/** `count` consecutive dates from `start`, as YYYY-MM-DD. */
export function dateRange(start: string, count: number): string[] {
  const first = localTime(start, 12);
  return Array.from({ length: count }, (_, i) => localDate(first + i * 24 * HOUR));
}

/** The local date of an instant. */
export function localDate(epoch: number): string {
  return new Date(epoch + CST).toISOString().slice(0, 10);
}

/** Day of the week of a date, 0 Sunday … 6 Saturday. */
export function weekday(date: string): number {
  return new Date(`${date}T12:00:00Z`).getUTCDay();
}

/** Prints an instant in local time: `yyyy/MM/dd HH:mm:ss` style patterns (yyyy MM dd HH mm ss). */
export function formatLocal(epoch: number, pattern: string): string {
  const iso = new Date(epoch + CST).toISOString();
  return pattern
    .replace('yyyy', iso.slice(0, 4))
    .replace('MM', iso.slice(5, 7))
    .replace('dd', iso.slice(8, 10))
    .replace('HH', iso.slice(11, 13))
    .replace('mm', iso.slice(14, 16))
    .replace('ss', iso.slice(17, 19));
}

/** ISO 8601 with the +08:00 offset, as the mail gateway and chat archive write it. */
export function isoLocal(epoch: number): string {
  return `${new Date(epoch + CST).toISOString().slice(0, 19)}+08:00`;
}
