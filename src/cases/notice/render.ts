/**
 * @module Rendering an internal notice from an adopted decision: the template filled with the decision's facts in
 * the notice's language. Plain text, so nothing is HTML-escaped; logic-less, so a template cannot run code.
 */
import Mustache from 'mustache';
import {
  formatTime,
  MolehuntError,
  type NoticeLanguage,
  type PolicyClause,
  type Vote,
  voteNames,
} from '../../model/index.js';
import type { CaseDecision, CaseState } from '../case-state.js';
import { type ReportSubject, sanctionLabels } from '../report/index.js';
import { checkNoticeTemplate, noticeTags } from './check.js';

export interface NoticeInput {
  language: NoticeLanguage;
  /** The case; its decision must be adopted. */
  state: CaseState;
  /** The person the decision is about, named as the report names them. */
  person: ReportSubject;
  /** The workspace's policy clauses, for the titles and wording of the clauses the decision cites. */
  clauses: readonly PolicyClause[];
  /** The zone the decision's date is given in. */
  timeZone: string;
}

/**
 * The notice `template` says about the adopted decision in `input.state`. Throws MH_ERR_CASE_STATE when the case has
 * no adopted decision (or `person` is not whom it is about), and MH_ERR_BAD_REQUEST, with the checker's words, for a
 * template that checkNoticeTemplate refuses.
 *
 * @example renderNotice(defaultNoticeTemplates.zh, { language: 'zh', state, person, clauses, timeZone: 'Asia/Shanghai' })
 */
export function renderNotice(template: string, input: NoticeInput): string {
  const decision = adoptedDecision(input.state);
  if (decision.person !== input.person.id) {
    throw new MolehuntError(
      'MH_ERR_CASE_STATE',
      `the decision in case ${input.state.id} is about ${decision.person}, not ${input.person.id}`,
    );
  }
  const problems = checkNoticeTemplate(template);
  if (problems.length) {
    throw new MolehuntError(
      'MH_ERR_BAD_REQUEST',
      `the ${input.language} notice template cannot be used: ${problems.join('; ')}`,
    );
  }
  // Passed per call, not set on Mustache itself, so other renders in the process still escape HTML.
  return Mustache.render(template, noticeView(decision, input), undefined, {
    tags: noticeTags,
    escape: (value: unknown) => String(value),
  });
}

function adoptedDecision(state: CaseState): CaseDecision & { closedAt: number } {
  const decision = state.decision;
  if (decision?.outcome === 'adopted' && decision.closedAt !== undefined) {
    return { ...decision, closedAt: decision.closedAt };
  }
  const why = !decision
    ? 'the committee has not proposed a decision'
    : decision.outcome === 'rejected'
      ? "the committee's vote rejected the proposed decision"
      : "the committee's vote on the proposed decision is still open";
  throw new MolehuntError(
    'MH_ERR_CASE_STATE',
    `case ${state.id} has no adopted decision to give notice of: ${why}`,
  );
}

/** What the template's variables (noticeVariables) stand for; an unknown value is '' so a section around it drops. */
function noticeView(decision: CaseDecision & { closedAt: number }, input: NoticeInput) {
  const { language, person } = input;
  const counts = Object.fromEntries(voteNames.map((vote) => [vote, 0])) as Record<Vote, number>;
  for (const cast of decision.votes) counts[cast.vote] += 1;
  return {
    person: {
      name: person.name,
      nameEn: person.nameEn ?? '',
      id: person.id,
      department: person.department ?? '',
      role: person.role ?? '',
    },
    caseId: input.state.id,
    caseTitle: input.state.title,
    decidedOn: dayOf(decision.closedAt, input.timeZone, language),
    clauses: decision.clauses.map((id, index) => {
      const clause = input.clauses.find((candidate) => candidate.id === id);
      return {
        number: index + 1,
        id,
        title: clause?.title[language] ?? id,
        text: clause?.text?.[language] ?? '',
      };
    }),
    sanctions: decision.sanctions.map((sanction, index) => ({
      number: index + 1,
      label: sanctionLabels[sanction][language],
    })),
    summary: decision.summary,
    votes: counts,
    committee: decision.votes.map((cast) => cast.by).join(language === 'zh' ? '、' : ', '),
  };
}

/** `2026-09-12` or `2026年9月12日`: the day in the zone. */
function dayOf(epochMs: number, zone: string, language: NoticeLanguage): string {
  const day = formatTime(epochMs, zone).slice(0, 10);
  if (language === 'en') return day;
  const [year, month, date] = day.split('-').map(Number);
  return `${year}年${month}月${date}日`;
}
