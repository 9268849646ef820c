/** @module The time axis drawing's fixed measures, and the scale between time and pixels. */
import type { TimeRange } from './range';

export const LANE_LABEL_W = 124;
export const RIGHT_PAD = 14;
export const AXIS_H = 28;
export const MARK_TOP = 8;
export const MARK_H = 16;
/** Marks too close to tell apart stack downwards by this much, so none hides another. */
export const STACK_STEP = MARK_H + 3;
export const LABEL_ROW_H = 14;

/** Maps times in `view` onto x from the lane labels' edge to the right padding, and back. */
export function timeScale(view: TimeRange, widthPx: number) {
  const plot = Math.max(1, widthPx - LANE_LABEL_W - RIGHT_PAD);
  const msPerPx = (view.to - view.from) / plot;
  return {
    plot,
    msPerPx,
    x: (time: number) => LANE_LABEL_W + (time - view.from) / msPerPx,
    time: (x: number) => view.from + (x - LANE_LABEL_W) * msPerPx,
  };
}
