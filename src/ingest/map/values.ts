/** @module Turning a profile's value spec into a function from a record to a clean, typed field value. */
import type { FieldType, FieldValue } from '../../model/index.js';
import type { ValueSpec } from '../profile/schema.js';
import { type Accessor, compileAccessor, compileTemplate, type RecordValues } from './access.js';
import type { TimeReader } from './time-format.js';

/** Why a value could not be used; the record is quarantined with it. */
export class ValueProblem {
  constructor(readonly reason: string) {}
}

/** Reads a value: the clean value, undefined when empty, or the problem with it. */
export type ValueReader = (values: RecordValues) => FieldValue | undefined | ValueProblem;

const truths = new Set(['true', 'yes', 'y', '1', '是', '真', 't']);
const falsehoods = new Set(['false', 'no', 'n', '0', '否', '假', 'f']);

/**
 * Compiles a value spec for a field of the given type. `readTime` reads `date` fields with the profile's time formats.
 * Throws MissingColumnError when the spec names a column the file lacks.
 */
export function compileValue(
  spec: ValueSpec,
  type: FieldType,
  columns: readonly string[] | undefined,
  readTime: TimeReader,
): ValueReader {
  const s = typeof spec === 'string' ? { from: spec } : spec;
  if (
    columns &&
    Object.keys(s).length === 1 &&
    s.from !== undefined &&
    (type === 'keyword' || type === 'text')
  ) {
    return plainColumn(compileAccessor(s.from, columns));
  }
  const source: Accessor =
    s.value !== undefined
      ? () => s.value
      : s.template !== undefined
        ? compileTemplate(s.template, columns)
        : compileAccessor(s.from!, columns);
  const isList = type.endsWith('[]');
  const pattern = s.pattern ? new RegExp(s.pattern) : undefined;
  const map = s.map ? new Map(Object.entries(s.map).map(([k, v]) => [k.trim().toLowerCase(), v])) : undefined;
  const convert = converter(type, readTime);
  const what = s.from ? `"${s.from}"` : s.template ? `"${s.template}"` : 'the value';

  /** One item through pattern and map; returns undefined for an empty item. */
  const clean = (item: unknown): string | number | boolean | undefined | ValueProblem => {
    if (item === undefined || item === null) return undefined;
    let text = typeof item === 'string' ? item.trim() : item;
    if (text === '') return undefined;
    if (pattern && typeof text === 'string') {
      // A value the pattern does not match counts as empty: `required` decides whether that is a problem.
      const match = pattern.exec(text);
      if (!match) return undefined;
      text = (match.groups?.value ?? match[1] ?? match[0]).trim();
      if (text === '') return undefined;
    }
    if (map) {
      const mapped = map.get(String(text).toLowerCase());
      if (mapped !== undefined) return mapped;
      if (s.strict) {
        return new ValueProblem(
          `"${text}" is not one of ${[...map.keys()].join(', ')}; add it to the profile's map`,
        );
      }
    }
    return typeof text === 'object' ? JSON.stringify(text) : (text as string | number | boolean);
  };

  return (values) => {
    let raw = source(values);
    // A text may hold semicolons of its own: a list of texts splits only where the profile says.
    if (isList && typeof raw === 'string')
      raw = type === 'text[]' && !s.split ? [raw] : raw.split(s.split ?? ';');
    else if (!isList && s.split && typeof raw === 'string') raw = raw.split(s.split);
    let result: FieldValue | undefined | ValueProblem;
    if (Array.isArray(raw)) {
      const items: (string | number | boolean)[] = [];
      for (const item of raw) {
        const cleaned = clean(item);
        if (cleaned instanceof ValueProblem) return cleaned;
        if (cleaned !== undefined) items.push(cleaned);
      }
      result = items.length ? convert(isList ? items : items[0]!) : undefined;
    } else {
      const cleaned = clean(raw);
      if (cleaned instanceof ValueProblem) return cleaned;
      result = cleaned === undefined ? undefined : convert(cleaned);
    }
    if (result === undefined && s.default !== undefined) result = convert(s.default);
    if (result === undefined && s.required) return new ValueProblem(`${what} is empty`);
    return result;
  };
}

/** The common case, a text column read as it is, without the general path's steps. */
function plainColumn(read: Accessor): ValueReader {
  return (values) => {
    const text = (read(values) as string | undefined)?.trim();
    return text ? text : undefined;
  };
}

type Converter = (
  value: string | number | boolean | (string | number | boolean)[],
) => FieldValue | ValueProblem;

function converter(type: FieldType, readTime: TimeReader): Converter {
  const one = scalarConverter(type.replace('[]', '') as FieldType, readTime);
  if (!type.endsWith('[]')) return (value) => one(Array.isArray(value) ? value[0]! : value);
  return (value) => {
    const out: (string | number)[] = [];
    for (const item of Array.isArray(value) ? value : [value]) {
      const converted = one(item);
      if (converted instanceof ValueProblem) return converted;
      out.push(converted as string | number);
    }
    return out as string[] | number[];
  };
}

function scalarConverter(type: FieldType, readTime: TimeReader) {
  switch (type) {
    case 'long':
      return (value: string | number | boolean) => {
        const n =
          typeof value === 'number' ? value : /^[+-]?\d+$/.test(String(value)) ? Number(value) : Number.NaN;
        return Number.isSafeInteger(n) ? n : new ValueProblem(`"${value}" is not a whole number`);
      };
    case 'double':
      return (value: string | number | boolean) => {
        const n = typeof value === 'number' ? value : Number(String(value).replace(/%$/, ''));
        return Number.isFinite(n) && String(value).trim() !== ''
          ? n
          : new ValueProblem(`"${value}" is not a number`);
      };
    case 'boolean':
      return (value: string | number | boolean) => {
        if (typeof value === 'boolean') return value;
        const text = String(value).toLowerCase();
        if (truths.has(text)) return true;
        if (falsehoods.has(text)) return false;
        return new ValueProblem(`"${value}" is not true or false`);
      };
    case 'date':
      return (value: string | number | boolean) =>
        readTime(String(value)) ?? new ValueProblem(`"${value}" is not a time in the profile's formats`);
    default:
      return (value: string | number | boolean) => String(value);
  }
}
