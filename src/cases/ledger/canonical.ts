/** @module Canonical JSON (RFC 8785, JCS): the one serialisation ledger entries are hashed as. */

const loneSurrogate = /\p{Surrogate}/u;
const plainKey = /^[A-Za-z_$][\w$]*$/;

/**
 * The value as RFC 8785 canonical JSON: object keys sorted by UTF-16 code unit at every depth, arrays in order, no
 * whitespace, numbers and strings as JSON.stringify writes them (which is what RFC 8785 prescribes), so any other
 * JCS implementation produces the same bytes. Properties whose value is undefined are left out, as JSON.stringify
 * does. Anything JSON cannot carry exactly is refused rather than quietly changed, because a hash over an altered
 * value would vouch for the wrong thing.
 * @example canonicalJson({ b: [1, 'x'], a: null }) // '{"a":null,"b":[1,"x"]}'
 */
export function canonicalJson(value: unknown): string {
  return write(value, '$', new Set());
}

function write(value: unknown, path: string, ancestors: Set<object>): string {
  if (value === null || typeof value === 'boolean') return String(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) refuse(path, `is ${value}, which JSON has no number for`);
    return JSON.stringify(value);
  }
  if (typeof value === 'string') return writeString(value, path);
  if (value === undefined)
    refuse(path, 'is undefined: in an array use null; in an object leave the property out');
  if (typeof value !== 'object') refuse(path, `is a ${typeof value}, which JSON cannot hold`);
  if (ancestors.has(value)) refuse(path, 'contains itself');
  ancestors.add(value);
  try {
    return Array.isArray(value) ? writeArray(value, path, ancestors) : writeObject(value, path, ancestors);
  } finally {
    ancestors.delete(value);
  }
}

function writeArray(items: readonly unknown[], path: string, ancestors: Set<object>): string {
  const parts: string[] = [];
  // An index loop, not map(): map skips the holes of a sparse array, which must be refused like undefined.
  for (let i = 0; i < items.length; i++) parts.push(write(items[i], `${path}[${i}]`, ancestors));
  return `[${parts.join(',')}]`;
}

function writeObject(object: object, path: string, ancestors: Set<object>): string {
  const prototype = Object.getPrototypeOf(object);
  if (prototype !== Object.prototype && prototype !== null)
    refuse(
      path,
      `is not a plain object (${object.constructor?.name ?? 'unknown class'}); convert it first ` +
        '(a Date to an ISO string, a Map or class instance to a plain object)',
    );
  const record = object as Record<string, unknown>;
  const parts: string[] = [];
  // Array.prototype.sort compares strings by UTF-16 code unit, exactly the order RFC 8785 §3.2.3 asks for.
  for (const key of Object.keys(record).sort()) {
    const member = record[key];
    if (member === undefined) continue;
    const memberPath = plainKey.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`;
    parts.push(`${writeString(key, memberPath)}:${write(member, memberPath, ancestors)}`);
  }
  return `{${parts.join(',')}}`;
}

/** RFC 8785 takes I-JSON only, and a lone surrogate would become U+FFFD in UTF-8, so two strings could hash alike. */
function writeString(text: string, path: string): string {
  if (loneSurrogate.test(text)) refuse(path, 'holds a lone UTF-16 surrogate, which is not valid Unicode');
  return JSON.stringify(text);
}

function refuse(path: string, what: string): never {
  throw new TypeError(`Cannot write canonical JSON: ${path} ${what}.`);
}
