/** @module Counting every record an import reads into exactly one of stored, duplicate or quarantined. */
import type { QuarantineRecord } from '../model/index.js';
import type { SourceRecord } from './records.js';

/** The counts of one file or of a whole import; they reconcile: read = stored + duplicates + quarantined. */
export interface Counts {
  read: number;
  stored: number;
  duplicates: number;
  quarantined: number;
  /** Entities and relations written (roster and registry profiles). */
  entities: number;
}

export function zeroCounts(): Counts {
  return { read: 0, stored: 0, duplicates: 0, quarantined: 0, entities: 0 };
}

export function addCounts(into: Counts, more: Counts): void {
  into.read += more.read;
  into.stored += more.stored;
  into.duplicates += more.duplicates;
  into.quarantined += more.quarantined;
  into.entities += more.entities;
}

/** Throws if the counts do not reconcile: a record was lost or counted twice, which is a bug, never the input's fault. */
export function assertReconciled(counts: Counts, what: string): void {
  if (counts.read !== counts.stored + counts.duplicates + counts.quarantined) {
    throw new Error(
      `${what}: read ${counts.read} ≠ stored ${counts.stored} + duplicates ${counts.duplicates} + quarantined ${counts.quarantined}; please report this bug`,
    );
  }
}

/** How much of a bad record its quarantine entry keeps: enough to see what it was, never a whole huge line. */
const KEPT_RAW = 2000;

/** The quarantine entry for a record that could not be stored, with where it was and why. */
export function quarantineEntry(
  where: { batch: string; file: string },
  record: SourceRecord,
  problem: { field?: string | undefined; reason: string },
): QuarantineRecord {
  const entry: QuarantineRecord = {
    ...where,
    line: record.line,
    reason: problem.reason,
    raw: record.raw.slice(0, KEPT_RAW),
    at: Date.now(),
  };
  if (problem.field !== undefined) entry.field = problem.field;
  return entry;
}
