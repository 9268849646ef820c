/**
 * @module The reference case decided, for tests of the report's decision section and of the notice: the committee
 * proposes dismissal, no re-hire and a referral for the leak and the undeclared interest, four members vote (one
 * dissents, one stands aside), the vote closes adopted, and both notices are generated.
 */
import type { LedgerEntry } from '../../model/index.js';
import type { ReportInput } from './input.js';
import { ledger, referenceInputOf, referenceSteps, type Step, sha256Of } from './reference-input.js';

export const referenceDissent =
  'The dash-cam still does not show the plate clearly enough; I would wait for the telecom records before dismissing.';
export const referenceStandAside = '本人与当事人同属市场部，依规回避，不发表意见。';
export const referenceSummary =
  '周晨 entered the restricted lab N5 after hours on 1 September, left at 21:47 with a black anti-static bag and no ' +
  'asset check-out, and handed the bag over in the garage at 22:05. The K80 Ultra spec sheet found online carries ' +
  'the canary marks of the copy sent only to him. He had not declared that the receiving company belongs to a relative.';

/** The committee's steps, after the investigation; `closed` false leaves the vote open, with no notice yet. */
function decisionSteps(closed: boolean): Step[] {
  const votes: Step[] = [
    [
      '2026-09-12 10:00:00',
      'zhang.min',
      {
        action: 'decision.propose',
        person: 'LM10024',
        clauses: ['leak', 'conflict_of_interest'],
        sanctions: ['dismissal', 'no_rehire', 'referral'],
        summary: referenceSummary,
      },
    ],
    ['2026-09-12 10:20:00', 'zhang.min', { action: 'decision.vote', vote: 'approve' }],
    ['2026-09-12 10:31:00', 'chen.jing', { action: 'decision.vote', vote: 'approve' }],
    [
      '2026-09-12 10:40:00',
      'liu.yang',
      { action: 'decision.vote', vote: 'reject', dissent: referenceDissent },
    ],
    [
      '2026-09-12 10:45:00',
      'wu.hao',
      { action: 'decision.vote', vote: 'abstain', dissent: referenceStandAside },
    ],
  ];
  if (!closed) return votes;
  return [
    ...votes,
    ['2026-09-12 11:00:00', 'zhang.min', { action: 'decision.close' }],
    [
      '2026-09-13 09:00:00',
      'hr.wang',
      { action: 'notice.generate', language: 'zh', sha256: sha256Of('notice zh') },
    ],
    [
      '2026-09-13 09:01:00',
      'hr.wang',
      { action: 'notice.generate', language: 'en', sha256: sha256Of('notice en') },
    ],
  ];
}

/** The ledger of the decided reference case, exported for the record after the notices. */
export function decidedEntries(closed = true): LedgerEntry[] {
  const exported: Step = [
    closed ? '2026-09-13 10:00:00' : '2026-09-12 12:00:00',
    'li.wei',
    { action: 'case.export', reports: {} },
    'the file as decided',
  ];
  return ledger([...referenceSteps(), ...decisionSteps(closed), exported]);
}

/** The reference case with the committee's decision adopted, or with its vote still open. */
export function decidedInput(closed = true): ReportInput {
  return referenceInputOf(decidedEntries(closed));
}
