/** @module Masking: every identifier of a person not revealed to the viewer becomes that person's pseudonym. */
import type { Matcher } from './matcher.js';

/** Stands for an identifier several persons share (two 王伟): naming either pseudonym would tell which one it is. */
export const SHARED_PSEUDONYM = 'P-?';

export interface Masker {
  /** The text with identifiers replaced; the same string when nothing needed masking. */
  text(s: string): string;
  /**
   * A copy of a JSON-like value with every string and every object key masked; numbers, booleans and null stay.
   * Two keys that mask to the same pseudonym are kept apart as `P-…#2`, `P-…#3`, so no value is lost.
   */
  json<T>(value: T): T;
}

const KEY_CACHE_SIZE = 10_000;

/** What a masker needs from the directory: the matcher, and for each of its patterns the persons it names. */
export interface MaskTable {
  readonly matcher: Matcher;
  /** Per pattern, indices into `ids`. */
  readonly owners: readonly (readonly number[])[];
  readonly ids: readonly string[];
  readonly pseudonyms: readonly string[];
}

/** A masker for a viewer who may see the persons in `revealed` (ids) and no one else. */
export function createMasker(table: MaskTable, revealed: ReadonlySet<string>): Masker {
  const { matcher, owners, ids, pseudonyms } = table;
  /** The replacement for a pattern, or null to leave it as written. */
  const replacement = (pattern: number): string | null => {
    const who = owners[pattern]!;
    if (who.length === 1) return revealed.has(ids[who[0]!]!) ? null : pseudonyms[who[0]!]!;
    return who.every((person) => revealed.has(ids[person]!)) ? null : SHARED_PSEUDONYM;
  };

  const found = new Int32Array(3);
  const text = (s: string): string => {
    let out = '';
    let last = 0;
    let previous: string | null = null;
    for (let from = 0; matcher.find(s, from, found); from = found[1]!) {
      const masked = replacement(found[2]!);
      if (masked === null) continue;
      // "周晨 (E1001)" would read "P-X (P-X)": a name followed by the same person's id in brackets is said once.
      const close = bracketed(s, last, found[0]!, found[1]!);
      if (masked === previous && close > 0) {
        last = close;
        continue;
      }
      out += s.slice(last, found[0]) + masked;
      last = found[1]!;
      previous = masked;
    }
    return last === 0 ? s : out + s.slice(last);
  };

  // Object keys repeat from record to record (`user.name`, `email.to`): mask each once.
  const keys = new Map<string, string>();
  const key = (k: string): string => {
    let masked = keys.get(k);
    if (masked === undefined) {
      masked = text(k);
      if (keys.size < KEY_CACHE_SIZE) keys.set(k, masked);
    }
    return masked;
  };

  const walk = (value: unknown): unknown => {
    if (typeof value === 'string') return text(value);
    if (value === null || typeof value !== 'object' || value instanceof Date || ArrayBuffer.isView(value)) {
      return value;
    }
    if (Array.isArray(value)) return value.map(walk);
    const out: Record<string, unknown> = {};
    for (const [name, inner] of Object.entries(value)) {
      let masked = key(name);
      if (Object.hasOwn(out, masked)) {
        let n = 2;
        while (Object.hasOwn(out, `${masked}#${n}`)) n++;
        masked = `${masked}#${n}`;
      }
      // A key read from JSON may be `__proto__`: define it as data rather than set a prototype.
      if (masked === '__proto__') {
        Object.defineProperty(out, masked, {
          value: walk(inner),
          enumerable: true,
          writable: true,
          configurable: true,
        });
      } else {
        out[masked] = walk(inner);
      }
    }
    return out;
  };

  return { text, json: <T>(value: T): T => walk(value) as T };
}

const BRACKETS: Record<string, string> = { ' (': ')', '（': '）' };

/**
 * When s[start, end) sits alone in brackets right after `after` (" (" or "（" between them), the index just past the
 * closing bracket; else 0.
 */
function bracketed(s: string, after: number, start: number, end: number): number {
  const closer = BRACKETS[s.slice(after, start)];
  return closer !== undefined && s.startsWith(closer, end) ? end + closer.length : 0;
}
