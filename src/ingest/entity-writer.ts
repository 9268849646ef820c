/** @module Writing roster and registry records: a record that changes nothing is a duplicate, like a repeated event. */
import type { Entity, EntityType, FieldValue, Relation } from '../model/index.js';
import { allEntities, type Store } from '../store/index.js';
import type { Counts } from './accounting.js';
import type { EntityRecord } from './map/entity-mapper.js';

const WRITE_BATCH = 5_000;

/**
 * Buffers entity records and upserts them. It keeps the entities of the profile's type in memory (loaded once),
 * so it can tell a record that changes an entity (stored) from one that repeats it (duplicate): monthly roster
 * snapshots repeat most people, and importing a file twice must store nothing the second time.
 */
export class EntityWriter {
  private readonly known = new Map<string, Entity>();
  private entities: Entity[] = [];
  private relations: Relation[] = [];
  private readonly knownRelations = new Map<string, Map<string, Record<string, FieldValue>>>();

  constructor(
    private readonly store: Store,
    private readonly counts: Counts,
  ) {}

  async load(type: EntityType): Promise<void> {
    for (const entity of await allEntities(this.store, type)) this.known.set(entity.id, entity);
  }

  /** Counts the record as stored when it changes its entity or adds a relation, else as a duplicate. */
  async add({ entity, relations }: EntityRecord): Promise<void> {
    const before = this.known.get(entity.id);
    const after = before ? merge(before, entity) : entity;
    const changed = !before || !same(before, after);
    const fresh: Relation[] = [];
    for (const relation of relations) if (!(await this.knows(relation))) fresh.push(relation);
    if (!changed && !fresh.length) {
      this.counts.duplicates += 1;
      return;
    }
    if (changed) {
      this.known.set(entity.id, after);
      this.entities.push(entity);
    }
    for (const relation of fresh) this.remember(relation);
    this.relations.push(...fresh);
    this.counts.stored += 1;
  }

  /** Whether the relation is stored (or pending) with these attributes; the store is asked once per `from` entity. */
  private async knows(relation: Relation): Promise<boolean> {
    let byKey = this.knownRelations.get(relation.from);
    if (!byKey) {
      byKey = new Map();
      for (const stored of await this.store.relations(relation.from))
        byKey.set(relationKey(stored), stored.attrs);
      this.knownRelations.set(relation.from, byKey);
    }
    const attrs = byKey.get(relationKey(relation));
    return attrs !== undefined && sameValues(attrs, { ...attrs, ...relation.attrs });
  }

  private remember(relation: Relation): void {
    const byKey = this.knownRelations.get(relation.from)!;
    const key = relationKey(relation);
    byKey.set(key, { ...byKey.get(key), ...relation.attrs });
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

function relationKey(relation: Relation): string {
  return `${relation.from}\u0000${relation.to}\u0000${relation.type}`;
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
