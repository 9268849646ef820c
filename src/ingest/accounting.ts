/** @module Counting every record an import reads into exactly one of stored, duplicate or quarantined. */

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
