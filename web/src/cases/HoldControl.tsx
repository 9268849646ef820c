/** @module Legal hold on or off, always with a reason: while it is on, nothing of the case can be purged by anyone. */
import { useState } from 'react';
import { api, seg } from '../api/client';
import type { CaseState } from '../api/types';
import { useI18n } from '../i18n/language';
import { ReasonDialog } from './ReasonDialog';

export function HoldControl({ state, onChanged }: { state: CaseState; onChanged: () => void }) {
  const { t } = useI18n();
  const [asking, setAsking] = useState(false);
  const next = !state.hold;
  return (
    <>
      <label className="switch" title={t('case.holdHint')}>
        <input
          type="checkbox"
          role="switch"
          data-testid="case-hold-toggle"
          aria-checked={state.hold}
          checked={state.hold}
          onChange={() => setAsking(true)}
        />
        <span className="switch-track" aria-hidden="true" />
        <span>{t(state.hold ? 'case.holdOn' : 'case.holdOff')}</span>
      </label>
      {asking && (
        <ReasonDialog
          title={t(next ? 'case.holdPlace' : 'case.holdLift')}
          submitLabel={t(next ? 'case.holdPlace' : 'case.holdLift')}
          required
          onSubmit={(reason) => api.post(`/api/cases/${seg(state.id)}/hold`, { on: next, reason })}
          onDone={() => {
            setAsking(false);
            onChanged();
          }}
          onClose={() => setAsking(false)}
        >
          <p className="muted">{t(next ? 'case.holdPlaceHint' : 'case.holdLiftHint')}</p>
        </ReasonDialog>
      )}
    </>
  );
}
