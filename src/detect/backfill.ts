/** @module Detection over the store: an engine with the store's registry behind it, fed the stored events in time order. */
import type { ScanQuery, Store } from '../store/index.js';
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

/** An engine whose peer groups and lookups come from the store's registry (`options` win). */
export async function storeEngine(store: Store, rules: RuleSet, options: EngineOptions): Promise<Engine> {
  return new Engine(rules.detections, rules.correlations, {
    ...(await registryFromStore(store)),
    ...options,
  });
}

/**
 * Feeds the engine every stored event the query matches, oldest first; returns the signals they raised.
 * `onEvents` hears how many events each chunk held, for progress.
 */
export async function feedStoredEvents(
  engine: Engine,
  store: Store,
  query: ScanQuery,
  onEvents?: (count: number) => void,
): Promise<Signal[]> {
  const signals: Signal[] = [];
  await store.scanEvents(query, (events) => {
    for (const event of events) signals.push(...engine.process(event));
    onEvents?.(events.length);
  });
  return signals;
}

/** Runs the rules afresh over the store's events in [from, to). */
export async function detectInStore(
  store: Store,
  rules: RuleSet,
  range: Pick<ScanQuery, 'from' | 'to'> = {},
  options: EngineOptions = {},
  onEvents?: (count: number) => void,
): Promise<Detection> {
  const engine = await storeEngine(store, rules, options);
  const signals = await feedStoredEvents(engine, store, range, onEvents);
  signals.push(...engine.finish());
  signals.sort(bySignal);
  return { signals, missingLookups: engine.missingLookups, late: engine.late };
}
