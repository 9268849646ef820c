/**
 * @module What detection reads from the registries: each person's peer group (department) for baselines, every
 * registered attribute value as a lookup (`supplier.molehunt.company.email_domain`) for `|lookup`, and the
 * registered confidential documents' fingerprints for `|fingerprint`.
 */
import { contentMatcher } from '../leaks/index.js';
import { type Entity, entityTypes } from '../model/index.js';
import { allEntities, type Store } from '../store/index.js';
import type { EngineOptions } from './engine/engine.js';

export type DetectionRegistry = Required<Pick<EngineOptions, 'peerGroups' | 'lookups'>> &
  Pick<EngineOptions, 'contentMatcher'>;

/** The attribute that names a person's peer group. */
export const peerGroupField = 'molehunt.hr.department';

/** Builds peer groups and lookups from entities, however they were obtained. */
export function registryOf(entities: Iterable<Entity>): DetectionRegistry {
  const peerGroups = new Map<string, string>();
  const lookups = new Map<string, Set<string>>();
  const add = (name: string, value: unknown) => {
    if (value === undefined || value === null || value === '') return;
    const set = lookups.get(name) ?? new Set<string>();
    for (const item of Array.isArray(value) ? value : [value]) set.add(String(item).toLowerCase());
    lookups.set(name, set);
  };
  for (const entity of entities) {
    add(`${entity.type}.id`, entity.id);
    add(`${entity.type}.name`, entity.name);
    for (const [field, value] of Object.entries(entity.attrs)) add(`${entity.type}.${field}`, value);
    const group = entity.type === 'person' ? entity.attrs[peerGroupField] : undefined;
    if (group !== undefined && group !== '') peerGroups.set(entity.id, String(group));
  }
  return { peerGroups, lookups };
}

/** Reads every entity of the store, and fingerprints its registered documents (none registered: no matcher). */
export async function registryFromStore(store: Store): Promise<DetectionRegistry> {
  const entities = await Promise.all(entityTypes.map((type) => allEntities(store, type)));
  return { ...registryOf(entities.flat()), contentMatcher: await contentMatcher(store) };
}
