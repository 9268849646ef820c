/**
 * @module Asking to see who a pseudonym is: a written reason (and optionally the case) that the audit trail keeps.
 * A priority person's identity needs a second investigator's approval; anyone else's is granted at once.
 */
import { type FormEvent, useState } from 'react';
import { api, seg } from '../api/client';
import type { UnmaskAnswer } from '../api/types';
import { useI18n } from '../i18n/language';
import { Dialog, DialogActions } from '../ui/dialog';
import { ErrorMessage } from '../ui/feedback';
import { TextAreaField } from '../ui/TextAreaField';
import { TextField } from '../ui/TextField';
import { useAction } from '../ui/use-action';

const MIN_REASON = 10;

interface UnmaskDialogProps {
  personRef: string;
  onClose: () => void;
  onGranted: (ref: string) => void;
  onPending: (requestId: string) => void;
}

export function UnmaskDialog({ personRef, onClose, onGranted, onPending }: UnmaskDialogProps) {
  const { t } = useI18n();
  const [reason, setReason] = useState('');
  const [caseId, setCaseId] = useState('');
  const { run, busy, error } = useAction();
  const short = reason.trim().length < MIN_REASON;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (short) return;
    void run(async () => {
      const body = caseId.trim()
        ? { reason: reason.trim(), caseId: caseId.trim() }
        : { reason: reason.trim() };
      const answer = await api.post<UnmaskAnswer>(`/api/persons/${seg(personRef)}/unmask`, body);
      if (answer.status === 'granted') onGranted(answer.person.ref);
      else onPending(answer.requestId);
    });
  };

  return (
    <Dialog title={t('unmask.title')} onClose={onClose}>
      <form onSubmit={submit} className="stack">
        <p className="muted">{t('unmask.explain')}</p>
        <TextAreaField
          label={t('unmask.reason', { min: MIN_REASON })}
          testId="unmask-reason"
          rows={4}
          value={reason}
          onChange={setReason}
          required
          minLength={MIN_REASON}
        />
        <TextField label={t('unmask.case')} testId="unmask-case" value={caseId} onChange={setCaseId} />
        {reason.length > 0 && short && (
          <p className="hint-warning">{t('unmask.tooShort', { min: MIN_REASON })}</p>
        )}
        <ErrorMessage error={error} />
        <DialogActions
          submitLabel={t('unmask.submit')}
          testId="unmask-submit"
          busy={busy}
          disabled={short}
          onCancel={onClose}
        />
      </form>
    </Dialog>
  );
}
