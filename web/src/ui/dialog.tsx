/** @module A modal dialog on the native <dialog>: focus stays inside, Escape closes it; and its row of buttons. */
import { type ReactNode, useEffect, useRef } from 'react';
import { useI18n } from '../i18n/language';

interface DialogProps {
  title: string;
  onClose: () => void;
  children: ReactNode;
}

export function Dialog({ title, onClose, children }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);
  return (
    <dialog ref={ref} className="dialog" aria-label={title} onClose={onClose}>
      <h2 className="dialog-title">{title}</h2>
      {children}
    </dialog>
  );
}

interface DialogActionsProps {
  submitLabel: string;
  /** The submit button's data-testid. */
  testId: string;
  busy: boolean;
  /** The form is not ready to submit (besides being busy). */
  disabled?: boolean;
  onCancel: () => void;
}

/** A dialog form's submit (saying it is working while busy) and Cancel. */
export function DialogActions({ submitLabel, testId, busy, disabled = false, onCancel }: DialogActionsProps) {
  const { t } = useI18n();
  return (
    <div className="row-actions">
      <button type="submit" className="primary" data-testid={testId} disabled={busy || disabled}>
        {busy ? t('common.working') : submitLabel}
      </button>
      <button type="button" onClick={onCancel}>
        {t('common.cancel')}
      </button>
    </div>
  );
}
