/** @module Reading everything of a kind through the contract's pages, for callers that need it all in memory. */
import type { Entity, EntityType, Signal } from '../model/index.js';
import type { SignalQuery, Store } from './contract.js';

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

/** Every stored signal the query matches, oldest first. */
export async function allSignals(
  store: Store,
  query: Omit<SignalQuery, 'limit' | 'after'> = {},
): Promise<Signal[]> {
  const signals: Signal[] = [];
  let after: string | undefined;
  do {
    const page = await store.signals({ ...query, limit: PAGE, ...(after ? { after } : {}) });
    signals.push(...page.items);
    after = page.next;
  } while (after);
  return signals;
}
