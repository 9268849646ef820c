/** @module Time ranges for the timeline: the day it opens on, the preset ranges, and showing one signal's events. */
import type { PersonDetail } from '../../api/types';
import { startOfDay } from '../../format/zoned-time';

export interface TimeRange {
  from: number;
  to: number;
}

/** A signal picked in the signals table: the timeline shows its day with its events selected. */
export interface SignalPick {
  time: number;
  events: readonly string[];
}

export type PresetKey = 'focus' | 'latest' | 'alert' | 'days7' | 'days30';

export interface Preset {
  key: PresetKey;
  range: TimeRange;
}

/** The whole day, in the work time zone, that `time` falls on. */
export function dayOf(time: number, timeZone: string): TimeRange {
  return { from: startOfDay(time, timeZone), to: startOfDay(time, timeZone, 1) };
}

/** `days` whole days ending with the day `time` falls on. */
function daysUpTo(time: number, days: number, timeZone: string): TimeRange {
  return { from: startOfDay(time, timeZone, 1 - days), to: startOfDay(time, timeZone, 1) };
}

export function sameRange(a: TimeRange | undefined, b: TimeRange | undefined): boolean {
  return a?.from === b?.from && a?.to === b?.to;
}

/**
 * The ranges offered above the timeline, the first being where it opens: the day of the weightiest signal (the
 * API's `focus`), the latest signal's day, the alert's day (each once), then 7 and 30 days up to the latest signal.
 */
export function presetsFor(detail: PersonDetail, timeZone: string): Preset[] {
  const latest = detail.signals.length ? Math.max(...detail.signals.map((s) => s.time)) : undefined;
  const days: Preset[] = [];
  if (detail.focus) days.push({ key: 'focus', range: { from: detail.focus.from, to: detail.focus.to } });
  if (latest !== undefined) days.push({ key: 'latest', range: dayOf(latest, timeZone) });
  if (detail.alert) days.push({ key: 'alert', range: dayOf(detail.alert.opened, timeZone) });
  const distinct = days.filter((preset, i) => days.findIndex((p) => sameRange(p.range, preset.range)) === i);
  const anchor = latest ?? detail.alert?.opened;
  if (anchor === undefined) return distinct;
  return [
    ...distinct,
    { key: 'days7', range: daysUpTo(anchor, 7, timeZone) },
    { key: 'days30', range: daysUpTo(anchor, 30, timeZone) },
  ];
}
