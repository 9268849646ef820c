/**
 * @module Events to numbers: each event becomes a UUID and a row of 32-bit lanes, every string becomes a code into a
 * per-batch dictionary. Moving numbers into DuckDB is a memory copy; moving strings one by one costs ~0.1 µs each.
 */
import { type Event, type FieldValue, MolehuntError } from '../../model/index.js';
import { writeUuid } from './uuid.js';

/** Where each value sits in an event's row of lanes; attributes take one lane each from `firstAttr` on. */
export const lane = { timeLow: 0, timeHigh: 1, line: 2, shape: 3, row: 4, actor: 5, target: 6, firstAttr: 7 } as const;

/** Time is stored shifted by 2^52 so that both 32-bit halves are non-negative. */
export const timeBias = 2 ** 52;

/** The columns that repeat across a batch's events, stored once per distinct combination. */
export interface Shape {
  source: string;
  kind: string;
  action: string;
  batch: string;
  file: string;
}

export interface EncodedBatch {
  count: number;
  /** Four lanes an event, in DuckDB's UUID layout. */
  ids: Uint32Array<ArrayBuffer>;
  /** `width` lanes an event (a multiple of 4, so a row is a whole number of 128-bit integers). */
  lanes: Uint32Array<ArrayBuffer>;
  width: number;
  /** Actor and target dictionary; code n is `strings[n - 1]`, 0 is absent. */
  strings: string[];
  /** Attribute dictionary of `"key":value` JSON fragments; code n is `fragments[n - 1]`, 0 is absent. */
  fragments: string[];
  attrLanes: number;
  /** Shape n is `shapes[n - 1]`. */
  shapes: Shape[];
}

function invalid(index: number, event: Event, reason: string): MolehuntError {
  return new MolehuntError('MH_ERR_EVENT_INVALID', `event ${index + 1} of the batch (id "${event.id}"): ${reason}`);
}

function isFieldValue(value: unknown): value is FieldValue {
  if (typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value);
  if (!Array.isArray(value)) return false;
  return value.every((v) => typeof v === 'string') || value.every((v) => typeof v === 'number' && Number.isFinite(v));
}

interface Slot {
  lane: number;
  head: string;
  codes: Map<string | number | boolean, number>;
}

/** Turns `events[from..to)` into lanes and dictionaries; throws MH_ERR_EVENT_INVALID on a malformed event. */
export function encodeEvents(events: readonly Event[], from = 0, to = events.length): EncodedBatch {
  const count = to - from;
  const ids = new Uint32Array(count * 4);
  let width = 12;
  let lanes = new Uint32Array(count * width);
  const strings: string[] = [];
  const stringCodes = new Map<string, number>();
  const fragments: string[] = [];
  const slots = new Map<string, Slot>();
  const shapes = new ShapeCodes();
  const stringCode = (value: string, i: number): number => {
    let code = stringCodes.get(value);
    if (code === undefined) {
      if (typeof value !== 'string') throw invalid(from + i, events[from + i]!, 'actor and target must be strings');
      code = strings.push(value);
      stringCodes.set(value, code);
    }
    return code;
  };

  for (let i = 0; i < count; i++) {
    const event = events[from + i]!;
    if (!writeUuid(event.id, ids, i * 4)) {
      throw invalid(from + i, event, 'the id is not a UUID (8-4-4-4-12 hex digits); make ids with eventId()');
    }
    if (!Number.isInteger(event.time) || Math.abs(event.time) >= timeBias) {
      throw invalid(from + i, event, `time ${event.time} is not a whole number of epoch milliseconds`);
    }
    const time = event.time + timeBias;
    const line = event.raw.line;
    if (!Number.isInteger(line) || line < 0 || line > 0xffffffff) {
      throw invalid(from + i, event, `raw.line ${line} is not a whole number from 0 to 4294967295`);
    }
    const high = Math.floor(time / 2 ** 32);
    const row = i * width;
    lanes[row + lane.timeLow] = time - high * 2 ** 32;
    lanes[row + lane.timeHigh] = high;
    lanes[row + lane.line] = line;
    lanes[row + lane.shape] = shapes.code(event, from + i);
    lanes[row + lane.row] = i;
    if (event.actor !== undefined) lanes[row + lane.actor] = stringCode(event.actor, i);
    if (event.target !== undefined) lanes[row + lane.target] = stringCode(event.target, i);
    const attrs = event.attrs;
    for (const key in attrs) {
      const value = attrs[key];
      if (value === undefined) continue;
      let slot = slots.get(key);
      if (slot === undefined) {
        slot = { lane: lane.firstAttr + slots.size, head: `${JSON.stringify(key)}:`, codes: new Map() };
        slots.set(key, slot);
        if (slot.lane >= width) {
          lanes = widen(lanes, width, i + 1);
          width += 4;
        }
      }
      // Lists are keyed by their JSON text: each event carries its own array object.
      const byValue = Array.isArray(value) ? JSON.stringify(value) : value;
      let code = slot.codes.get(byValue);
      if (code === undefined) {
        if (!isFieldValue(value)) {
          throw invalid(from + i, event, `attribute "${key}" is not a string, a finite number, a boolean or a list of them`);
        }
        code = fragments.push(slot.head + JSON.stringify(value));
        slot.codes.set(byValue, code);
      }
      lanes[i * width + slot.lane] = code;
    }
  }
  return { count, ids, lanes, width, strings, fragments, attrLanes: slots.size, shapes: shapes.list };
}

/** A copy of the first `rows` rows of `lanes` with four more lanes a row. */
function widen(lanes: Uint32Array, width: number, rows: number): Uint32Array<ArrayBuffer> {
  const wider = new Uint32Array((lanes.length / width) * (width + 4));
  for (let r = 0; r < rows; r++) wider.set(lanes.subarray(r * width, r * width + width), r * (width + 4));
  return wider;
}

/** Shape codes: (batch, file, source) rarely change within a batch, so they are compared before any lookup. */
class ShapeCodes {
  readonly list: Shape[] = [];
  private readonly contexts = new Map<string, Map<string, Map<string, number>>>();
  private batch?: string;
  private file?: string;
  private source?: string;
  private byAction = new Map<string, Map<string, number>>();

  code(event: Event, index: number): number {
    const { batch, file } = event.raw;
    if (batch !== this.batch || file !== this.file || event.source !== this.source) {
      const key = JSON.stringify([batch, file, event.source]);
      let context = this.contexts.get(key);
      if (context === undefined) this.contexts.set(key, (context = new Map()));
      this.byAction = context;
      this.batch = batch;
      this.file = file;
      this.source = event.source;
    }
    let byKind = this.byAction.get(event.action);
    if (byKind === undefined) this.byAction.set(event.action, (byKind = new Map()));
    let code = byKind.get(event.kind);
    if (code === undefined) {
      const named = [event.source, event.kind, event.action].every((f) => typeof f === 'string' && f !== '');
      if (!named || typeof batch !== 'string' || typeof file !== 'string') {
        throw invalid(index, event, 'source, kind and action must be non-empty strings, raw.batch and raw.file strings');
      }
      code = this.list.push({ source: event.source, kind: event.kind, action: event.action, batch, file });
      byKind.set(event.kind, code);
    }
    return code;
  }
}
