/** @module The per-batch dictionaries that turn an event's strings into small numbers. */
import { type Event, type FieldValue, MolehuntError } from '../../model/index.js';

/** The columns that repeat across a batch's events, stored once per distinct combination. */
export interface Shape {
  source: string;
  kind: string;
  action: string;
  batch: string;
  file: string;
}

/** The error for the `index`th event of a batch (counted from 0, reported from 1). */
export function invalidEvent(index: number, event: Event, reason: string): MolehuntError {
  return new MolehuntError(
    'MH_ERR_EVENT_INVALID',
    `event ${index + 1} of the batch (id "${event.id}"): ${reason}`,
  );
}

function isFieldValue(value: unknown): value is FieldValue {
  if (typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value);
  if (!Array.isArray(value)) return false;
  return (
    value.every((v) => typeof v === 'string') ||
    value.every((v) => typeof v === 'number' && Number.isFinite(v))
  );
}

/** `map`'s value for `key`, made and set when missing. */
function child<K, V>(map: Map<K, V>, key: K, make: () => V): V {
  let value = map.get(key);
  if (value === undefined) {
    value = make();
    map.set(key, value);
  }
  return value;
}

/** Strings numbered from 1 in the order first seen. */
export class StringCodes {
  readonly list: string[] = [];
  private readonly codes = new Map<string, number>();

  code(value: string, index: number, event: Event): number {
    let code = this.codes.get(value);
    if (code === undefined) {
      if (typeof value !== 'string') throw invalidEvent(index, event, 'actor and target must be strings');
      code = this.list.push(value);
      this.codes.set(value, code);
    }
    return code;
  }
}

/** A node of the trie of fragment runs: the attribute object made of the fragments on its path. */
interface Run {
  code: number;
  next?: Map<number, Run>;
}

/**
 * Attribute objects as codes. Each distinct (key, value) becomes a `"key":value` fragment once; each distinct run of
 * fragments becomes one JSON object once. Attributes repeat across events (doors, directions, hosts), so DuckDB
 * then copies a finished object per event instead of assembling one from fragments (~0.2 µs an event).
 */
export class AttrCodes {
  readonly list: string[] = [];
  private readonly fragments: string[] = [];
  /** Fragment codes by key, then by value; lists by their JSON text, apart from strings that read the same. */
  private readonly byKey = new Map<
    string,
    { scalars: Map<string | number | boolean, number>; lists: Map<string, number> }
  >();
  private readonly runs: Run = { code: 0 };
  private readonly path: number[] = [];

  code(event: Event, index: number): number {
    const attrs = event.attrs;
    const path = this.path;
    path.length = 0;
    let run = this.runs;
    for (const key in attrs) {
      const value = attrs[key];
      if (value === undefined) continue;
      const codes = child(this.byKey, key, () => ({ scalars: new Map(), lists: new Map() }));
      // Each event carries its own array object, so a list is looked up by its JSON text.
      const list = Array.isArray(value);
      const values: Map<string | number | boolean, number> = list ? codes.lists : codes.scalars;
      const byValue = list ? JSON.stringify(value) : value;
      let fragment = values.get(byValue);
      if (fragment === undefined) {
        if (!isFieldValue(value)) {
          throw invalidEvent(
            index,
            event,
            `attribute "${key}" is not a string, a finite number, a boolean or a list of them`,
          );
        }
        fragment = this.fragments.push(`${JSON.stringify(key)}:${list ? byValue : JSON.stringify(value)}`);
        values.set(byValue, fragment);
      }
      path.push(fragment);
      run.next ??= new Map();
      run = child(run.next, fragment, () => ({ code: 0 }));
    }
    if (run.code === 0) run.code = this.list.push(`{${path.map((f) => this.fragments[f - 1]).join(',')}}`);
    return run.code;
  }
}

/** Shape codes: (batch, file, source) rarely change within a batch, so they are compared before any lookup. */
export class ShapeCodes {
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
      this.byAction = child(this.contexts, key, () => new Map());
      this.batch = batch;
      this.file = file;
      this.source = event.source;
    }
    const byKind = child(this.byAction, event.action, () => new Map<string, number>());
    let code = byKind.get(event.kind);
    if (code === undefined) {
      const named = [event.source, event.kind, event.action].every((f) => typeof f === 'string' && f !== '');
      if (!named || typeof batch !== 'string' || typeof file !== 'string') {
        throw invalidEvent(
          index,
          event,
          'source, kind and action must be non-empty strings, raw.batch and raw.file strings',
        );
      }
      code = this.list.push({ source: event.source, kind: event.kind, action: event.action, batch, file });
      byKind.set(event.kind, code);
    }
    return code;
  }
}
