/**
 * @module Distributing a document: the recipients by person ref, one copy each with its own combination of
 * meaning-preserving changes, and optionally invisible marks. A document is distributed once.
 */
import { type FormEvent, useState } from 'react';
import { api, seg } from '../../api/client';
import type { LeakDocument } from '../../api/leak-types';
import { useI18n } from '../../i18n/language';
import { ErrorMessage } from '../../ui/feedback';
import { TextAreaField } from '../../ui/TextAreaField';
import { useAction } from '../../ui/use-action';

/** The API's most recipients in one distribution. */
const MAX_RECIPIENTS = 500;

/** Refs one per line, or separated by commas (ASCII or Chinese) or spaces; each once, in the order given. */
function recipientsOf(text: string): string[] {
  return [...new Set(text.split(/[\s,，、;；]+/).filter(Boolean))];
}

interface DistributeFormProps {
  document: LeakDocument;
  onDistributed: () => void;
}

export function DistributeForm({ document, onDistributed }: DistributeFormProps) {
  const { t } = useI18n();
  const [text, setText] = useState('');
  const [invisibleMarks, setInvisibleMarks] = useState(true);
  const { run, busy, error } = useAction();
  const recipients = recipientsOf(text);
  const ready = recipients.length > 0 && recipients.length <= MAX_RECIPIENTS;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!ready) return;
    void run(async () => {
      await api.post(`/api/leaks/documents/${seg(document.id)}/distribution`, { recipients, invisibleMarks });
      onDistributed();
    });
  };

  return (
    <section className="panel" data-testid="distribute-form">
      <h2>{t('distribute.title')}</h2>
      <form className="stack" onSubmit={submit}>
        <p className="muted">{t('distribute.hint')}</p>
        <TextAreaField
          label={t('distribute.recipients')}
          testId="distribute-recipients"
          rows={5}
          value={text}
          onChange={setText}
          required
        />
        <label className="marks-option">
          <input
            type="checkbox"
            data-testid="distribute-marks"
            checked={invisibleMarks}
            onChange={(e) => setInvisibleMarks(e.target.checked)}
          />
          <span>
            {t('distribute.marks')}
            <span className="muted">{t('distribute.marksHint')}</span>
          </span>
        </label>
        <ErrorMessage error={error} />
        <div className="row-actions">
          <button type="submit" className="primary" data-testid="distribute-submit" disabled={busy || !ready}>
            {busy ? t('common.working') : t('distribute.submit', { count: recipients.length })}
          </button>
          {recipients.length > MAX_RECIPIENTS && (
            <span className="error">{t('distribute.tooMany', { max: MAX_RECIPIENTS })}</span>
          )}
        </div>
      </form>
    </section>
  );
}
