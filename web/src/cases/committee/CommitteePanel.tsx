/**
 * @module The committee's part of a case: the decision as recorded (for every reader), and for the committee in
 * review the proposal form, the vote, closing it and sending the case back; once adopted, the notice.
 */
import { useState } from 'react';
import { api, seg } from '../../api/client';
import type { CaseDetail, Policy } from '../../api/types';
import { useWorkClock } from '../../format/work-clock';
import { useI18n } from '../../i18n/language';
import { useCan, useSignedIn } from '../../session/session';
import { ReasonDialog } from '../ReasonDialog';
import { DecisionForm } from './DecisionForm';
import { DecisionRecord } from './DecisionRecord';
import { NoticePreview } from './NoticePreview';
import { VoteForm } from './VoteForm';

interface CommitteePanelProps {
  detail: CaseDetail;
  policy?: Policy;
  clauseTitle: (id: string) => string;
  onChanged: () => void;
}

type Asking = 'close' | 'return' | undefined;

export function CommitteePanel({ detail, policy, clauseTitle, onChanged }: CommitteePanelProps) {
  const { t } = useI18n();
  const clock = useWorkClock();
  const can = useCan();
  const { user } = useSignedIn();
  const [asking, setAsking] = useState<Asking>();
  const [replacing, setReplacing] = useState(false);
  const state = detail.case;
  const decision = state.decision;
  const inReview = state.status === 'committee_review' && can('cases:decide');
  const open = decision && !decision.outcome ? decision : undefined;
  const voted = open?.votes.some((vote) => vote.by === user.username);
  const path = `/api/cases/${seg(state.id)}/decision`;
  const approvals = open?.votes.filter((vote) => vote.vote === 'approve').length ?? 0;
  const rejections = open?.votes.filter((vote) => vote.vote === 'reject').length ?? 0;

  return (
    <section className="panel committee" data-testid="committee-panel">
      <h2>{t('decision.title')}</h2>
      {!decision && <p className="muted">{t(inReview ? 'decision.noneYet' : 'decision.noneWaiting')}</p>}
      {decision && (
        <DecisionRecord decision={decision} subjects={detail.subjects} clauseTitle={clauseTitle} />
      )}
      {inReview && open && !voted && <VoteForm caseId={state.id} onVoted={onChanged} />}
      {inReview && open && voted && <p className="muted">{t('decision.youVoted')}</p>}
      {inReview && (!open || replacing) && (
        <>
          <h3>{t(open ? 'decision.replace' : 'decision.new')}</h3>
          <DecisionForm
            caseId={state.id}
            subjects={detail.subjects}
            clauses={policy?.clauses ?? []}
            onProposed={() => {
              setReplacing(false);
              onChanged();
            }}
          />
        </>
      )}
      {inReview && (
        <div className="row-actions committee-actions">
          {open && (
            <button
              type="button"
              className="primary"
              data-testid="decision-close"
              disabled={!open.votes.length}
              title={open.votes.length ? undefined : t('decision.closeNeedsVotes')}
              onClick={() => setAsking('close')}
            >
              {t('decision.close')}
            </button>
          )}
          {open && !replacing && (
            <button type="button" onClick={() => setReplacing(true)}>
              {t('decision.replace')}
            </button>
          )}
          <button type="button" data-testid="decision-return" onClick={() => setAsking('return')}>
            {t('decision.return')}
          </button>
        </div>
      )}
      {asking && (
        <ReasonDialog
          title={t(asking === 'close' ? 'decision.close' : 'decision.return')}
          submitLabel={t(asking === 'close' ? 'decision.close' : 'decision.return')}
          required={asking === 'return'}
          onSubmit={(reason) => api.post(`${path}/${asking}`, reason ? { reason } : {})}
          onDone={() => {
            setAsking(undefined);
            onChanged();
          }}
          onClose={() => setAsking(undefined)}
        >
          <p className="muted">
            {asking === 'close'
              ? t(approvals > rejections ? 'decision.closeAdopts' : 'decision.closeRejects', {
                  approve: approvals,
                  reject: rejections,
                })
              : t('decision.returnHint')}
          </p>
        </ReasonDialog>
      )}
      {state.notices.length > 0 && (
        <>
          <h3>{t('notice.generated')}</h3>
          <ul className="plain-list" data-testid="notice-list">
            {state.notices.map((notice) => (
              <li key={`${notice.language}-${notice.at}`}>
                {t(`language.${notice.language}`)} ·{' '}
                {t('ledger.byAt', { user: notice.by, time: clock.minute(notice.at) })} ·{' '}
                <code title={notice.sha256}>{notice.sha256.slice(0, 12)}…</code>
              </li>
            ))}
          </ul>
        </>
      )}
      {decision?.outcome === 'adopted' && can('cases:decide') && (
        <NoticePreview caseId={state.id} onGenerated={onChanged} />
      )}
    </section>
  );
}
