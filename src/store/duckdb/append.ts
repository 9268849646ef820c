/**
 * @module appendEvents: encode a part of the batch, prove most ids new in memory, stage the part, settle the
 * candidate duplicates exactly in SQL, and turn lanes back into columns in an INSERT … SELECT on DuckDB's threads.
 */
import type { Event } from '../../model/index.js';
import type { AppendResult } from '../contract.js';
import { type EncodedBatch, encodeEvents, lane, timeBias } from './encode.js';
import { type IdSet, loadIdSet } from './id-set.js';
import type { Db } from './session.js';
import type { ShapeRegistry } from './shapes.js';
import { stageBatch, stageTable } from './stage.js';

/** SQL for lane `k` of a staged row as a BIGINT (lanes are packed four to a UHUGEINT, lowest lane first). */
function laneSql(k: number): string {
  const word = `l[${(k >> 2) + 1}]`;
  const shift = (k & 3) * 32;
  return `((${shift ? `${word} >> ${shift}` : word}) & 4294967295)::BIGINT`;
}

function insertSql(batch: EncodedBatch, skipRows: boolean): string {
  const fragments = Array.from({ length: batch.attrLanes }, (_, i) => `d.fragments[${laneSql(lane.firstAttr + i)}]`);
  const attrs = fragments.length ? `'{' || concat_ws(',', ${fragments.join(', ')}) || '}'` : `'{}'`;
  return `INSERT INTO events (id, time, shape, actor, target, attrs, line)
    SELECT s.id,
      ${laneSql(lane.timeHigh)} * 4294967296 + ${laneSql(lane.timeLow)} - ${timeBias},
      d.shapes[${laneSql(lane.shape)}],
      d.strings[${laneSql(lane.actor)}],
      d.strings[${laneSql(lane.target)}],
      ${attrs},
      ${laneSql(lane.line)}
    FROM ${stageTable} s, (SELECT
      from_json($1, '["VARCHAR"]') AS strings,
      from_json($2, '["VARCHAR"]') AS fragments,
      from_json($3, '["INTEGER"]') AS shapes) d
    ${skipRows ? `WHERE ${laneSql(lane.row)} NOT IN (SELECT unnest(from_json($4, '["BIGINT"]')))` : ''}`;
}

/**
 * The candidate rows that really are duplicates: their id is stored already, or an earlier row of the batch has it.
 * This scans the events' ids, so it runs only for batches with candidates (re-imports, or a rare fingerprint clash).
 */
async function duplicateRows(db: Db, candidates: readonly number[]): Promise<number[]> {
  const rows = await db.rows(
    `WITH s AS (SELECT id, ${laneSql(lane.row)} AS r FROM ${stageTable}),
      c AS (SELECT s.* FROM s WHERE r IN (SELECT unnest(from_json($1, '["BIGINT"]'))))
    SELECT c.r::DOUBLE AS r FROM c
    WHERE c.id IN (SELECT id FROM events) OR EXISTS (SELECT 1 FROM s WHERE s.id = c.id AND s.r < c.r)
    ORDER BY c.r`,
    [JSON.stringify(candidates)],
  );
  return rows.map((row) => Number(row.r));
}

/** What is left to do for a staged part: its exact duplicates are known, the INSERT is yet to run. */
interface PreparedPart {
  duplicates: number[];
  insert?: { sql: string; params: string[] };
}

async function preparePart(
  db: Db,
  part: EncodedBatch,
  candidates: readonly number[],
  shapes: ShapeRegistry,
): Promise<PreparedPart> {
  await stageBatch(db, part);
  const shapeIds = await shapes.resolve(db, part.shapes);
  const duplicates = candidates.length ? await duplicateRows(db, candidates) : [];
  if (duplicates.length === part.count) return { duplicates };
  const params = [JSON.stringify(part.strings), JSON.stringify(part.fragments), JSON.stringify(shapeIds)];
  if (duplicates.length) params.push(JSON.stringify(duplicates));
  return { duplicates, insert: { sql: insertSql(part, duplicates.length > 0), params } };
}

/**
 * Events per part. A call is cut into parts so that JS encodes part n+1 while DuckDB inserts part n on its own
 * thread: on two cores the two halves overlap. Smaller parts overlap more but pay ~2 ms of statements each.
 */
const partSize = 16_384;

/** The ids already stored; loaded on the first append and rebuilt larger when full. */
export interface StoredIds {
  set?: IdSet;
}

/** Appends `events` in one transaction: all of them are stored, or, on any error, none. */
export async function appendEvents(
  db: Db,
  events: readonly Event[],
  stored: StoredIds,
  shapes: ShapeRegistry,
): Promise<AppendResult> {
  const set = stored.set?.hasRoom(events.length) ? stored.set : await loadIdSet(db, events.length);
  stored.set = set;
  const duplicates: number[] = [];
  let inserting: Promise<void> = Promise.resolve();
  await db.run('BEGIN TRANSACTION');
  try {
    for (let from = 0; from < events.length; from += partSize) {
      const T0 = performance.now();
      const part = encodeEvents(events, from, Math.min(events.length, from + partSize));
      const candidates = set.addAll(part.ids, part.count);
      const T1 = performance.now();
      await inserting;
      const T2 = performance.now();
      const prepared = await preparePart(db, part, candidates, shapes);
      const T3 = performance.now();
      if (process.env.MH_PROF) console.log(`part ${from}: encode ${(T1 - T0).toFixed(1)} waitInsert ${(T2 - T1).toFixed(1)} prepare ${(T3 - T2).toFixed(1)}`);
      for (const row of prepared.duplicates) duplicates.push(from + row);
      // Not awaited here: the next part is encoded while this INSERT runs.
      inserting = prepared.insert ? db.run(prepared.insert.sql, prepared.insert.params) : Promise.resolve();
    }
    const T4 = performance.now();
    await inserting;
    const T5 = performance.now();
    await db.run('COMMIT');
    if (process.env.MH_PROF) console.log(`last insert ${(T5 - T4).toFixed(1)} commit ${(performance.now() - T5).toFixed(1)}`);
  } catch (error) {
    await inserting.catch(() => undefined);
    await db.run('ROLLBACK').catch(() => undefined);
    shapes.forget();
    throw error;
  } finally {
    await db.run(`DROP TABLE IF EXISTS ${stageTable}`);
  }
  return { stored: events.length - duplicates.length, duplicates: duplicates.map((row) => events[row]!.id) };
}
