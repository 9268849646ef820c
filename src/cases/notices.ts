/**
 * @module Giving notice of an adopted decision: the admin's template rendered for the person decided about, and
 * the text's SHA-256 recorded in the case's ledger, so the notice handed out can be matched to the decision.
 */
import type { NoticeLanguage } from '../model/index.js';
import type { Store } from '../store/index.js';
import type { CaseActor } from './case-ledger.js';
import type { CaseState } from './case-state.js';
import type { Cases } from './cases.js';
import { renderNotice } from './notice/index.js';
import type { Policy } from './policy.js';
import { subjectsOf } from './render-reports.js';

export interface Notice {
  language: NoticeLanguage;
  text: string;
  sha256: string;
  at: number;
}

export async function giveNotice(
  workspace: { store: Store; cases: Cases; policy: Policy },
  state: CaseState,
  language: NoticeLanguage,
  timeZone: string,
  who: CaseActor,
): Promise<Notice> {
  const person = state.decision && (await subjectsOf(workspace.store, [state.decision.person]))[0];
  // renderNotice refuses a case without an adopted decision, before anything is recorded.
  const text = renderNotice(await workspace.policy.noticeTemplate(language), {
    language,
    state,
    person: person ?? { id: '', name: '' },
    clauses: await workspace.policy.clauses(),
    timeZone,
  });
  const after = await workspace.cases.recordNotice(state.id, language, text, who);
  const recorded = after.notices.at(-1)!;
  return { language, text, sha256: recorded.sha256, at: recorded.at };
}
