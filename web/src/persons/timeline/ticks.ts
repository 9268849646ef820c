/** @module Ticks for the time axis, on round wall-clock times of the work time zone, spaced to stay readable. */
import { startOfDay, wallClock } from '../../format/zoned-time';
import type { TimeRange } from './range';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const steps = [
  MINUTE,
  2 * MINUTE,
  5 * MINUTE,
  10 * MINUTE,
  15 * MINUTE,
  30 * MINUTE,
  HOUR,
  2 * HOUR,
  3 * HOUR,
  6 * HOUR,
  12 * HOUR,
  DAY,
  2 * DAY,
  7 * DAY,
];

export interface Tick {
  time: number;
  /** Midnight: labelled with the date rather than the time. */
  major: boolean;
}

/** Ticks at least `minGapPx` apart over `view` drawn `widthPx` wide. */
export function ticksFor(view: TimeRange, widthPx: number, timeZone: string, minGapPx = 80): Tick[] {
  const span = view.to - view.from;
  const step = steps.find((s) => (s / span) * widthPx >= minGapPx) ?? 30 * DAY;
  const ticks: Tick[] = [];
  if (step >= DAY) {
    const days = Math.round(step / DAY);
    for (let n = 0; ; n++) {
      const time = startOfDay(view.from, timeZone, n);
      if (time > view.to) break;
      // Weekly ticks fall on Mondays, other multi-day steps on every n-th day.
      const wall = wallClock(time, timeZone);
      const weekday = new Date(Date.UTC(wall.year, wall.month - 1, wall.day)).getUTCDay();
      const keep = days === 7 ? weekday === 1 : n % days === 0;
      if (time >= view.from && keep) ticks.push({ time, major: true });
    }
    return ticks;
  }
  // Within a day the zone's offset is taken as fixed; a daylight-saving night shifts its ticks by an hour.
  const midnight = startOfDay(view.from, timeZone);
  const first = midnight + Math.ceil((view.from - midnight) / step) * step;
  for (let time = first; time <= view.to; time += step) {
    const wall = wallClock(time, timeZone);
    ticks.push({ time, major: wall.hour === 0 && wall.minute === 0 });
  }
  return ticks;
}

/** Night hours (20:00–07:00), shaded so that after-hours events stand out. */
export function nightsIn(view: TimeRange, timeZone: string): TimeRange[] {
  const nights: TimeRange[] = [];
  for (let n = 0; ; n++) {
    const midnight = startOfDay(view.from, timeZone, n);
    if (midnight - 4 * HOUR > view.to) break;
    nights.push({ from: midnight - 4 * HOUR, to: midnight + 7 * HOUR });
  }
  return nights
    .map((night) => ({ from: Math.max(night.from, view.from), to: Math.min(night.to, view.to) }))
    .filter((night) => night.to > night.from);
}
