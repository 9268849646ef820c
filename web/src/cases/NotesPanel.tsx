/** @module The case's notes, oldest first, and writing one (a ledger entry like everything else). */
import { type FormEvent, useState } from 'react';
import { api, seg } from '../api/client';
import type { CaseState } from '../api/types';
import { useWorkClock } from '../format/work-clock';
import { useI18n } from '../i18n/language';
import { useCan } from '../session/session';
import { ErrorMessage } from '../ui/feedback';
import { TextAreaField } from '../ui/TextAreaField';
import { useAction } from '../ui/use-action';

export function NotesPanel({ state, onChanged }: { state: CaseState; onChanged: () => void }) {
  const { t } = useI18n();
  const clock = useWorkClock();
  const can = useCan();
  const [text, setText] = useState('');
  const { run, busy, error } = useAction();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!text.trim()) return;
    void run(async () => {
      await api.post(`/api/cases/${seg(state.id)}/notes`, { text: text.trim() });
      setText('');
      onChanged();
    });
  };

  return (
    <section className="panel">
      <h2>
        {t('notes.title')} <span className="count">{state.notes.length}</span>
      </h2>
      {state.notes.length === 0 && <p className="muted">{t('notes.empty')}</p>}
      <ul className="note-list">
        {state.notes.map((note) => (
          <li key={note.id} data-testid="case-note">
            <p className="note-text">{note.text}</p>
            <span className="muted small">
              {t('ledger.byAt', { user: note.by, time: clock.minute(note.at) })}
            </span>
          </li>
        ))}
      </ul>
      {can('cases:write') && (
        <form className="stack" onSubmit={submit}>
          <TextAreaField label={t('notes.new')} testId="note-text" rows={3} value={text} onChange={setText} />
          <ErrorMessage error={error} />
          <div>
            <button type="submit" data-testid="note-submit" disabled={busy || !text.trim()}>
              {t('notes.add')}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
