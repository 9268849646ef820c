/** @module A Sigma `detection` block compiled into one predicate over molehunt events. */
import type { Event, FieldValue } from '../../model/index.js';
import { type Condition, ConditionError, parseCondition } from './condition.js';
import { compileValue, RuleError, type Scalar, type ValueTest } from './values.js';

export type EventTest = (event: Event) => boolean;

/** Reads a field of the dictionary from an event: the Event's own fields by their ECS names, else its attributes. */
export function fieldReader(name: string): (event: Event) => FieldValue | undefined {
  switch (name) {
    case 'user.id':
      return (e) => e.actor;
    case 'event.action':
      return (e) => e.action;
    case 'molehunt.kind':
      return (e) => e.kind;
    case 'event.dataset':
      return (e) => e.source;
    case 'molehunt.target':
      return (e) => e.target;
    case 'event.id':
      return (e) => e.id;
    case '@timestamp':
      return (e) => e.time;
    default:
      return (e) => e.attrs[name];
  }
}

/** Compiles `detection`; throws RuleError (with the key at fault) or ConditionError. */
export function compileDetection(detection: Record<string, unknown>): EventTest {
  const { condition, timeframe: _timeframe, ...identifiers } = detection;
  if (condition === undefined)
    throw new RuleError('detection has no "condition"; add e.g. "condition: selection"');
  const tests = new Map<string, EventTest>();
  for (const [name, body] of Object.entries(identifiers)) {
    try {
      tests.set(name, compileIdentifier(body));
    } catch (error) {
      if (error instanceof RuleError) throw new RuleError(`detection.${name}: ${error.message}`);
      throw error;
    }
  }
  const conditions = Array.isArray(condition) ? condition : [condition];
  const compiled = conditions.map((text) => {
    if (typeof text !== 'string')
      throw new RuleError('detection.condition must be a string or a list of strings');
    try {
      return compileCondition(parseCondition(text), tests);
    } catch (error) {
      if (error instanceof ConditionError) {
        throw new RuleError(
          `detection.condition: ${error.message} (at character ${error.at + 1} of "${text}")`,
        );
      }
      throw error;
    }
  });
  return compiled.length === 1 ? compiled[0]! : (event) => compiled.some((test) => test(event));
}

function compileCondition(condition: Condition, tests: ReadonlyMap<string, EventTest>): EventTest {
  switch (condition.op) {
    case 'ref': {
      const test = tests.get(condition.name);
      if (!test)
        throw new RuleError(
          `detection.condition: "${condition.name}" is not defined; define it or fix the name (defined: ${[...tests.keys()].join(', ')})`,
        );
      return test;
    }
    case 'not': {
      const inner = compileCondition(condition.of, tests);
      return (event) => !inner(event);
    }
    case 'and': {
      const parts = condition.of.map((c) => compileCondition(c, tests));
      return (event) => parts.every((test) => test(event));
    }
    case 'or': {
      const parts = condition.of.map((c) => compileCondition(c, tests));
      return (event) => parts.some((test) => test(event));
    }
    case 'quantified': {
      const names = [...tests.keys()].filter((name) =>
        condition.pattern === 'them' ? !name.startsWith('_') : globToRegex(condition.pattern).test(name),
      );
      if (!names.length)
        throw new RuleError(`detection.condition: no search identifier matches "${condition.pattern}"`);
      const parts = names.map((name) => tests.get(name)!);
      return condition.quantity === 'all'
        ? (event) => parts.every((t) => t(event))
        : (event) => parts.some((t) => t(event));
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
function compileIdentifier(body: unknown): EventTest {
  if (Array.isArray(body)) {
    if (body.every((item) => item !== null && typeof item === 'object' && !Array.isArray(item))) {
      const maps = body.map((item) => compileMap(item as Record<string, unknown>));
      return (event) => maps.some((test) => test(event));
    }
    return compileKeywords(body, []);
  }
  if (body !== null && typeof body === 'object') return compileMap(body as Record<string, unknown>);
  throw new RuleError('a search identifier must be a map of fields, a list of maps, or a list of keywords');
}

function compileMap(map: Record<string, unknown>): EventTest {
  const parts = Object.entries(map).map(([key, value]) => {
    const [field = '', ...modifiers] = key.split('|');
    if (field === '') return compileKeywords(Array.isArray(value) ? value : [value], modifiers);
    return compileField(field, modifiers, value);
  });
  return (event) => parts.every((test) => test(event));
}

function compileField(field: string, modifiers: readonly string[], value: unknown): EventTest {
  const read = fieldReader(field);
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
