/** @module A Sigma `detection` block compiled into one predicate over molehunt events. */
import type { Event, FieldValue } from '../../model/index.js';
import { type Condition, ConditionError, parseCondition } from './condition.js';
import { type EventTest, fieldReader } from './match-context.js';
import { compileFingerprint, compileLookup } from './registry-modifiers.js';
import { compileValue, RuleError, type Scalar, type ValueTest } from './values.js';

/** A compiled detection: the whole condition, and each search identifier on its own (baselines count by one). */
export interface CompiledDetection {
  test: EventTest;
  identifiers: ReadonlyMap<string, EventTest>;
  /** The fields the detection reads, for linting against the field dictionary. */
  fields: ReadonlySet<string>;
}

/**
 * Compiles `detection`; `baselines` names the rule's baseline conditions, which the condition may use like search
 * identifiers. Throws RuleError with the key at fault.
 */
export function compileDetection(
  detection: Record<string, unknown>,
  baselines: readonly string[] = [],
): CompiledDetection {
  const { condition, timeframe: _timeframe, ...identifiers } = detection;
  if (condition === undefined)
    throw new RuleError('detection has no "condition"; add e.g. "condition: selection"');
  const tests = new Map<string, EventTest>();
  const fields = new Set<string>();
  for (const [name, body] of Object.entries(identifiers)) {
    try {
      tests.set(name, compileIdentifier(body, fields));
    } catch (error) {
      if (error instanceof RuleError) throw new RuleError(`detection.${name}: ${error.message}`);
      throw error;
    }
  }
  const refs = new Map(tests);
  for (const name of baselines) {
    if (tests.has(name))
      throw new RuleError(`detection.${name}: the name is also a baseline's; rename one of them`);
    refs.set(name, (event, context) => context.baseline(name, event));
  }
  const conditions = Array.isArray(condition) ? condition : [condition];
  const compiled = conditions.map((text) => {
    if (typeof text !== 'string')
      throw new RuleError('detection.condition must be a string or a list of strings');
    try {
      return compileCondition(parseCondition(text), tests, refs);
    } catch (error) {
      if (error instanceof ConditionError) {
        throw new RuleError(
          `detection.condition: ${error.message} (at character ${error.at + 1} of "${text}")`,
        );
      }
      throw error;
    }
  });
  const test: EventTest =
    compiled.length === 1 ? compiled[0]! : (event, context) => compiled.some((t) => t(event, context));
  return { test, identifiers: tests, fields };
}

/** `tests` are the search identifiers (what `1 of`/`all of` range over); `refs` adds the baselines. */
function compileCondition(
  condition: Condition,
  tests: ReadonlyMap<string, EventTest>,
  refs: ReadonlyMap<string, EventTest>,
): EventTest {
  switch (condition.op) {
    case 'ref': {
      const test = refs.get(condition.name);
      if (!test)
        throw new RuleError(
          `detection.condition: "${condition.name}" is not defined; define it or fix the name (defined: ${[...refs.keys()].join(', ')})`,
        );
      return test;
    }
    case 'not': {
      const inner = compileCondition(condition.of, tests, refs);
      return (event, context) => !inner(event, context);
    }
    case 'and': {
      const parts = condition.of.map((c) => compileCondition(c, tests, refs));
      if (parts.length === 2) {
        const [a, b] = parts as [EventTest, EventTest];
        return (event, context) => a(event, context) && b(event, context);
      }
      return (event, context) => parts.every((test) => test(event, context));
    }
    case 'or': {
      const parts = condition.of.map((c) => compileCondition(c, tests, refs));
      return (event, context) => parts.some((test) => test(event, context));
    }
    case 'quantified': {
      const names = [...tests.keys()].filter((name) =>
        condition.pattern === 'them' ? !name.startsWith('_') : globToRegex(condition.pattern).test(name),
      );
      if (!names.length)
        throw new RuleError(`detection.condition: no search identifier matches "${condition.pattern}"`);
      const parts = names.map((name) => tests.get(name)!);
      return condition.quantity === 'all'
        ? (event, context) => parts.every((t) => t(event, context))
        : (event, context) => parts.some((t) => t(event, context));
    }
  }
}

