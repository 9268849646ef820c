/** @module One committee member's vote on the open proposal: approve, reject or abstain, with an optional dissent. */
import { useState } from 'react';
import { api, seg } from '../../api/client';
import { type Vote, voteNames } from '../../api/types';
import { useI18n } from '../../i18n/language';
import { ErrorMessage } from '../../ui/feedback';
import { TextAreaField } from '../../ui/TextAreaField';
import { useAction } from '../../ui/use-action';
import { MAX_REASON } from '../ReasonDialog';

export function VoteForm({ caseId, onVoted }: { caseId: string; onVoted: () => void }) {
  const { t } = useI18n();
  const [dissent, setDissent] = useState('');
  const { run, busy, error } = useAction();
  const vote = (choice: Vote) =>
    run(async () => {
      await api.post(`/api/cases/${seg(caseId)}/decision/vote`, {
        vote: choice,
        ...(dissent.trim() ? { dissent: dissent.trim() } : {}),
      });
      onVoted();
    });
  return (
    <div className="stack vote-form" data-testid="vote-form">
      <TextAreaField
        label={t('decision.dissentOptional')}
        testId="vote-dissent"
        rows={2}
        maxLength={MAX_REASON}
        value={dissent}
        onChange={setDissent}
      />
      <div className="row-actions">
        {voteNames.map((choice) => (
          <button
            key={choice}
            type="button"
            className={choice === 'approve' ? 'primary' : undefined}
            data-testid={`vote-${choice}`}
            disabled={busy}
            onClick={() => void vote(choice)}
          >
            {t(`voteAction.${choice}`)}
          </button>
        ))}
      </div>
      <ErrorMessage error={error} />
    </div>
  );
}
