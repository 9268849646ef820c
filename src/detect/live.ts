/**
 * @module Live detection: the engine picks up where the last run left off (its state is saved in the store with the
 * signals it raised), reads the events an import just stored in event-time order, and saves again. Windows stay open
 * across imports, so a correlation may span two imports; a signal found twice is stored once.
 */
import type { Signal } from '../model/index.js';
import type { Store } from '../store/index.js';
import { Engine, type EngineOptions, type EngineSnapshot } from './engine/engine.js';
import type { RuleSet } from './load.js';
import { registryFromStore } from './registry.js';

export interface LiveReport {
  /** Signals raised by these events (including ones stored before, if the events were seen before). */
  signals: Signal[];
  /** How many of them were new to the store. */
  added: number;
  /** Events older than what the engine had already seen, by more than the allowed lateness. */
  late: number;
  missingLookups: string[];
}

/** The work time zone detection has been using on this store, if it has run before. */
export async function savedTimeZone(store: Store): Promise<string | undefined> {
  const saved = await store.detectionState();
  return saved ? (JSON.parse(saved) as EngineSnapshot).timeZone : undefined;
}

/** Runs the rules over what the given import batches stored, continuing from the saved state. */
export async function detectImported(
  store: Store,
  rules: RuleSet,
  batches: readonly string[],
  options: EngineOptions = {},
): Promise<LiveReport> {
  const engine = new Engine(rules.detections, rules.correlations, {
    ...(await registryFromStore(store)),
    ...options,
  });
  const saved = await store.detectionState();
  if (saved) engine.restore(JSON.parse(saved) as EngineSnapshot);
  const lateBefore = engine.late;
  const signals: Signal[] = [];
  await store.scanEvents({ batches: [...batches] }, (events) => {
    for (const event of events) signals.push(...engine.process(event));
  });
  const added = await store.saveDetection(signals, JSON.stringify(engine.snapshot()));
  return {
    signals,
    added,
    late: engine.late - lateBefore,
    missingLookups: [...engine.missingLookups].sort(),
  };
}
