/**
 * @module Report inputs for tests, modelled on the reference case (docs/reference-case.md): 周晨's after-hours visit
 * to lab N5, the bag, the garage hand-off and the leaked spec sheet. The case is folded from ledger entries, so
 * custody comes out exactly as the ledger would give it.
 */
import { createHash } from 'node:crypto';
import {
  type CaseAction,
  defaultPolicyClauses,
  type EvidenceItem,
  type LedgerEntry,
} from '../../model/index.js';
import { foldCase } from '../case-state.js';
import type { ReportInput, ReportTimelineLine } from './input.js';

const caseId = 'C-7F3A9B21';

/** A wall-clock time in Shanghai (UTC+8, no daylight saving) as epoch ms. */
export function shanghai(wallClock: string): number {
  return Date.parse(`${wallClock.replace(' ', 'T')}+08:00`);
}

export function sha256Of(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

function item(
  id: string,
  kind: EvidenceItem['kind'],
  title: string,
  fileName: string,
  size: number,
): EvidenceItem {
  return { id, kind, title, fileName, mediaType: 'application/octet-stream', sha256: sha256Of(id), size };
}

/** One ledger entry to be: `[when in Shanghai, actor, action, reason?]`. */
export type Step = [string, string, CaseAction, string?];

/** Ledger entries in order. */
export function ledger(steps: Step[]): LedgerEntry[] {
  return steps.map(([at, actor, action, reason], seq) => ({
    ...action,
    caseId,
    seq,
    at: shanghai(at),
    actor,
    ...(reason ? { reason } : {}),
  }));
}

export const referenceItems = {
  garage: item(
    'EV-3C1D0A77',
    'file',
    'Garage dash-cam still, 22:05: bag handed over, plate ends 87D',
    'garage.jpg',
    1_843_221,
  ),
  badges: item(
    'EV-91B2E4F0',
    'event',
    'Badge events: lab N5 21:30 entry, 21:47 exit; garage 22:05',
    'badges.json',
    2_310,
  ),
  lobby: item('EV-0B5C2E98', 'file', 'Lobby camera clip, 2 September (wrong day)', 'lobby.mp4', 73_400_320),
  specSheet: item(
    'EV-D40E6B15',
    'file',
    'K80 Ultra spec sheet, copy found online (K80 Ultra 规格表外泄副本)',
    'k80.pdf',
    412_877,
  ),
};

export const referenceNote =
  '资产出门登记表中没有该黑色防静电袋的出库记录 (no asset check-out for the bag after 21:00).';

/** The investigation of the reference case, up to handing it to the committee. */
export function referenceSteps(): Step[] {
  const { garage, badges, lobby, specSheet } = referenceItems;
  return [
    [
      '2026-09-03 09:12:00',
      'li.wei',
      { action: 'case.open', title: 'K80 prototype leak', subjects: ['LM10024'], alerts: ['AL-5521'] },
      'after-hours N5 alert',
    ],
    ['2026-09-03 09:20:00', 'li.wei', { action: 'evidence.add', item: garage }, 'the hand-off in the garage'],
    ['2026-09-03 09:24:00', 'li.wei', { action: 'evidence.add', item: badges }],
    [
      '2026-09-04 15:02:00',
      'li.wei',
      { action: 'evidence.add', item: specSheet },
      'matches the canary copy sent to 周晨',
    ],
    ['2026-09-04 15:10:00', 'li.wei', { action: 'note.add', id: 'N1', text: referenceNote }],
    [
      '2026-09-05 10:00:00',
      'zhang.min',
      { action: 'evidence.view', item: garage.id },
      'committee preparation: read the plate',
    ],
    [
      '2026-09-05 10:30:00',
      'li.wei',
      { action: 'task.add', id: 'T1', title: 'Ask HR for the 2023 disciplinary record', assignee: 'hr.wang' },
    ],
    ['2026-09-05 11:00:00', 'li.wei', { action: 'case.status', from: 'open', to: 'investigating' }],
    ['2026-09-05 11:10:00', 'li.wei', { action: 'evidence.add', item: lobby }],
    [
      '2026-09-05 16:00:00',
      'li.wei',
      { action: 'evidence.purge', item: lobby.id },
      'wrong day; not relevant (retention policy)',
    ],
    ['2026-09-06 09:00:00', 'li.wei', { action: 'case.hold', on: true }, 'dismissal likely'],
    ['2026-09-07 14:00:00', 'hr.wang', { action: 'task.done', id: 'T1' }],
    [
      '2026-09-08 16:45:00',
      'li.wei',
      { action: 'evidence.export', item: specSheet.id },
      'to legal counsel for the canary comparison',
    ],
    [
      '2026-09-09 09:00:00',
      'li.wei',
      { action: 'case.status', from: 'investigating', to: 'committee_review' },
    ],
  ];
}

/** The reference case as the committee receives it. */
export function referenceInput(): ReportInput {
  const exported: Step = [
    '2026-09-09 17:30:00',
    'li.wei',
    { action: 'case.export', reports: {} },
    'file for the ethics committee',
  ];
  return referenceInputOf(ledger([...referenceSteps(), exported]));
}

/** The report input for the reference case with these entries, exported by the last of them. */
export function referenceInputOf(entries: LedgerEntry[]): ReportInput {
  const { garage, badges } = referenceItems;
  const last = entries.at(-1)!;
  const timeline: ReportTimelineLine[] = [
    {
      at: shanghai('2026-09-01 22:05:00'),
      lane: 'physical',
      text: 'Garage dash-cam: hands a black anti-static bag to a Tesla passenger, plate ends 87D',
      item: garage.id,
    },
    {
      at: shanghai('2026-09-01 21:47:00'),
      lane: 'physical',
      text: 'Leaves lab N5 with a black anti-static bag; no asset check-out',
      item: badges.id,
    },
    {
      at: shanghai('2026-09-01 21:30:00'),
      lane: 'physical',
      text: 'Badge opens lab N5 (restricted): first after-hours entry',
      item: badges.id,
    },
    {
      at: shanghai('2026-09-10 20:14:00'),
      lane: 'communication',
      text: '放心,我只跑分,不上手开箱,给你多少个W',
    },
    { at: shanghai('2026-09-03 09:12:00'), lane: 'case', text: 'Case opened by li.wei' },
  ];
  return {
    case: foldCase(entries)!,
    subjects: [
      {
        id: 'LM10024',
        name: '周晨',
        nameEn: 'Zhou Chen',
        department: 'China marketing 中国区市场部',
        role: 'General manager, head of China marketing',
      },
    ],
    exportedAt: last.at,
    exportedBy: last.actor,
    timeZone: 'Asia/Shanghai',
    clauses: defaultPolicyClauses,
    ledger: {
      size: entries.length,
      root: sha256Of('root'),
      fingerprint: 'SHA256:q3V9mN0bFz8kTqUu1Jw2yXl5cR7pHs4dEe6gAaBbCcD',
    },
    timeline,
  };
}

/** The reference case with `count` evidence items, each collected and exported: a report of many pages. */
export function manyItemsInput(count: number): ReportInput {
  const items = Array.from({ length: count }, (_, index) =>
    item(
      `EV-${String(index + 1).padStart(8, '0')}`,
      'event',
      `Badge event ${index + 1}, lab N5 door log`,
      'event.json',
      1_000 + index,
    ),
  );
  const entries = ledger([
    [
      '2026-09-03 09:12:00',
      'li.wei',
      { action: 'case.open', title: 'K80 prototype leak', subjects: ['LM10024'], alerts: [] },
    ],
    ...items.map((evidence): [string, string, CaseAction, string] => [
      '2026-09-03 10:00:00',
      'li.wei',
      { action: 'evidence.add', item: evidence },
      'door log export',
    ]),
    [
      '2026-09-09 17:30:00',
      'li.wei',
      { action: 'case.export', reports: {} },
      'file for the ethics committee',
    ],
  ]);
  return {
    ...referenceInput(),
    case: foldCase(entries)!,
    ledger: { ...referenceInput().ledger, size: entries.length },
  };
}
