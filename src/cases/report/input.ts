/** @module What a case report is made from: the case as its ledger says, with the names a committee reads. */
import type { PolicyClause } from '../../model/index.js';
import type { CaseState } from '../case-state.js';

/** A subject as the report names them: the final file is for the committee, so it names people. */
export interface ReportSubject {
  id: string;
  name: string;
  nameEn?: string;
  department?: string;
  role?: string;
}

/** One line of the case timeline: what happened (an event in evidence, or something done to the case), and when. */
export interface ReportTimelineLine {
  at: number;
  /** `physical`, `digital`, `communication`, `hr` for events; `case` for what was done to the case. */
  lane: string;
  text: string;
  /** The evidence item it comes from, when it does. */
  item?: string;
}

export interface ReportInput {
  case: CaseState;
  subjects: ReportSubject[];
  exportedAt: number;
  exportedBy: string;
  /** Times are printed in this zone, named on the page (e.g. Asia/Shanghai). */
  timeZone: string;
  /** The ledger as exported: entries in it, the Merkle root, and the signing key's fingerprint. */
  ledger: { size: number; root: string; fingerprint: string };
  timeline: ReportTimelineLine[];
  /** The workspace's policy clauses, to name a decision's clause ids by their titles; an id not here is printed as is. */
  clauses: readonly PolicyClause[];
}
