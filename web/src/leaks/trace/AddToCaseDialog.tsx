/** @module Choosing the case an attribution goes into, naming the text's source, and the reason for the ledger. */
import { type FormEvent, useState } from 'react';
import { api, seg } from '../../api/client';
import type { LeakDocument } from '../../api/leak-types';
import type { CaseDetail, CaseListItem, Page } from '../../api/types';
import { useResource } from '../../api/use-resource';
import { OptionalReasonField } from '../../cases/ReasonDialog';
import { useI18n } from '../../i18n/language';
import { Dialog, DialogActions } from '../../ui/dialog';
import { ErrorMessage } from '../../ui/feedback';
import { SelectField } from '../../ui/SelectField';
import { TextField } from '../../ui/TextField';
import { useAction } from '../../ui/use-action';

interface AddToCaseDialogProps {
  text: string;
  document: LeakDocument;
  onClose: () => void;
  onAdded: (caseId: string) => void;
}

export function AddToCaseDialog({ text, document, onClose, onAdded }: AddToCaseDialogProps) {
  const { t } = useI18n();
  const cases = useResource(() => api.get<Page<CaseListItem>>('/api/cases', { limit: 100 }), []);
  // A closed case takes no more evidence.
  const open = cases.data?.items.filter((item) => item.status !== 'closed') ?? [];
  const [caseId, setCaseId] = useState('');
  const [name, setName] = useState('');
  const [reason, setReason] = useState('');
  const { run, busy, error } = useAction();
  const chosen = caseId || open[0]?.id || '';

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!chosen) return;
    void run(async () => {
      await api.post<CaseDetail>(`/api/cases/${seg(chosen)}/evidence/attribution`, {
        text,
        // The document this page attributed to, so the case gets the same answer even if more match.
        document: document.id,
        ...(name.trim() ? { name: name.trim() } : {}),
        ...(reason.trim() ? { reason: reason.trim() } : {}),
      });
      onAdded(chosen);
    });
  };

  return (
    <Dialog title={t('addToCase.title')} onClose={onClose}>
      <form className="stack" onSubmit={submit} data-testid="add-to-case-dialog">
        <p className="muted">{t('addToCase.hint')}</p>
        <ErrorMessage error={cases.error} />
        <SelectField
          label={t('addToCase.case')}
          testId="add-to-case-case"
          value={chosen}
          disabled={!open.length}
          options={open.map((item) => ({ value: item.id, label: `${item.id} · ${item.title}` }))}
          onChange={setCaseId}
        />
        {cases.data && !open.length && <p className="hint-warning">{t('addToCase.noCase')}</p>}
        <TextField
          label={t('addToCase.name')}
          testId="add-to-case-name"
          placeholder={t('addToCase.namePlaceholder')}
          maxLength={200}
          value={name}
          onChange={setName}
        />
        <OptionalReasonField testId="add-to-case-reason" value={reason} onChange={setReason} />
        <ErrorMessage error={error} />
        <DialogActions
          submitLabel={t('addToCase.submit')}
          testId="add-to-case-submit"
          busy={busy}
          disabled={!chosen}
          onCancel={onClose}
        />
      </form>
    </Dialog>
  );
}
