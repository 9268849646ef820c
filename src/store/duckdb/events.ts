/**
 * @module Reading events: filtered pages in (time, id) order with keyset cursors, and counts.
 * No index: events are appended roughly in time order, so DuckDB's per-row-group min/max of `time` skips all but the
 * asked-for range, and `actor` is a dictionary-compressed column that scans fast (see migrations.ts).
 */
import { type Event, type EventKind, MolehuntError } from '../../model/index.js';
import type { EventQuery, Page } from '../contract.js';
import { eventConditions, Params, pageSize, whereSql } from './filters.js';
import type { Db, Row } from './session.js';

interface Cursor {
  time: number;
  id: string;
}

function encodeCursor(event: Event): string {
  return Buffer.from(JSON.stringify([event.time, event.id])).toString('base64url');
}

function decodeCursor(after: string): Cursor {
  try {
    const [time, id] = JSON.parse(Buffer.from(after, 'base64url').toString('utf8')) as unknown[];
    if (typeof time === 'number' && typeof id === 'string') return { time, id };
  } catch {
    // falls through to the error below
  }
  throw new MolehuntError(
    'MH_ERR_USAGE',
    `"${after}" is not a cursor from this store; ask again without "after"`,
  );
}

function toEvent(row: Row): Event {
  return {
    id: row.id as string,
    time: row.time as number,
    source: row.source as string,
    kind: row.kind as EventKind,
    action: row.action as string,
    ...(row.actor === null ? {} : { actor: row.actor as string }),
    ...(row.target === null ? {} : { target: row.target as string }),
    attrs: JSON.parse(row.attrs as string),
    raw: { batch: row.batch as string, file: row.file as string, line: row.line as number },
  };
}

/** One page of the events matching `query`. */
export async function readEvents(db: Db, query: EventQuery): Promise<Page<Event>> {
  const limit = pageSize(query.limit, 1000);
  const p = new Params();
  const where = eventConditions(query, p);
  const desc = query.order === 'desc';
  if (query.after !== undefined) {
    const { time, id } = decodeCursor(query.after);
    const t = p.add(time);
    const after = `(e.time ${desc ? '<' : '>'} ${t}::BIGINT OR e.id ${desc ? '<' : '>'} ${p.add(id)}::UUID)`;
    // The plain bound on time comes first so DuckDB can skip row groups by their time range.
    where.push(`e.time ${desc ? '<=' : '>='} ${t}::BIGINT`, after);
  }
  const direction = desc ? 'DESC' : 'ASC';
  const rows = await db.rows(
    `SELECT e.id::VARCHAR AS id, e.time::DOUBLE AS time, s.source, s.kind, s.action, e.actor, e.target, e.attrs,
       s.batch, s.file, e.line::DOUBLE AS line
     FROM events e JOIN event_shapes s ON s.shape = e.shape
     ${whereSql(where)}
     ORDER BY e.time ${direction}, e.id ${direction}
     LIMIT ${limit + 1}`,
    p.values,
  );
  const items = rows.slice(0, limit).map(toEvent);
  const last = items.at(-1);
  return rows.length > limit && last ? { items, next: encodeCursor(last) } : { items };
}

/** Every event matching `query`, in (time, id) order, streamed from one query a chunk at a time. */
export async function scanEvents(
  db: Db,
  query: EventQuery,
  onEvents: (events: Event[]) => void,
): Promise<number> {
  const p = new Params();
  const result = await db.connection.stream(
    `SELECT e.id::VARCHAR AS id, e.time::DOUBLE AS time, s.source, s.kind, s.action, e.actor, e.target, e.attrs,
       s.batch, s.file, e.line::DOUBLE AS line
     FROM events e JOIN event_shapes s ON s.shape = e.shape
     ${whereSql(eventConditions(query, p))}
     ORDER BY e.time, e.id`,
    p.values,
  );
  let count = 0;
  for await (const rows of result.yieldRowObjectJs()) {
    if (!rows.length) continue;
    count += rows.length;
    onEvents(rows.map((row) => toEvent(row as Row)));
  }
  return count;
}

/** How many events match `query`; its page size and cursor play no part. */
export async function countEvents(db: Db, query: EventQuery): Promise<number> {
  const p = new Params();
  const [row] = await db.rows(
    `SELECT count(*)::DOUBLE AS n FROM events e ${whereSql(eventConditions(query, p))}`,
    p.values,
  );
  return Number(row?.n ?? 0);
}
