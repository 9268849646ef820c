/**
 * @module Where each lane and each mark goes: marks closer than a few pixels stack in rows within their lane, so at
 * any zoom every event stays visible and can be pointed at (the reference case's badge-in and door-camera match, two
 * seconds apart, are two marks, not one). A lane is as tall as its rows and its label rows need.
 */
import { type Lane, laneNames, type TimelineItem } from '../../api/types';
import { AXIS_H, LABEL_ROW_H, MARK_H, MARK_TOP, STACK_STEP } from './geometry';
import { LABEL_ROWS } from './labels';

const MAX_STACK = 4;
const MIN_GAP_PX = 7;

export interface LaneBox {
  lane: Lane;
  top: number;
  height: number;
  /** Where the lowest row of marks ends and the labels begin. */
  marksBottom: number;
}

export interface LaneLayout {
  boxes: LaneBox[];
  /** The y of each visible event's mark. */
  markY: Map<string, number>;
  height: number;
}

/** `visibleByLane` holds each lane's visible events in time order; `x` places a time. */
export function layoutLanes(
  visibleByLane: ReadonlyMap<Lane, readonly TimelineItem[]>,
  x: (time: number) => number,
): LaneLayout {
  const markY = new Map<string, number>();
  const boxes: LaneBox[] = [];
  let top = AXIS_H;
  for (const lane of laneNames) {
    const rowEnds: number[] = [];
    const rowOf = new Map<string, number>();
    for (const item of visibleByLane.get(lane) ?? []) {
      const at = x(item.time);
      let row = rowEnds.findIndex((end) => at - end >= MIN_GAP_PX);
      // Past the last row, share the one that has been free longest rather than grow without end.
      if (row < 0) row = rowEnds.length < MAX_STACK ? rowEnds.length : rowEnds.indexOf(Math.min(...rowEnds));
      rowEnds[row] = at;
      rowOf.set(item.id, row);
    }
    for (const [id, row] of rowOf) markY.set(id, top + MARK_TOP + row * STACK_STEP);
    const marksBottom = top + MARK_TOP + (Math.max(1, rowEnds.length) - 1) * STACK_STEP + MARK_H;
    const height = marksBottom - top + 6 + LABEL_ROWS * LABEL_ROW_H + 4;
    boxes.push({ lane, top, height, marksBottom });
    top += height;
  }
  return { boxes, markY, height: top + 1 };
}