function globToRegex(pattern: string): RegExp {
  return new RegExp(
    `^${pattern
      .split('*')
      .map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*')}$`,
  );
}

/** A search identifier: a map (all of its fields), a list of maps (any of them), or a list of keywords. */
function compileIdentifier(body: unknown, fields: Set<string>): EventTest {
  if (Array.isArray(body)) {
    if (body.every((item) => item !== null && typeof item === 'object' && !Array.isArray(item))) {
      const maps = body.map((item) => compileMap(item as Record<string, unknown>, fields));
      return (event, context) => maps.some((test) => test(event, context));
    }
    return compileKeywords(body, []);
  }
  if (body !== null && typeof body === 'object') return compileMap(body as Record<string, unknown>, fields);
  throw new RuleError('a search identifier must be a map of fields, a list of maps, or a list of keywords');
}

function compileMap(map: Record<string, unknown>, fields: Set<string>): EventTest {
  // Every field of a map must hold: the cheap ones go first, so a fingerprint is taken only of texts they let by.
  const costly = (key: string) => (key.split('|').includes('fingerprint') ? 1 : 0);
  const entries = Object.entries(map).sort(([a], [b]) => costly(a) - costly(b));
  const parts = entries.map(([key, value]) => {
    const [field = '', ...modifiers] = key.split('|');
    if (field === '') return compileKeywords(Array.isArray(value) ? value : [value], modifiers);
    fields.add(field);
    return compileField(field, modifiers, value);
  });
  if (parts.length === 1) return parts[0]!;
  return (event, context) => {
    for (const test of parts) if (!test(event, context)) return false;
    return true;
  };
}

function compileField(field: string, modifiers: readonly string[], value: unknown): EventTest {
  const read = fieldReader(field);
  if (modifiers.includes('lookup')) return compileLookup(field, modifiers, value);
  if (modifiers.includes('fingerprint')) return compileFingerprint(field, modifiers, value);
  if (modifiers.includes('exists')) {
    if (typeof value !== 'boolean') throw new RuleError(`${field}|exists needs true or false`);
    return (event) => isPresent(read(event)) === value;
  }
  const values = Array.isArray(value) ? value : [value];
  if (modifiers.includes('all') && values.length < 2) {
    throw new RuleError(`${field}|all needs a list of two or more values; for one value drop "all"`);
  }
  const nullWanted = values.some((v) => v === null);
  const tests = values.filter((v) => v !== null).map((v) => compileValue(v, modifiers));
  const matches = (actual: FieldValue | undefined, test: ValueTest) =>
    Array.isArray(actual)
      ? (actual as Scalar[]).some((item) => test(item))
      : actual !== undefined && test(actual);
  if (modifiers.includes('all')) return (event) => tests.every((test) => matches(read(event), test));
  if (tests.length === 1 && !nullWanted) {
    const [test] = tests as [ValueTest];
    return (event) => matches(read(event), test);
  }
  return (event) => {
    const actual = read(event);
    if (nullWanted && !isPresent(actual)) return true;
    return tests.some((test) => matches(actual, test));
  };
}

/** Keywords match anywhere in any text of the event (its action, target and attribute values). */
function compileKeywords(keywords: readonly unknown[], modifiers: readonly string[]): EventTest {
  const tests = keywords.map((k) => {
    if (typeof k !== 'string' && typeof k !== 'number') throw new RuleError('keywords must be strings');
    return compileValue(String(k), [...modifiers.filter((m) => m !== 'all'), 'contains']);
  });
  const texts = (event: Event): string[] => {
    const out = [event.action, event.target ?? '', event.actor ?? ''];
    for (const value of Object.values(event.attrs)) {
      if (Array.isArray(value)) for (const item of value) out.push(String(item));
      else out.push(String(value));
    }
    return out;
  };
  const all = modifiers.includes('all');
  return (event) => {
    const haystack = texts(event);
    const hit = (test: ValueTest) => haystack.some((text) => test(text));
    return all ? tests.every(hit) : tests.some(hit);
  };
}

function isPresent(value: FieldValue | undefined): boolean {
  if (value === undefined || value === '') return false;
  return !Array.isArray(value) || value.length > 0;
}
