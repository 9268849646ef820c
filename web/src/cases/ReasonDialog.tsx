/**
 * @module A change to a case, confirmed with a reason: the reason goes into the ledger entry and into the custody of
 * the items the change touches. Some changes (legal hold, purge, sending back) require one.
 */
import { type FormEvent, type ReactNode, useState } from 'react';
import { useI18n } from '../i18n/language';
import { Dialog, DialogActions } from '../ui/dialog';
import { ErrorMessage } from '../ui/feedback';
import { TextAreaField } from '../ui/TextAreaField';
import { useAction } from '../ui/use-action';

/** The API's limit on a reason. */
export const MAX_REASON = 2000;
/** The API's least for a required reason (hold, purge, sending back): a word or two will not say why. */
export const MIN_REQUIRED_REASON = 5;

/** The optional reason a form asks for beside what it records (opening a case, adding evidence to one). */
export function OptionalReasonField(props: {
  testId: string;
  value: string;
  onChange: (reason: string) => void;
}) {
  const { t } = useI18n();
  return <TextAreaField label={t('case.reasonOptional')} rows={2} maxLength={MAX_REASON} {...props} />;
}

interface ReasonDialogProps {
  title: string;
  submitLabel: string;
  /** What the change does, shown above the reason. */
  children?: ReactNode;
  required?: boolean;
  /** Does the change; a failure (a 409 or 423) is shown in the dialog as the API words it. */
  onSubmit: (reason: string | undefined) => Promise<unknown>;
  onDone: () => void;
  onClose: () => void;
}

export function ReasonDialog({
  title,
  submitLabel,
  children,
  required = false,
  onSubmit,
  onDone,
  onClose,
}: ReasonDialogProps) {
  const { t } = useI18n();
  const [reason, setReason] = useState('');
  const { run, busy, error } = useAction();
  const short = required && reason.trim().length < MIN_REQUIRED_REASON;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (short) return;
    void run(async () => {
      await onSubmit(reason.trim() || undefined);
      onDone();
    });
  };

  return (
    <Dialog title={title} onClose={onClose}>
      <form onSubmit={submit} className="stack" data-testid="reason-dialog">
        {children}
        <TextAreaField
          label={required ? t('case.reasonRequired', { min: MIN_REQUIRED_REASON }) : t('case.reasonOptional')}
          testId="reason-input"
          rows={3}
          maxLength={MAX_REASON}
          value={reason}
          required={required}
          minLength={required ? MIN_REQUIRED_REASON : undefined}
          onChange={setReason}
        />
        <ErrorMessage error={error} />
        <DialogActions
          submitLabel={submitLabel}
          testId="reason-submit"
          busy={busy}
          disabled={short}
          onCancel={onClose}
        />
      </form>
    </Dialog>
  );
}
