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

/** The `"key":value` fragments of one attribute key, cached while the key's values repeat. */
interface KeyFragments {
  prefix: string;
  scalars: Map<string | number | boolean, string>;
  lists: Map<string, string>;
}

/** Past this many distinct values a key is treated as unique per event (paths, subjects) and no longer cached. */
const MAX_CACHED_VALUES = 4096;

/**
 * Attribute objects as JSON text, one per event, staged as a VARCHAR column (~0.1 µs an event to append whatever
 * the text). Each attribute becomes a `"key":value` fragment, cached per key while its values repeat (doors,
 * directions, hosts); keys whose values are unique (record numbers, paths) stop being cached, so they cost one
 * JSON.stringify and no memory beyond the batch.
 */
export class AttrJson {
  private readonly byKey = new Map<string, KeyFragments>();
  private readonly parts: string[] = [];

  json(event: Event, index: number): string {
    const attrs = event.attrs;
    const parts = this.parts;
    parts.length = 0;
    for (const key in attrs) {
      const value = attrs[key];
      if (value === undefined) continue;
      let fragments = this.byKey.get(key);
      if (!fragments) {
        fragments = { prefix: `${JSON.stringify(key)}:`, scalars: new Map(), lists: new Map() };
        this.byKey.set(key, fragments);
      }
      const list = Array.isArray(value);
      // Each event carries its own array object, so a list is looked up by its JSON text.
      const cache: Map<string | number | boolean, string> = list ? fragments.lists : fragments.scalars;
      const lookup = list ? JSON.stringify(value) : value;
      let fragment = cache.get(lookup);
      if (fragment === undefined) {
        if (!isFieldValue(value)) {
          throw invalidEvent(
            index,
            event,
            `attribute "${key}" is not a string, a finite number, a boolean or a list of them`,
          );
        }
        fragment = fragments.prefix + (list ? (lookup as string) : JSON.stringify(value));
        if (cache.size < MAX_CACHED_VALUES) cache.set(lookup, fragment);
      }
      parts.push(fragment);
    }
    return `{${parts.join(',')}}`;
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
