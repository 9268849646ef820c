/** @module The DuckDB Store: the contract's methods, each run in turn on the session. */
import type { Entity, EntityRef, EntityType, Event, ImportBatch, QuarantineRecord, Relation } from '../../model/index.js';
import type { AppendResult, EntityQuery, EventQuery, Page, QuarantineQuery, Store, StoreStats } from '../contract.js';
import { appendEvents, type StoredIds } from './append.js';
import { entity, findEntities, upsertEntities } from './entities.js';
import { countEvents, readEvents } from './events.js';
import { addQuarantine, beginImport, finishImport, listImports, readQuarantine } from './imports.js';
import { relationsOf, upsertRelations } from './relations.js';
import type { Session } from './session.js';
import { ShapeRegistry } from './shapes.js';
import { stats } from './stats.js';

export class DuckDbStore implements Store {
  readonly kind = 'duckdb';
  private readonly ids: StoredIds = {};
  private readonly shapes = new ShapeRegistry();

  constructor(private readonly session: Session) {}

  appendEvents(events: readonly Event[]): Promise<AppendResult> {
    if (!events.length) return Promise.resolve({ stored: 0, duplicates: [] });
    return this.session.exclusive((db) => appendEvents(db, events, this.ids, this.shapes));
  }

  events(query: EventQuery): Promise<Page<Event>> {
    return this.session.exclusive((db) => readEvents(db, query));
  }

  countEvents(query: EventQuery): Promise<number> {
    return this.session.exclusive((db) => countEvents(db, query));
  }

  upsertEntities(entities: readonly Entity[]): Promise<number> {
    return this.session.exclusive((db) => upsertEntities(db, entities));
  }

  entity(type: EntityType, id: string): Promise<Entity | undefined> {
    return this.session.exclusive((db) => entity(db, type, id));
  }

  findEntities(query: EntityQuery): Promise<Entity[]> {
    return this.session.exclusive((db) => findEntities(db, query));
  }

  upsertRelations(relations: readonly Relation[]): Promise<number> {
    return this.session.exclusive((db) => upsertRelations(db, relations));
  }

  relations(ref: EntityRef): Promise<Relation[]> {
    return this.session.exclusive((db) => relationsOf(db, ref));
  }

  beginImport(batch: ImportBatch): Promise<void> {
    return this.session.exclusive((db) => beginImport(db, batch));
  }

  finishImport(batch: ImportBatch): Promise<void> {
    return this.session.exclusive((db) => finishImport(db, batch));
  }

  imports(limit?: number): Promise<ImportBatch[]> {
    return this.session.exclusive((db) => listImports(db, limit));
  }

  addQuarantine(records: readonly QuarantineRecord[]): Promise<void> {
    return this.session.exclusive((db) => addQuarantine(db, records));
  }

  quarantine(query: QuarantineQuery): Promise<Page<QuarantineRecord>> {
    return this.session.exclusive((db) => readQuarantine(db, query));
  }

  stats(): Promise<StoreStats> {
    return this.session.exclusive((db) => stats(db));
  }

  close(): Promise<void> {
    return this.session.close();
  }
}
