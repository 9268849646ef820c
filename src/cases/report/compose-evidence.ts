/** @module The evidence list and each item's chain of custody, the two sections a checker compares against the bundle. */
import { formatTime } from '../../model/index.js';
import type { CaseEvidence } from '../case-state.js';
import { type Block, type Section, said, written } from './document.js';
import { reportSize } from './format.js';
import type { ReportInput } from './input.js';
import { custodyLabels, kindLabels, labels } from './labels.js';

export function evidenceSection(input: ReportInput): Section {
  const anyPurged = input.case.evidence.some((item) => item.purged);
  return {
    id: 'evidence',
    heading: labels.evidence,
    blocks: [
      {
        kind: 'table',
        columns: [
          { label: labels.number, width: 0.7 },
          { label: labels.id, width: 1.9 },
          { label: labels.kind, width: 1.7 },
          { label: labels.title, width: 3.5 },
          { label: labels.size, width: 1.9 },
          { label: labels.added, width: 2.4 },
          { label: labels.state, width: 1.8 },
        ],
        rows: input.case.evidence.map((item, index) => ({
          cells: [
            written(String(index + 1)),
            written(item.id, { mono: true }),
            said(kindLabels[item.kind]),
            written(item.title),
            written(reportSize(item.size)),
            written(`${item.addedBy}\n${formatTime(item.addedAt, input.timeZone)}`),
            item.purged ? said(labels.purged, { warn: true }) : said(labels.kept),
          ],
          detail: { label: labels.sha256, value: written(item.sha256, { mono: true }) },
          warn: item.purged,
        })),
      },
      ...(anyPurged ? [{ kind: 'remark', text: labels.purgedMeans } as const] : []),
    ],
  };
}

export function custodySection(input: ReportInput): Section {
  return {
    id: 'custody',
    heading: labels.custody,
    blocks: input.case.evidence.flatMap((item, index) => custodyOf(item, index + 1, input.timeZone)),
  };
}

function custodyOf(item: CaseEvidence, number: number, timeZone: string): Block[] {
  const purged = item.purged ? ` (${labels.purged.en} ${labels.purged.zh})` : '';
  return [
    {
      kind: 'subheading',
      text: written(`${number}. ${item.id} · ${item.title}${purged}`, { warn: item.purged }),
    },
    {
      kind: 'table',
      columns: [
        { label: labels.step, width: 1.4 },
        { label: labels.by, width: 1.6 },
        { label: labels.at, width: 2.4 },
        { label: labels.why, width: 5 },
        { label: labels.ledgerEntry, width: 1.3 },
      ],
      rows: item.custody.map((step) => ({
        cells: [
          said(custodyLabels[step.what], { warn: step.what === 'purged' }),
          written(step.by),
          written(formatTime(step.at, timeZone)),
          step.reason ? written(step.reason) : said(labels.noReason, { muted: true }),
          written(`#${step.seq}`),
        ],
        warn: step.what === 'purged',
      })),
    },
  ];
}
