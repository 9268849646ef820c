/**
 * @module Wall-clock arithmetic in the work time zone (not the browser's): the parts of a moment, midnight of its
 * day, and a wall-clock time back to epoch ms. Built on Intl only.
 */

export interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const partFormats = new Map<string, Intl.DateTimeFormat>();

function partFormat(timeZone: string): Intl.DateTimeFormat {
  let format = partFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    partFormats.set(timeZone, format);
  }
  return format;
}

/** The wall clock in `timeZone` at `ms`. */
export function wallClock(ms: number, timeZone: string): WallClock {
  const parts: Record<string, number> = {};
  for (const part of partFormat(timeZone).formatToParts(ms)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return {
    year: parts.year ?? 1970,
    month: parts.month ?? 1,
    day: parts.day ?? 1,
    hour: parts.hour ?? 0,
    minute: parts.minute ?? 0,
    second: parts.second ?? 0,
  };
}

/** How far `timeZone` is ahead of UTC at `ms`, in ms. */
function offsetAt(ms: number, timeZone: string): number {
  const w = wallClock(ms, timeZone);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  return asUtc - Math.floor(ms / 1000) * 1000;
}

/** The moment a wall-clock time happens in `timeZone` (month 1-based; out-of-range days roll over). */
function fromWallClock(
  wall: Partial<WallClock> & Pick<WallClock, 'year' | 'month' | 'day'>,
  timeZone: string,
) {
  const asUtc = Date.UTC(
    wall.year,
    wall.month - 1,
    wall.day,
    wall.hour ?? 0,
    wall.minute ?? 0,
    wall.second ?? 0,
  );
  // The offset at the guess is right except across a daylight-saving change; a second pass settles it.
  const guess = asUtc - offsetAt(asUtc, timeZone);
  return asUtc - offsetAt(guess, timeZone);
}

/** Midnight, in `timeZone`, of the day `ms` falls on, `days` days later. */
export function startOfDay(ms: number, timeZone: string, days = 0): number {
  const w = wallClock(ms, timeZone);
  return fromWallClock({ year: w.year, month: w.month, day: w.day + days }, timeZone);
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
  return fromWallClock(
    { year: year!, month: month!, day: day!, hour: hour || 0, minute: minute || 0 },
    timeZone,
  );
}
