/**
 * @module Events to numbers: each event becomes a UUID and eight 32-bit lanes, every string a code into a per-batch
 * dictionary. Moving numbers into DuckDB is a memory copy; moving strings one at a time costs ~0.1 µs each.
 */
import type { Event } from '../../model/index.js';
import { AttrJson, invalidEvent, type Shape, ShapeCodes, StringCodes } from './codes.js';
import { writeUuid } from './uuid.js';

/** Where each value sits in an event's eight lanes (two 128-bit integers, lowest lane first). */
export const lane = {
  timeLow: 0,
  timeHigh: 1,
  line: 2,
  shape: 3,
  row: 4,
  actor: 5,
  target: 6,
} as const;
/** Seven lanes are used; the eighth pads the row to two 128-bit words. */
export const width = 8;

/** Time is stored shifted by 2^52 so that both 32-bit halves are non-negative. */
export const timeBias = 2 ** 52;

export interface EncodedBatch {
  count: number;
  /** Four lanes an event, in DuckDB's UUID layout. */
  ids: Uint32Array<ArrayBuffer>;
  /** `width` lanes an event. */
  lanes: Uint32Array<ArrayBuffer>;
  /** Actor and target dictionary: code n is `strings[n - 1]`, 0 is absent. */
  strings: string[];
  /** Each event's attributes as JSON text, in row order. */
  attrs: string[];
  /** Shape n is `shapes[n - 1]`. */
  shapes: Shape[];
}

/** Turns events into lanes and dictionaries; throws MH_ERR_EVENT_INVALID, before anything is written, on a bad one. */
export function encodeEvents(events: readonly Event[]): EncodedBatch {
  const count = events.length;
  const ids = new Uint32Array(count * 4);
  const lanes = new Uint32Array(count * width);
  const strings = new StringCodes();
  const attrJson = new AttrJson();
  const attrs: string[] = new Array(count);
  const shapes = new ShapeCodes();

  for (let i = 0; i < count; i++) {
    const event = events[i]!;
    if (!writeUuid(event.id, ids, i * 4)) {
      throw invalidEvent(i, event, 'the id is not a UUID (8-4-4-4-12 hex digits); make ids with eventId()');
    }
    if (!Number.isInteger(event.time) || Math.abs(event.time) >= timeBias) {
      throw invalidEvent(i, event, `time ${event.time} is not a whole number of epoch milliseconds`);
    }
    const line = event.raw.line;
    if (!Number.isInteger(line) || line < 0 || line > 0xffffffff) {
      throw invalidEvent(i, event, `raw.line ${line} is not a whole number from 0 to 4294967295`);
    }
    const time = event.time + timeBias;
    const high = Math.floor(time / 2 ** 32);
    const row = i * width;
    lanes[row + lane.timeLow] = time - high * 2 ** 32;
    lanes[row + lane.timeHigh] = high;
    lanes[row + lane.line] = line;
    lanes[row + lane.shape] = shapes.code(event, i);
    lanes[row + lane.row] = i;
    const { actor, target } = event;
    if (actor !== undefined) lanes[row + lane.actor] = strings.code(actor, i, event);
    if (target !== undefined) lanes[row + lane.target] = strings.code(target, i, event);
    attrs[i] = attrJson.json(event, i);
  }
  return { count, ids, lanes, strings: strings.list, attrs, shapes: shapes.list };
}
