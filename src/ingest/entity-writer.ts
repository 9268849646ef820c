/** @module Writing roster and registry records: a record that changes nothing is a duplicate, like a repeated event. */
import type { Entity, EntityType, FieldValue, Relation } from '../model/index.js';
import type { Store } from '../store/index.js';
import type { Counts } from './accounting.js';
import type { EntityRecord } from './map/entity-mapper.js';

const WRITE_BATCH = 5_000;
const PAGE = 10_000;

/** Every entity of a type, read a page at a time. */
export async function allEntities(store: Store, type: EntityType): Promise<Entity[]> {
  const entities: Entity[] = [];
  for (;;) {
    const last = entities[entities.length - 1];
    const page = await store.findEntities({ type, limit: PAGE, ...(last ? { afterId: last.id } : {}) });
    entities.push(...page);
    if (page.length < PAGE) return entities;
  }
}

/**
 * Buffers entity records and upserts them. It keeps the entities of the profile's type in memory (loaded once),
 * so it can tell a record that changes an entity (stored) from one that repeats it (duplicate): monthly roster
 * snapshots repeat most people, and importing a file twice must store nothing the second time.
 */
export class EntityWriter {
  private readonly known = new Map<string, Entity>();
  private entities: Entity[] = [];
  private relations: Relation[] = [];

  constructor(
    private readonly store: Store,
    private readonly counts: Counts,
  ) {}

  async load(type: EntityType): Promise<void> {
    for (const entity of await allEntities(this.store, type)) this.known.set(entity.id, entity);
  }

  add({ entity, relations }: EntityRecord): void {
    const before = this.known.get(entity.id);
    const after = before ? merge(before, entity) : entity;
    if (before && same(before, after)) {
      this.counts.duplicates += 1;
      return;
    }
    this.known.set(entity.id, after);
    this.entities.push(entity);
    this.relations.push(...relations);
    this.counts.stored += 1;
  }

  get full(): boolean {
    return this.entities.length >= WRITE_BATCH;
  }

  async flush(): Promise<void> {
    if (this.entities.length) this.counts.entities += await this.store.upsertEntities(this.entities);
    if (this.relations.length) this.counts.entities += await this.store.upsertRelations(this.relations);
    this.entities = [];
    this.relations = [];
  }
}

/** The store's merge: the new name, and names and attributes laid over the old ones. */
function merge(before: Entity, update: Entity): Entity {
  const merged: Entity = {
    ...before,
    name: update.name,
    attrs: { ...before.attrs, ...update.attrs },
    source: update.source,
  };
  if (update.names) merged.names = { ...before.names, ...update.names };
  return merged;
}

function same(a: Entity, b: Entity): boolean {
  return a.name === b.name && sameValues(a.attrs, b.attrs) && sameValues({ ...a.names }, { ...b.names });
}

function sameValues(
  a: Record<string, FieldValue | undefined>,
  b: Record<string, FieldValue | undefined>,
): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const key of keys) if (JSON.stringify(a[key]) !== JSON.stringify(b[key])) return false;
  return true;
}
