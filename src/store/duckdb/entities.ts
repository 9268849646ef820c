/** @module Entities: upsert with merged attributes and names, lookup by key, search by name in any script or by attributes. */
import { type Entity, type EntityType, MolehuntError } from '../../model/index.js';
import type { EntityQuery } from '../contract.js';
import { attrConditions, Params, pageSize, whereSql } from './filters.js';
import type { Db, Row } from './session.js';

/** Entities repeated within one call are merged first: DuckDB refuses to update one row twice in a statement. */
function mergeRepeats(entities: readonly Entity[]): Entity[] {
  const byKey = new Map<string, Entity>();
  for (const entity of entities) {
    const key = JSON.stringify([entity.type, entity.id]);
    const earlier = byKey.get(key);
    if (!earlier) {
      byKey.set(key, entity);
      continue;
    }
    const names = earlier.names || entity.names ? { ...earlier.names, ...entity.names } : undefined;
    byKey.set(key, { ...entity, attrs: { ...earlier.attrs, ...entity.attrs }, ...(names ? { names } : {}) });
  }
  return [...byKey.values()];
}

/** Inserts or merges entities by (type, id); returns how many distinct entities were written. */
export async function upsertEntities(db: Db, entities: readonly Entity[]): Promise<number> {
  const merged = mergeRepeats(entities);
  if (!merged.length) return 0;
  await db.run(
    `INSERT INTO entities (type, id, name, names, attrs, source)
     SELECT e->>'type', e->>'id', e->>'name', e->'names', coalesce(e->'attrs', '{}'), e->>'source'
     FROM (SELECT unnest(json_extract($1, '$[*]')) AS e)
     ON CONFLICT (type, id) DO UPDATE SET
       name = excluded.name,
       names = CASE WHEN excluded.names IS NULL THEN entities.names WHEN entities.names IS NULL THEN excluded.names
               ELSE json_merge_patch(entities.names, excluded.names) END,
       attrs = json_merge_patch(entities.attrs, excluded.attrs),
       source = excluded.source`,
    [JSON.stringify(merged)],
  );
  return merged.length;
}

function toEntity(row: Row): Entity {
  const entity: Entity = {
    type: row.type as EntityType,
    id: row.id as string,
    name: row.name as string,
    attrs: JSON.parse(row.attrs as string),
    source: row.source as string,
  };
  if (row.names !== null) entity.names = JSON.parse(row.names as string);
  return entity;
}

const columns = 'type, id, name, names, attrs, source';

/** The entity with this key, or undefined. */
export async function entity(db: Db, type: EntityType, id: string): Promise<Entity | undefined> {
  const [row] = await db.rows(`SELECT ${columns} FROM entities WHERE type = $1 AND id = $2`, [type, id]);
  return row ? toEntity(row) : undefined;
}

/** Entities matching every part of `query`, by (type, id); names match in any script, ignoring case. */
export async function findEntities(db: Db, query: EntityQuery): Promise<Entity[]> {
  const p = new Params();
  const where: string[] = [];
  if (query.type !== undefined) where.push(`type = ${p.add(query.type)}`);
  if (query.name !== undefined) {
    const name = `lower(${p.add(query.name)})`;
    where.push(`list_contains(list_transform(
      [name, names->>'zh', names->>'pinyin', names->>'en'] || coalesce(from_json(names->'aliases', '["VARCHAR"]'), []),
      lambda n: lower(n)), ${name})`);
  }
  where.push(...attrConditions('attrs', query.attrs, p));
  if (query.afterId !== undefined) {
    if (query.type === undefined) {
      throw new MolehuntError('MH_ERR_USAGE', 'afterId pages within one entity type; give the type too');
    }
    where.push(`id > ${p.add(query.afterId)}`);
  }
  const rows = await db.rows(
    `SELECT ${columns} FROM entities ${whereSql(where)} ORDER BY type, id LIMIT ${pageSize(query.limit, 1000)}`,
    p.values,
  );
  return rows.map(toEntity);
}
