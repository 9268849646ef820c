/** @module Import batches and the quarantine: how every record read is accounted for. */

/** One run of an import: a profile over one or more files. Counts always reconcile: read = stored + duplicates + quarantined. */
export interface ImportBatch {
  id: string;
  profile: string;
  source: string;
  files: string[];
  startedAt: number;
  finishedAt?: number;
  read: number;
  stored: number;
  duplicates: number;
  quarantined: number;
  /** Entities and relations written by the batch (roster, registries). */
  entities: number;
  status: 'running' | 'done' | 'failed';
}

/** A record that could not be stored, with where it was and what to do about it. */
export interface QuarantineRecord {
  batch: string;
  file: string;
  /** 1-based line of the record's first line in the file. */
  line: number;
  /** The field (column or key) at fault, when one is. */
  field?: string;
  reason: string;
  /** The record as read, cut to 2,000 characters. */
  raw: string;
  at: number;
}
