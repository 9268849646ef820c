/** @module The store concern's face: the Store contract. Adapters live in store/duckdb and store/postgres. */
export type {
  AppendResult,
  AuditQuery,
  EntityQuery,
  EventQuery,
  Page,
  QuarantineQuery,
  ScanQuery,
  SignalQuery,
  Store,
  StoreStats,
  UnmaskQuery,
} from './contract.js';
export {
  type LeakClassification,
  type LeakDistribution,
  type LeakDocument,
  type LeakVariant,
  leakClassifications,
} from './leak-records.js';
export { allEntities, allSignals } from './read-all.js';
