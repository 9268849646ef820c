/** @module The visible window of the time axis: zoom around a moment, pan, fit, always inside the loaded range. */
import { useCallback, useState } from 'react';
import type { TimeRange } from './range';

/** Closer than this and marks a second apart would still overlap nothing worth seeing. */
const MIN_SPAN_MS = 2 * 60_000;

export interface TimeView {
  view: TimeRange;
  /** Multiply the visible span by `factor` (<1 zooms in), keeping `anchor` where it is on screen. */
  zoom: (factor: number, anchor?: number) => void;
  pan: (deltaMs: number) => void;
  fit: () => void;
  /** Moves the window, without zooming, so that `time` is in it. */
  reveal: (time: number) => void;
  /** Shows exactly this window (clamped to the loaded range). */
  show: (range: TimeRange) => void;
}

function clamp(range: TimeRange, domain: TimeRange): TimeRange {
  const span = Math.min(range.to - range.from, domain.to - domain.from);
  const from = Math.max(domain.from, Math.min(range.from, domain.to - span));
  return { from, to: from + span };
}

export function useView(domain: TimeRange): TimeView {
  const [state, setState] = useState({ domain, view: domain });
  // A new loaded range starts fitted to it.
  let current = state;
  if (state.domain.from !== domain.from || state.domain.to !== domain.to) {
    current = { domain, view: domain };
    setState(current);
  }
  const { view } = current;

  const update = useCallback(
    (change: (view: TimeRange) => TimeRange) =>
      setState((before) => ({ ...before, view: clamp(change(before.view), before.domain) })),
    [],
  );

  return {
    view,
    zoom: (factor, anchor) =>
      update((v) => {
        const span = v.to - v.from;
        const nextSpan = Math.max(MIN_SPAN_MS, span * factor);
        const at = anchor ?? v.from + span / 2;
        const from = at - ((at - v.from) / span) * nextSpan;
        return { from, to: from + nextSpan };
      }),
    pan: (deltaMs) => update((v) => ({ from: v.from + deltaMs, to: v.to + deltaMs })),
    fit: () => setState((before) => ({ ...before, view: before.domain })),
    reveal: (time) =>
      update((v) => {
        if (time >= v.from && time <= v.to) return v;
        const half = (v.to - v.from) / 2;
        return { from: time - half, to: time + half };
      }),
    show: (range) => update(() => range),
  };
}
