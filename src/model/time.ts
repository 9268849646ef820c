/** @module Time zones: wall-clock time in a zone to UTC and back, DST included, fast enough for every record of an import. */

const FIXED_OFFSET = /^(?:UTC|GMT)?([+-])(\d{2}):?(\d{2})$/;
const QUARTER_HOUR = 15 * 60_000;

const displayFormats = new Map<string, Intl.DateTimeFormat>();
const offsetCaches = new Map<string, Map<number, number>>();

function displayFormat(zone: string): Intl.DateTimeFormat {
  let format = displayFormats.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('sv-SE', {
      timeZone: zone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    });
    displayFormats.set(zone, format);
  }
  return format;
}

/** True for an IANA zone name (`Asia/Shanghai`), `UTC`, or a fixed offset (`+08:00`). */
export function isTimeZone(zone: string): boolean {
  if (FIXED_OFFSET.test(zone)) return true;
  try {
    displayFormat(zone);
    return true;
  } catch {
    return false;
  }
}

/** `2026-09-01 21:30:00` in the given zone. */
export function formatTime(epochMs: number, zone: string): string {
  const fixed = fixedOffsetMs(zone);
  if (fixed !== undefined) return new Date(epochMs + fixed).toISOString().slice(0, 19).replace('T', ' ');
  return displayFormat(zone).format(new Date(epochMs));
}

/**
 * The zone's offset from UTC at an instant, in ms (positive east of Greenwich).
 * Offsets only change on quarter hours, so each quarter hour is asked of Intl once per zone.
 */
export function zoneOffsetMs(instant: number, zone: string): number {
  const fixed = fixedOffsetMs(zone);
  if (fixed !== undefined) return fixed;
  let cache = offsetCaches.get(zone);
  if (!cache) {
    cache = new Map();
    offsetCaches.set(zone, cache);
  }
  const bucket = Math.floor(instant / QUARTER_HOUR);
  let offset = cache.get(bucket);
  if (offset === undefined) {
    const start = bucket * QUARTER_HOUR;
    const [date = '', time = ''] = displayFormat(zone).format(new Date(start)).split(' ');
    const [y, mo, d] = date.split('-').map(Number);
    const [h, mi, s] = time.split(':').map(Number);
    offset = Date.UTC(y ?? 0, (mo ?? 1) - 1, d ?? 1, h ?? 0, mi ?? 0, s ?? 0) - start;
    cache.set(bucket, offset);
  }
  return offset;
}

/**
 * The UTC instant of a wall-clock time in a zone; `wallMs` is that wall time written as if it were UTC.
 * In the hour a DST change repeats, the earlier instant is taken; a time that DST skips is read with the offset
 * in force after the change.
 */
export function wallTimeToUtc(wallMs: number, zone: string): number {
  const guess = wallMs - zoneOffsetMs(wallMs, zone);
  const earlier = wallMs - zoneOffsetMs(guess - 3_600_000, zone);
  if (earlier + zoneOffsetMs(earlier, zone) === wallMs) return earlier;
  return wallMs - zoneOffsetMs(guess, zone);
}

/**
 * `wallTimeToUtc` for one zone, for reading many times: offsets change only on quarter hours of wall time
 * too, so the answer for a quarter hour is worked out once and then is one map lookup.
 */
export function wallClock(zone: string): (wallMs: number) => number {
  const fixed = fixedOffsetMs(zone);
  if (fixed !== undefined) return (wallMs) => wallMs - fixed;
  const offsets = new Map<number, number>();
  return (wallMs) => {
    const bucket = Math.floor(wallMs / QUARTER_HOUR);
    let offset = offsets.get(bucket);
    if (offset === undefined) {
      const start = bucket * QUARTER_HOUR;
      offset = start - wallTimeToUtc(start, zone);
      offsets.set(bucket, offset);
    }
    return wallMs - offset;
  };
}

function fixedOffsetMs(zone: string): number | undefined {
  if (zone === 'UTC' || zone === 'Etc/UTC' || zone === 'Z') return 0;
  const match = FIXED_OFFSET.exec(zone);
  if (!match) return undefined;
  const [, sign, hours, minutes] = match;
  return (sign === '-' ? -1 : 1) * (Number(hours) * 60 + Number(minutes)) * 60_000;
}

const DAY = 86_400_000;

/** Midnight, in `zone`, of the day `instant` falls on, `days` days later (DST days are 23 or 25 hours long). */
export function startOfDay(instant: number, zone: string, days = 0): number {
  const wall = instant + zoneOffsetMs(instant, zone);
  return wallTimeToUtc(Math.floor(wall / DAY) * DAY + days * DAY, zone);
}
