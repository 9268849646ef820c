/**
 * @module The committee's decision as the report shows it: whom it is about, the clauses and sanctions, the
 * reasoning, every vote with its dissent in full, the outcome, and the notices generated from it.
 */
import { formatTime, type PolicyClause, type Vote, voteNames } from '../../model/index.js';
import type { CaseDecision } from '../case-state.js';
import { type Block, type Cell, type Section, said, written } from './document.js';
import type { ReportInput, ReportSubject } from './input.js';
import {
  type Bilingual,
  labels,
  languageLabels,
  outcomeLabels,
  sanctionLabels,
  tallyOf,
  voteLabels,
} from './labels.js';

/** The decision section, or nothing when the committee has not proposed one. */
export function decisionSection(input: ReportInput): Section | undefined {
  const decision = input.case.decision;
  if (!decision) return undefined;
  const zone = input.timeZone;
  const outcome = outcomeLabels[decision.outcome ?? 'open'];
  const facts: Block = {
    kind: 'facts',
    rows: [
      { label: labels.decisionAbout, value: written(personOf(decision.person, input.subjects)) },
      { label: labels.outcome, value: said(outcome, { warn: !decision.outcome }) },
      ...(decision.closedAt === undefined
        ? []
        : [{ label: labels.closedAt, value: written(formatTime(decision.closedAt, zone)) }]),
      { label: labels.sanctions, value: said(joined(decision.sanctions.map((s) => sanctionLabels[s]))) },
      { label: labels.tally, value: said(tallyOf(countVotes(decision))) },
      { label: labels.proposedBy, value: written(decision.proposedBy) },
      { label: labels.proposedAt, value: written(formatTime(decision.proposedAt, zone)) },
    ],
  };
  return {
    id: 'decision',
    heading: labels.decision,
    blocks: [
      facts,
      { kind: 'subheading', text: said(labels.clausesViolated) },
      clausesTable(decision.clauses, input.clauses),
      { kind: 'subheading', text: said(labels.reasoning) },
      { kind: 'prose', text: written(decision.summary) },
      { kind: 'subheading', text: said(labels.votes) },
      votesTable(decision, zone),
      { kind: 'remark', text: labels.majorityRule },
      ...noticesBlocks(input),
    ],
  };
}

/** Approvals, rejections and abstentions cast on the decision. */
function countVotes(decision: CaseDecision): Record<Vote, number> {
  const counts = Object.fromEntries(voteNames.map((vote) => [vote, 0])) as Record<Vote, number>;
  for (const cast of decision.votes) counts[cast.vote] += 1;
  return counts;
}

/** `周晨 (Zhou Chen) · LM10024`: the subject's name from the roster, or the bare id when the case has no such subject. */
function personOf(id: string, subjects: readonly ReportSubject[]): string {
  const subject = subjects.find((candidate) => candidate.id === id);
  if (!subject) return id;
  return `${subject.name}${subject.nameEn ? ` (${subject.nameEn})` : ''} · ${id}`;
}

function joined(parts: Bilingual[]): Bilingual {
  return { en: parts.map((part) => part.en).join('; '), zh: parts.map((part) => part.zh).join('；') };
}

/** Each clause by its title in both languages, its wording under it; an id the workspace no longer lists as is. */
function clausesTable(ids: readonly string[], clauses: readonly PolicyClause[]): Block {
  return {
    kind: 'table',
    columns: [
      { label: labels.clause, width: 8 },
      { label: labels.id, width: 3 },
    ],
    rows: ids.map((id) => {
      const clause = clauses.find((candidate) => candidate.id === id);
      const title: Cell = clause ? said(clause.title) : written(id);
      return {
        cells: [title, written(id, { mono: true })],
        ...(clause?.text ? { detail: { label: labels.clauseWording, value: said(clause.text) } } : {}),
      };
    }),
  };
}

function votesTable(decision: CaseDecision, zone: string): Block {
  return {
    kind: 'table',
    columns: [
      { label: labels.member, width: 1.8 },
      { label: labels.vote, width: 1.2 },
      { label: labels.at, width: 2.4 },
      { label: labels.dissent, width: 5.6 },
    ],
    rows: decision.votes.map((cast) => ({
      cells: [
        written(cast.by),
        said(voteLabels[cast.vote]),
        written(formatTime(cast.at, zone)),
        cast.dissent ? written(cast.dissent) : said(labels.noDissent, { muted: true }),
      ],
    })),
  };
}

/** The notices generated, listed once a decision is adopted (only an adopted one can have any). */
function noticesBlocks(input: ReportInput): Block[] {
  const { decision, notices } = input.case;
  if (decision?.outcome !== 'adopted' && notices.length === 0) return [];
  return [
    { kind: 'subheading', text: said(labels.notices) },
    {
      kind: 'table',
      columns: [
        { label: labels.language, width: 2 },
        { label: labels.by, width: 2 },
        { label: labels.at, width: 2.4 },
      ],
      rows: notices.map((notice) => ({
        cells: [
          said(languageLabels[notice.language]),
          written(notice.by),
          written(formatTime(notice.at, input.timeZone)),
        ],
        detail: { label: labels.sha256, value: written(notice.sha256, { mono: true }) },
      })),
    },
  ];
}
