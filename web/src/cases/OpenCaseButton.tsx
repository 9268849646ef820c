/**
 * @module "Open case…" from an alert or a person: a title to confirm, then the case is opened with the person as its
 * subject (and the alert, whose signal events become its first evidence) and its workspace shown.
 */
import { type FormEvent, useState } from 'react';
import { api, seg } from '../api/client';
import type { CaseDetail, PersonRef } from '../api/types';
import { navigate } from '../app/router';
import { useI18n } from '../i18n/language';
import { useCan } from '../session/session';
import { Dialog, DialogActions } from '../ui/dialog';
import { ErrorMessage } from '../ui/feedback';
import { personLabel } from '../ui/PersonName';
import { TextField } from '../ui/TextField';
import { useAction } from '../ui/use-action';
import { OptionalReasonField } from './ReasonDialog';

interface OpenCaseButtonProps {
  person: PersonRef;
  /** The alert the case starts from, if any. */
  alertId?: string;
  /** The title offered, to change or keep. */
  title: string;
  className?: string;
}

/** Nothing for a user who may not open cases. */
export function OpenCaseButton({ person, alertId, title, className }: OpenCaseButtonProps) {
  const { t } = useI18n();
  const can = useCan();
  const [asking, setAsking] = useState(false);
  if (!can('cases:write')) return null;
  return (
    <>
      <button type="button" className={className} data-testid="open-case" onClick={() => setAsking(true)}>
        {t('openCase.button')}
      </button>
      {asking && (
        <OpenCaseDialog person={person} alertId={alertId} title={title} onClose={() => setAsking(false)} />
      )}
    </>
  );
}

function OpenCaseDialog({
  person,
  alertId,
  title: offered,
  onClose,
}: Omit<OpenCaseButtonProps, 'className'> & { onClose: () => void }) {
  const { t } = useI18n();
  const [title, setTitle] = useState(offered);
  const [reason, setReason] = useState('');
  const { run, busy, error } = useAction();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!title.trim()) return;
    void run(async () => {
      const opened = await api.post<CaseDetail>('/api/cases', {
        title: title.trim(),
        subjects: [person.ref],
        ...(alertId ? { alerts: [alertId] } : {}),
        ...(reason.trim() ? { reason: reason.trim() } : {}),
      });
      navigate(`/cases/${seg(opened.case.id)}`);
    });
  };

  return (
    <Dialog title={t('openCase.title')} onClose={onClose}>
      <form className="stack" onSubmit={submit}>
        <p className="muted">
          {t(alertId ? 'openCase.fromAlertHint' : 'openCase.hint', { person: personLabel(person) })}
        </p>
        <TextField
          label={t('openCase.caseTitle')}
          testId="open-case-title"
          value={title}
          onChange={setTitle}
          required
        />
        <OptionalReasonField testId="open-case-reason" value={reason} onChange={setReason} />
        <ErrorMessage error={error} />
        <DialogActions
          submitLabel={t('openCase.submit')}
          testId="open-case-submit"
          busy={busy}
          disabled={!title.trim()}
          onCancel={onClose}
        />
      </form>
    </Dialog>
  );
}
