/** @module labels.json: the demo's ground truth, what was planted, who did it, and the records that prove it. */
import type { RecordRef } from './source-file.js';

export interface Evidence {
  /** What this record shows, in a sentence. */
  says: string;
  ref: RecordRef;
}

export interface IncidentLabel {
  id: string;
  kind:
    | 'reference_case'
    | 'departing_exfiltration'
    | 'after_hours_leak'
    | 'admin_snooping'
    | 'procurement_kickback'
    | 'canary_leak'
    | 'tailgating'
    | 'decoy';
  title: string;
  /** Person ids (employees) and external parties by name. */
  persons: string[];
  external?: string[];
  /** Local dates (Asia/Shanghai) of the first and last evidence. */
  from: string;
  to: string;
  /** Whether detection should raise it (decoys must not be). */
  malicious: boolean;
  evidence: Evidence[];
  /** Evidence that is an absence: what should exist and does not. */
  absent?: string[];
}

export interface NoiseLabel {
  kind: 'malformed_line' | 'duplicated_row' | 'missing_badge_out' | 'camera_clock_skew' | 'plate_misread';
  file: string;
  line?: number;
  note: string;
}

export interface Labels {
  generator: { employees: number; days: number; start: string; seed: string; format: 'native' | 'cert' };
  incidents: IncidentLabel[];
  noise: NoiseLabel[];
}

/**
 * The labels as JSON, with every ref's event id resolved (refs are filled in when their day is written). Evidence
 * that was never written (the CERT layout has no badge or chat files) is left out, and so is an incident left
 * without any.
 */
export function labelsJson(labels: Labels): string {
  const resolve = (evidence: Evidence) => ({
    says: evidence.says,
    file: evidence.ref.file,
    line: evidence.ref.line,
    record_id: evidence.ref.recordId,
    event_id: evidence.ref.eventId,
  });
  const incidents = labels.incidents
    .map((i) => ({ ...i, evidence: i.evidence.filter((e) => e.ref.line !== undefined).map(resolve) }))
    .filter((i) => i.evidence.length);
  return `${JSON.stringify({ ...labels, incidents }, null, 2)}\n`;
}
