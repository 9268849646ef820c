/** @module Relations between entities: one row per (from, to, type), attributes merged, found from either end. */
import type { EntityRef, Relation, RelationType } from '../../model/index.js';
import type { Db, Row } from './session.js';

/** Relations repeated within one call are merged first: DuckDB refuses to update one row twice in a statement. */
function mergeRepeats(relations: readonly Relation[]): Relation[] {
  const byKey = new Map<string, Relation>();
  for (const relation of relations) {
    const key = JSON.stringify([relation.from, relation.to, relation.type]);
    const earlier = byKey.get(key);
    byKey.set(key, earlier ? { ...relation, attrs: { ...earlier.attrs, ...relation.attrs } } : relation);
  }
  return [...byKey.values()];
}

/** Inserts relations or merges their attributes; returns how many distinct relations were written. */
export async function upsertRelations(db: Db, relations: readonly Relation[]): Promise<number> {
  const merged = mergeRepeats(relations);
  if (!merged.length) return 0;
  await db.run(
    `INSERT INTO relations (from_ref, to_ref, type, attrs, source)
     SELECT r->>'from', r->>'to', r->>'type', coalesce(r->'attrs', '{}'), r->>'source'
     FROM (SELECT unnest(json_extract($1, '$[*]')) AS r)
     ON CONFLICT (from_ref, to_ref, type) DO UPDATE SET
       attrs = json_merge_patch(relations.attrs, excluded.attrs),
       source = excluded.source`,
    [JSON.stringify(merged)],
  );
  return merged.length;
}

function toRelation(row: Row): Relation {
  return {
    from: row.from_ref as EntityRef,
    to: row.to_ref as EntityRef,
    type: row.type as RelationType,
    attrs: JSON.parse(row.attrs as string),
    source: row.source as string,
  };
}

/** Relations in which `ref` is either end, by (from, to, type). */
export async function relationsOf(db: Db, ref: EntityRef): Promise<Relation[]> {
  const rows = await db.rows(
    `SELECT from_ref, to_ref, type, attrs, source FROM relations
     WHERE from_ref = $1 OR to_ref = $1 ORDER BY from_ref, to_ref, type`,
    [ref],
  );
  return rows.map(toRelation);
}
