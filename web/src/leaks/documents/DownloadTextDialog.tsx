/**
 * @module Downloading a document's original text or one recipient's copy: the API wants a reason, which the audit
 * trail keeps with the read, so the dialog asks for one before the file is fetched and saved.
 */
import { type FormEvent, useState } from 'react';
import { withQuery } from '../../api/client';
import { fetchFile, saveFile } from '../../cases/files';
import { MAX_REASON, MIN_REQUIRED_REASON } from '../../cases/ReasonDialog';
import { useI18n } from '../../i18n/language';
import { Dialog, DialogActions } from '../../ui/dialog';
import { ErrorMessage } from '../../ui/feedback';
import { TextAreaField } from '../../ui/TextAreaField';
import { useAction } from '../../ui/use-action';

interface DownloadTextDialogProps {
  title: string;
  /** What the download is and who should see it, above the reason. */
  hint: string;
  /** The API path, without the reason. */
  path: string;
  fallbackName: string;
  onClose: () => void;
}

export function DownloadTextDialog({ title, hint, path, fallbackName, onClose }: DownloadTextDialogProps) {
  const { t } = useI18n();
  const [reason, setReason] = useState('');
  const { run, busy, error } = useAction();
  const short = reason.trim().length < MIN_REQUIRED_REASON;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (short) return;
    void run(async () => {
      saveFile(await fetchFile(withQuery(path, { reason: reason.trim() }), { fallbackName }));
      onClose();
    });
  };

  return (
    <Dialog title={title} onClose={onClose}>
      <form className="stack" onSubmit={submit} data-testid="download-dialog">
        <p className="muted">{hint}</p>
        <TextAreaField
          label={t('download.reason', { min: MIN_REQUIRED_REASON })}
          testId="download-reason"
          rows={3}
          maxLength={MAX_REASON}
          minLength={MIN_REQUIRED_REASON}
          required
          value={reason}
          onChange={setReason}
        />
        <ErrorMessage error={error} />
        <DialogActions
          submitLabel={t('download.submit')}
          testId="download-submit"
          busy={busy}
          disabled={short}
          onCancel={onClose}
        />
      </form>
    </Dialog>
  );
}
