/**
 * @module The status moves an investigator may make from here (docs/cases.md's workflow): on to investigating, to the
 * committee, or closed. `decided` is the committee's vote, and sending back is the committee's too.
 */
import { useState } from 'react';
import { api, seg } from '../api/client';
import { type CaseState, type CaseStatus, statusMoves } from '../api/types';
import { useI18n } from '../i18n/language';
import { ReasonDialog } from './ReasonDialog';

/** Moves that belong to the committee, not to whoever works the case. */
function investigatorMoves(status: CaseStatus): CaseStatus[] {
  return statusMoves[status].filter((to) => to !== 'decided' && status !== 'committee_review');
}

export function StatusMoves({ state, onChanged }: { state: CaseState; onChanged: () => void }) {
  const { t } = useI18n();
  const [to, setTo] = useState<CaseStatus>();
  const moves = investigatorMoves(state.status);
  if (!moves.length) return null;
  return (
    <div className="row-actions">
      {moves.map((move) => (
        <button
          key={move}
          type="button"
          className={move === 'closed' ? undefined : 'primary'}
          data-testid={`case-move-${move}`}
          onClick={() => setTo(move)}
        >
          {t(`caseMove.${move}`)}
        </button>
      ))}
      {to && (
        <ReasonDialog
          title={t(`caseMove.${to}`)}
          submitLabel={t(`caseMove.${to}`)}
          onSubmit={(reason) => api.post(`/api/cases/${seg(state.id)}/status`, { to, reason })}
          onDone={() => {
            setTo(undefined);
            onChanged();
          }}
          onClose={() => setTo(undefined)}
        >
          <p className="muted">{t(`caseMoveHint.${to}`)}</p>
        </ReasonDialog>
      )}
    </div>
  );
}
