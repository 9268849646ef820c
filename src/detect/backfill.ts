/** @module Backfill: the engine over the stored events, oldest first, streamed from one query. */
import type { EventQuery, Store } from '../store/index.js';
import { bySignal, Engine, type EngineOptions, type Signal } from './engine/engine.js';
import type { RuleSet } from './load.js';
import { registryFromStore } from './registry.js';

export interface Detection {
  signals: Signal[];
  /** Lookup names rules asked for that the registry does not hold: those rules could not fire. */
  missingLookups: string[];
  /** Events behind the allowed lateness. */
  late: number;
}

/** Runs the rules over the store's events in [from, to), with peer groups and lookups from its registry. */
export async function detectInStore(
  store: Store,
  rules: RuleSet,
  range: Pick<EventQuery, 'from' | 'to'> = {},
  options: EngineOptions = {},
): Promise<Detection> {
  const engine = new Engine(rules.detections, rules.correlations, {
    ...(await registryFromStore(store)),
    ...options,
  });
  const signals: Signal[] = [];
  await store.scanEvents(range, (events) => {
    for (const event of events) signals.push(...engine.process(event));
  });
  signals.push(...engine.finish());
  signals.sort(bySignal);
  return { signals, missingLookups: [...engine.missingLookups].sort(), late: engine.late };
}
