/**
 * @module Wall-clock arithmetic in the work time zone (not the browser's): the parts of a moment, midnight of its
 * day, and a wall-clock time back to epoch ms, on the server's own zone arithmetic (src/model/time.ts).
 */
import { startOfDay, wallTimeToUtc, zoneOffsetMs } from '../../../src/model/time';

export { startOfDay };

export interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/** The wall clock in `timeZone` at `ms`. */
export function wallClock(ms: number, timeZone: string): WallClock {
  const wall = new Date(ms + zoneOffsetMs(ms, timeZone));
  return {
    year: wall.getUTCFullYear(),
    month: wall.getUTCMonth() + 1,
    day: wall.getUTCDate(),
    hour: wall.getUTCHours(),
    minute: wall.getUTCMinutes(),
    second: wall.getUTCSeconds(),
  };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** `2025-09-01`, `2025-09-01 21:30`, `2025-09-01 21:30:04` or `21:30` in the work time zone. */
export function formatWall(
  ms: number,
  timeZone: string,
  shape: 'date' | 'minute' | 'second' | 'time',
): string {
  const w = wallClock(ms, timeZone);
  const date = `${w.year}-${pad(w.month)}-${pad(w.day)}`;
  const time = `${pad(w.hour)}:${pad(w.minute)}`;
  if (shape === 'date') return date;
  if (shape === 'time') return time;
  return shape === 'minute' ? `${date} ${time}` : `${date} ${time}:${pad(w.second)}`;
}

/** The moment an <input type="datetime-local"> value (`2025-09-01T21:30`) names in `timeZone`. */
export function fromLocalInput(value: string, timeZone: string): number | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?/.exec(value);
  if (!match) return undefined;
  const [, year, month, day, hour, minute] = match.map(Number) as number[];
  return wallTimeToUtc(Date.UTC(year!, month! - 1, day!, hour || 0, minute || 0), timeZone);
}
