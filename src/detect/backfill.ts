/** @module Backfill: the engine over the stored events, oldest first, a page at a time. */
import type { EventQuery, Store } from '../store/index.js';
import { Engine, type EngineOptions, type Signal } from './engine/engine.js';
import type { RuleSet } from './load.js';

/** Runs the rules over the store's events in [from, to); returns the signals in event-time order. */
export async function detectInStore(
  store: Store,
  rules: RuleSet,
  range: Pick<EventQuery, 'from' | 'to'> = {},
  options: EngineOptions = {},
): Promise<Signal[]> {
  const engine = new Engine(rules.detections, rules.correlations, options);
  const signals: Signal[] = [];
  let after: string | undefined;
  do {
    const page = await store.events({ ...range, limit: 10_000, ...(after ? { after } : {}) });
    for (const event of page.items) signals.push(...engine.process(event));
    after = page.next;
  } while (after);
  signals.push(...engine.finish());
  return signals;
}
