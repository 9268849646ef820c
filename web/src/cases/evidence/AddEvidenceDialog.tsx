/**
 * @module Adding a file as evidence: a leaked copy, a camera still, a query's result. The server stores the content
 * under its SHA-256 and records the hash in the ledger; the upload shows its progress.
 */
import { type FormEvent, useState } from 'react';
import { seg, withQuery } from '../../api/client';
import { type EvidenceKind, evidenceKinds } from '../../api/types';
import { type UploadProgress, uploadFile } from '../../api/upload';
import { useI18n } from '../../i18n/language';
import { Dialog, DialogActions } from '../../ui/dialog';
import { FileField } from '../../ui/FileField';
import { ErrorMessage } from '../../ui/feedback';
import { Progress } from '../../ui/progress';
import { SelectField } from '../../ui/SelectField';
import { TextField } from '../../ui/TextField';
import { useAction } from '../../ui/use-action';
import { OptionalReasonField } from '../ReasonDialog';

/** Events are added by their ids (from alerts), not uploaded. */
const uploadKinds = evidenceKinds.filter((kind) => kind !== 'event');

interface AddEvidenceDialogProps {
  caseId: string;
  onClose: () => void;
  onAdded: () => void;
}

export function AddEvidenceDialog({ caseId, onClose, onAdded }: AddEvidenceDialogProps) {
  const { t } = useI18n();
  const [file, setFile] = useState<File>();
  const [title, setTitle] = useState('');
  const [kind, setKind] = useState<EvidenceKind>('file');
  const [reason, setReason] = useState('');
  const [progress, setProgress] = useState<UploadProgress>();
  const { run, busy, error } = useAction();

  const choose = (chosen: File | undefined) => {
    setFile(chosen);
    if (chosen && !title.trim()) setTitle(chosen.name);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!file || !title.trim()) return;
    void run(async () => {
      const url = withQuery(`/api/cases/${seg(caseId)}/evidence/file`, {
        title: title.trim(),
        fileName: file.name,
        mediaType: file.type || 'application/octet-stream',
        kind,
        reason: reason.trim(),
      });
      await uploadFile(url, file, setProgress);
      onAdded();
    });
  };

  return (
    <Dialog title={t('evidence.addTitle')} onClose={onClose}>
      <form className="stack" onSubmit={submit}>
        <p className="muted">{t('evidence.addHint')}</p>
        <FileField label={t('imports.file')} testId="evidence-file" required onChange={choose} />
        <TextField
          label={t('evidence.itemTitle')}
          testId="evidence-title"
          value={title}
          onChange={setTitle}
          required
        />
        <SelectField
          label={t('evidence.kind')}
          testId="evidence-kind"
          value={kind}
          options={uploadKinds.map((name) => ({ value: name, label: t(`evidenceKind.${name}`) }))}
          onChange={setKind}
        />
        <OptionalReasonField testId="evidence-reason" value={reason} onChange={setReason} />
        {busy && progress && file && (
          <Progress
            label={t('imports.uploading', { file: file.name })}
            done={progress.sent}
            total={progress.total}
            unit="bytes"
          />
        )}
        <ErrorMessage error={error} />
        <DialogActions
          submitLabel={t('evidence.addSubmit')}
          testId="evidence-submit"
          busy={busy}
          disabled={!file || !title.trim()}
          onCancel={onClose}
        />
      </form>
    </Dialog>
  );
}
