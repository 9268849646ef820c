/**
 * @module An adopted decision in the person's disciplinary history: an `hr.discipline` event like the ones HR's own
 * export holds, so risk's boosters read it as they read any earlier sanction.
 */
import { type Event, eventIdForKey, type LedgerEntry } from '../model/index.js';
import type { CaseDecision } from './case-state.js';

export const DISCIPLINE_SOURCE = 'molehunt.cases';

export function disciplineEvent(caseId: string, decision: CaseDecision, closing: LedgerEntry): Event {
  return {
    // One event per case and decision: closing the same vote again cannot add a second record.
    id: eventIdForKey(DISCIPLINE_SOURCE, [caseId, String(decision.proposedAt)]),
    time: closing.at,
    source: DISCIPLINE_SOURCE,
    kind: 'hr',
    action: 'hr.discipline',
    actor: decision.person,
    target: caseId,
    attrs: {
      'molehunt.hr.reason': `${decision.clauses.join(', ')} (case ${caseId})`,
      'molehunt.hr.sanction': decision.sanctions.join(','),
    },
    raw: { batch: `case:${caseId}`, file: `case ${caseId} ledger`, line: closing.seq + 1 },
  };
}
