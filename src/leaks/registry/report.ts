/**
 * @module The attribution as a report for a case file (Markdown): the document, the verdict, the ranked
 * recipients and the positions that decide, and the leaked text itself, so the report stands on its own.
 */
import { hash } from 'node:crypto';
import type { LeakDocument } from '../../store/index.js';
import type { Attribution, DecidingPosition } from '../attribution/types.js';
import { cell, fenced, percent, recipientList, verdictLabel } from './report-format.js';

export interface ReportContext {
  /** The leaked text as attributed, and the name of the file it came in. */
  readonly leak: { readonly text: string; readonly name?: string };
  /** When and by whom the attribution was made (default: now, not said). */
  readonly at?: number;
  readonly by?: string;
}

/** Rows of the ranking and of the positions shown; the rest is counted. */
const rankingRows = 10;
const positionRows = 80;

/**
 * Writes the attribution as Markdown, ready to add to a case as evidence of kind `attribution`
 * (media type text/markdown).
 * @example cases.addEvidence(caseId, { kind: 'attribution', content: Buffer.from(attributionReport(a, doc, { leak })), … }, who)
 */
export function attributionReport(
  attribution: Attribution,
  document: LeakDocument,
  context: ReportContext,
): string {
  const { leak } = context;
  const at = new Date(context.at ?? Date.now()).toISOString();
  const lines = [
    `# Leak attribution: ${document.title}`,
    '',
    '| | |',
    '| --- | --- |',
    `| Document | ${document.id} ${cell(document.title)} (${document.classification}, ${document.language}) |`,
    `| Registered file | ${cell(document.fileName)}, SHA-256 \`${document.sha256}\` |`,
    `| Leaked text | ${cell(leak.name ?? 'as given')}: ${leak.text.length} characters, SHA-256 of its UTF-8 text \`${hash('sha256', leak.text, 'hex')}\` |`,
    `| Attributed | ${at}${context.by ? ` by ${cell(context.by)}` : ''}, with molehunt's canary-trap attribution (docs/leaks.md) |`,
    '',
    '## Verdict',
    '',
    `**${verdictLabel(attribution.verdict)}.** ${attribution.summary}`,
    '',
    `Named: ${attribution.named.length ? attribution.named.join(', ') : 'nobody'}.`,
    ...rankingSection(attribution),
    ...segmentSection(attribution),
    ...positionSection(attribution.positions),
    ...coverageSection(attribution),
    '',
    '## The leaked text',
    '',
    ...fenced(leak.text),
  ];
  return `${lines.join('\n')}\n`;
}

function rankingSection(attribution: Attribution): string[] {
  if (attribution.verdict === 'not-from-document') return [];
  const rows = attribution.ranking.slice(0, rankingRows);
  return [
    '',
    '## Ranking',
    '',
    'How likely each recipient’s copy is the source, as a leak from one copy:',
    '',
    '| rank | recipient | probability |',
    '| ---: | --- | ---: |',
    ...rows.map((r, i) => `| ${i + 1} | ${cell(r.recipient)} | ${percent(r.probability)} |`),
    ...(attribution.ranking.length > rows.length
      ? ['', `${attribution.ranking.length - rows.length} more recipients, each less likely.`]
      : []),
    '',
    `Besides: the unissued original wording ${percent(attribution.original)}; a copy of nobody in the distribution ${percent(attribution.noRecipient)}; stitched from two copies ${percent(attribution.stitched)}.`,
  ];
}

function segmentSection(attribution: Attribution): string[] {
  if (attribution.segments.length < 2) return [];
  return [
    '',
    '## Stretches of the leak',
    '',
    '| leak characters | verdict | named | most likely |',
    '| --- | --- | --- | --- |',
    ...attribution.segments.map(
      (s) =>
        `| ${s.leakSpan[0]}–${s.leakSpan[1]} | ${s.verdict} | ${s.named ?? '—'} | ${s.ranking
          .slice(0, 3)
          .map((r) => `${cell(r.recipient)} ${percent(r.probability)}`)
          .join(', ')} |`,
    ),
  ];
}

function positionSection(positions: readonly DecidingPosition[]): string[] {
  const read = positions.filter((p) => p.alternative !== null);
  if (!positions.length) return [];
  const shown = read.slice(0, positionRows);
  return [
    '',
    '## Deciding positions',
    '',
    'Each place where the copies differ, as the leak shows it. Decisive: the named (or most likely) copy and the runner-up differ there.',
    '',
    '| # | leak characters | kind | the leak shows | which matches | copies that show it | decisive |',
    '| ---: | --- | --- | --- | --- | --- | --- |',
    ...shown.map(
      (p, i) =>
        `| ${i + 1} | ${p.leakSpan[0]}–${p.leakSpan[1]} | ${p.layer === 'mark' ? `mark (${p.kind})` : p.kind} | ${cell(p.leakText)} | ${cell(p.alternativeText ?? '')} | ${recipientList(p.pointsTo)} | ${p.decisive ? 'yes' : ''} |`,
    ),
    ...(read.length > shown.length ? ['', `${read.length - shown.length} more positions read.`] : []),
    ...(positions.length > read.length
      ? [
          '',
          `${positions.length - read.length} more places could not be read (edited there, or the invisible marks removed) and were left out.`,
        ]
      : []),
  ];
}

function coverageSection({ coverage }: Attribution): string[] {
  return [
    '',
    '## Coverage',
    '',
    `- ${coverage.alignedCharacters} of the leak's ${coverage.leakCharacters} characters (normalized) match the document exactly, from ${coverage.passages} passage${coverage.passages === 1 ? '' : 's'} of it.`,
    `- ${coverage.sitesRead} of ${coverage.sitesCovered} places where copies differ could be read; ${coverage.marksRead} invisible marks.`,
    `- Full-width punctuation kept: ${coverage.widthsKept ? 'yes' : 'no'}; invisible marks present: ${coverage.marksPresent ? 'yes' : 'no'}.`,
  ];
}
