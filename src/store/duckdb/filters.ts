/** @module Query filters as SQL: event queries, attribute equality on JSON text, page sizes. */
import type { DuckDBValue } from '@duckdb/node-api';
import { type FieldValue, MolehuntError } from '../../model/index.js';
import type { EventQuery } from '../contract.js';

/** Collects bound values and hands out their `$n` placeholders. */
export class Params {
  readonly values: DuckDBValue[] = [];

  add(value: DuckDBValue): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }

  /** A list, bound as JSON text: one bound value however long the list. */
  list(values: readonly string[]): string {
    return `from_json(${this.add(JSON.stringify(values))}, '["VARCHAR"]')`;
  }
}

/** The page size asked for, or `fallback`; refuses anything but a whole number from 1 to 10,000. */
export function pageSize(limit: number | undefined, fallback: number): number {
  if (limit === undefined) return fallback;
  if (!Number.isInteger(limit) || limit < 1 || limit > 10_000) {
    throw new MolehuntError(
      'MH_ERR_USAGE',
      `limit ${limit} is out of range; ask for 1 to 10000 items a page`,
    );
  }
  return limit;
}

/** A JSONPath naming one top-level key, quoted so dotted field names (`user.email`) stay one key. */
function keyPath(key: string): string {
  return `$."${key.replace(/["\\]/g, (c) => `\\${c}`)}"`;
}

/**
 * Conditions for attribute equality on a JSON text column: the value equals, or (for a list) the list contains it.
 * Both sides go through DuckDB's JSON writer, so the comparison is of one canonical text: `5` never equals `"5"`.
 */
export function attrConditions(
  column: string,
  attrs: Record<string, FieldValue> | undefined,
  p: Params,
): string[] {
  return Object.entries(attrs ?? {}).map(([key, value]) => {
    const json = `json(${p.add(JSON.stringify(value))})`;
    const path = p.add(keyPath(key));
    const items = p.add(`${keyPath(key)}[*]`);
    return `(json_extract(${column}, ${path}) = ${json} OR list_contains(json_extract(${column}, ${items}), ${json}))`;
  });
}

/** Conditions for an event query over `events e`; an empty kinds, actions, sources or batches list matches nothing. */
export function eventConditions(query: EventQuery, p: Params): string[] {
  const where: string[] = [];
  if (query.actor !== undefined) where.push(`e.actor = ${p.add(query.actor)}`);
  if (query.ids) where.push(`list_contains(${p.list(query.ids)}::UUID[], e.id)`);
  if (query.from !== undefined) where.push(`e.time >= ${p.add(query.from)}::BIGINT`);
  if (query.to !== undefined) where.push(`e.time < ${p.add(query.to)}::BIGINT`);
  const shape: string[] = [];
  if (query.kinds) shape.push(`list_contains(${p.list(query.kinds)}, kind)`);
  if (query.actions) shape.push(`list_contains(${p.list(query.actions)}, action)`);
  if (query.sources) shape.push(`list_contains(${p.list(query.sources)}, source)`);
  if (query.batches) shape.push(`list_contains(${p.list(query.batches)}, batch)`);
  if (shape.length) where.push(`e.shape IN (SELECT shape FROM event_shapes WHERE ${shape.join(' AND ')})`);
  where.push(...attrConditions('e.attrs', query.attrs, p));
  return where;
}

/** `WHERE a AND b`, or nothing. */
export function whereSql(conditions: readonly string[]): string {
  return conditions.length ? `WHERE ${conditions.join(' AND ')}` : '';
}
