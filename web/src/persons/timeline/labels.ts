/**
 * @module Which marks get a text label: labels go in a few rows under their lane and never overlap, events that are
 * part of a signal are placed first, so at a glance the evening that matters reads in words.
 */
import type { TimelineItem } from '../../api/types';

export const LABEL_ROWS = 3;
const LABEL_GAP_PX = 8;
const MAX_CHARS = 30;

export interface PlacedLabel {
  item: TimelineItem;
  row: number;
  text: string;
  /** Where the text starts: at its mark, or further left when the mark is near the right edge. */
  x: number;
}

/** Text width at 11px, erring wide so labels never touch: CJK characters are about twice as wide as Latin ones. */
function textWidth(text: string): number {
  let width = 0;
  for (const char of text) width += /[\u2E80-\uFFEF]/.test(char) ? 11.5 : 7;
  return width;
}

function labelText(item: TimelineItem, time: string): string {
  const detail = item.summary ? `${item.action} · ${item.summary}` : item.action;
  const short = detail.length > MAX_CHARS ? `${detail.slice(0, MAX_CHARS - 1)}…` : detail;
  return `${time} ${short}`;
}

/** Labels for one lane's visible marks; `x` places an item, `time` words its moment (HH:mm, or with the date). */
export function placeLabels(
  items: readonly TimelineItem[],
  x: (item: TimelineItem) => number,
  time: (item: TimelineItem) => string,
  widthPx: number,
): PlacedLabel[] {
  const byPriority = [...items].sort((a, b) => b.signals.length - a.signals.length || a.time - b.time);
  const rows: [number, number][][] = Array.from({ length: LABEL_ROWS }, () => []);
  const placed: PlacedLabel[] = [];
  for (const item of byPriority) {
    const text = labelText(item, time(item));
    const width = textWidth(text);
    const start = Math.max(0, Math.min(x(item), widthPx - width));
    const end = start + width;
    const row = rows.findIndex((taken) =>
      taken.every(([from, to]) => end + LABEL_GAP_PX <= from || start >= to + LABEL_GAP_PX),
    );
    if (row < 0) continue;
    rows[row]?.push([start, end]);
    placed.push({ item, row, text, x: start });
  }
  return placed;
}
