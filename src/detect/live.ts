/**
 * @module Live detection: the engine picks up where the last run left off (its state is saved in the store with the
 * signals it raised), reads the events an import just stored in event-time order, and saves again. Windows stay open
 * across imports, so a correlation may span two imports; a signal found twice is stored once.
 */
import type { Signal } from '../model/index.js';
import type { Store } from '../store/index.js';
import { feedStoredEvents, storeEngine } from './backfill.js';
import type { EngineOptions, EngineSnapshot } from './engine/engine.js';
import type { RuleSet } from './load.js';

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

export interface LiveOptions extends EngineOptions {
  /** The work time zone when neither `timeZone` nor the saved state names one (the first detection on a store). */
  fallbackTimeZone?: string;
}

/**
 * Runs the rules over what the given import batches stored, continuing from the saved state. The work time zone is
 * `timeZone` if given, else the one the saved state learned in, so the baselines keep reading hours the same way.
 */
export async function detectImported(
  store: Store,
  rules: RuleSet,
  batches: readonly string[],
  options: LiveOptions = {},
): Promise<LiveReport> {
  const text = await store.detectionState();
  const saved = text ? (JSON.parse(text) as EngineSnapshot) : undefined;
  const { fallbackTimeZone, ...engineOptions } = options;
  const timeZone = options.timeZone ?? saved?.timeZone ?? fallbackTimeZone;
  const engine = await storeEngine(store, rules, { ...engineOptions, timeZone });
  if (saved) engine.restore(saved);
  const lateBefore = engine.late;
  const signals = await feedStoredEvents(engine, store, { batches: [...batches] });
  const added = await store.saveDetection(signals, JSON.stringify(engine.snapshot()));
  return {
    signals,
    added,
    late: engine.late - lateBefore,
    missingLookups: engine.missingLookups,
  };
}
