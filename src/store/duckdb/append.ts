/**
 * @module The database half of appendEvents: stage the encoded lanes, settle the candidate duplicates exactly in
 * SQL, and turn lanes back into columns in one INSERT … SELECT that DuckDB runs on its own threads.
 */
import { type EncodedBatch, lane, timeBias } from './encode.js';
import type { Db } from './session.js';
import type { ShapeRegistry } from './shapes.js';
import { stageBatch, stageTable } from './stage.js';

/** SQL for lane `k` of a staged row as a BIGINT (lanes are packed four to a UHUGEINT, lowest lane first). */
function laneSql(k: number): string {
  const word = `l[${(k >> 2) + 1}]`;
  const shift = (k & 3) * 32;
  return `((${shift ? `${word} >> ${shift}` : word}) & 4294967295)::BIGINT`;
}

function insertSql(skipRows: boolean): string {
  return `INSERT INTO events (id, time, shape, actor, target, attrs, line)
    SELECT s.id,
      ${laneSql(lane.timeHigh)} * 4294967296 + ${laneSql(lane.timeLow)} - ${timeBias},
      d.shapes[${laneSql(lane.shape)}],
      d.strings[${laneSql(lane.actor)}],
      d.strings[${laneSql(lane.target)}],
      s.a,
      ${laneSql(lane.line)}
    FROM ${stageTable} s, (SELECT
      from_json($1, '["VARCHAR"]') AS strings,
      from_json($2, '["INTEGER"]') AS shapes) d
    ${skipRows ? `WHERE ${laneSql(lane.row)} NOT IN (SELECT unnest(from_json($3, '["BIGINT"]')))` : ''}`;
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

/**
 * Writes an encoded batch in one transaction and returns the rows that were duplicates: all the new events are
 * stored, or, on any error, none. `candidates` are the rows the id set could not prove new.
 */
export async function writeBatch(
  db: Db,
  batch: EncodedBatch,
  candidates: readonly number[],
  shapes: ShapeRegistry,
): Promise<number[]> {
  await stageBatch(db, batch);
  await db.run('BEGIN TRANSACTION');
  try {
    const shapeIds = await shapes.resolve(db, batch.shapes);
    const duplicates = candidates.length ? await duplicateRows(db, candidates) : [];
    if (duplicates.length < batch.count) {
      const params = [JSON.stringify(batch.strings), JSON.stringify(shapeIds)];
      if (duplicates.length) params.push(JSON.stringify(duplicates));
      await db.run(insertSql(duplicates.length > 0), params);
    }
    await db.run('COMMIT');
    return duplicates;
  } catch (error) {
    await db.run('ROLLBACK').catch(() => undefined);
    shapes.forget();
    throw error;
  } finally {
    await db.run(`DROP TABLE IF EXISTS ${stageTable}`);
  }
}
