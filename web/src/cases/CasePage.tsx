/**
 * @module One case's workspace: its head and workflow, the case file (integrity check, export), the committee's
 * decision when it has reached the committee, the evidence with its custody, notes, tasks, and the ledger as the
 * case's own timeline. Every change reloads the case, which is its ledger folded again.
 */
import { useState } from 'react';
import { api, seg } from '../api/client';
import type { CaseCheck, CaseDetail } from '../api/types';
import { useResource } from '../api/use-resource';
import { Link } from '../app/router';
import { useI18n } from '../i18n/language';
import { clauseTitler, usePolicy } from '../policy/use-policy';
import { ErrorMessage, Loading } from '../ui/feedback';
import { CaseFilePanel } from './CaseFilePanel';
import { CaseHeader } from './CaseHeader';
import { CaseTimeline } from './CaseTimeline';
import { CommitteePanel } from './committee/CommitteePanel';
import { EvidenceSection } from './evidence/EvidenceSection';
import { NotesPanel } from './NotesPanel';
import { TasksPanel } from './TasksPanel';

/** Statuses in which the committee's part of the case is shown. */
const committeeStatuses = new Set(['committee_review', 'decided', 'closed']);

export function CasePage({ caseId }: { caseId: string }) {
  const { t, pick } = useI18n();
  const detail = useResource(() => api.get<CaseDetail>(`/api/cases/${seg(caseId)}`), [caseId]);
  const policy = usePolicy();
  const [check, setCheck] = useState<{ result: CaseCheck; at: number }>();
  const clauseTitle = clauseTitler(policy.data?.clauses, pick);

  const back = (
    <Link to="/cases" className="back-link">
      ← {t('nav.cases')}
    </Link>
  );
  if (detail.error) {
    return (
      <div className="page">
        {back}
        <ErrorMessage error={detail.error} />
      </div>
    );
  }
  if (!detail.data) return <Loading />;
  const { case: state, subjects } = detail.data;
  const showCommittee = committeeStatuses.has(state.status) || state.decision !== undefined;
  return (
    <div className="page case-page" data-testid="case-page" data-case={state.id} data-status={state.status}>
      {back}
      <CaseHeader detail={detail.data} onChanged={detail.reload} />
      <CaseFilePanel
        detail={detail.data}
        check={check}
        onChecked={(result) => setCheck({ result, at: Date.now() })}
        onChanged={detail.reload}
      />
      {showCommittee && (
        <CommitteePanel
          detail={detail.data}
          policy={policy.data}
          clauseTitle={clauseTitle}
          onChanged={detail.reload}
        />
      )}
      <EvidenceSection state={state} problems={check?.result.problems ?? []} onChanged={detail.reload} />
      <div className="two-columns">
        <NotesPanel state={state} onChanged={detail.reload} />
        <TasksPanel state={state} onChanged={detail.reload} />
      </div>
      <CaseTimeline state={state} subjects={subjects} clauseTitle={clauseTitle} />
    </div>
  );
}
