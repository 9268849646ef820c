/**
 * @module The policy clauses a decision may find violated: id, title and wording in both languages. Saved as a whole
 * list; the server refuses to drop a clause a recorded decision uses, naming the cases.
 */
import { type FormEvent, useEffect, useState } from 'react';
import type { PolicyClause } from '../api/types';
import { useI18n } from '../i18n/language';
import { TextField } from '../ui/TextField';
import { SaveOutcome, usePolicySave } from './save';

/** A clause as edited: the wording may be left empty in both languages. */
interface Draft {
  key: number;
  id: string;
  titleEn: string;
  titleZh: string;
  textEn: string;
  textZh: string;
}

let nextKey = 0;
const draftOf = (clause?: PolicyClause): Draft => ({
  key: nextKey++,
  id: clause?.id ?? '',
  titleEn: clause?.title.en ?? '',
  titleZh: clause?.title.zh ?? '',
  textEn: clause?.text?.en ?? '',
  textZh: clause?.text?.zh ?? '',
});

function clauseOf(draft: Draft): PolicyClause {
  const text = draft.textEn.trim() || draft.textZh.trim();
  return {
    id: draft.id.trim(),
    title: { en: draft.titleEn.trim(), zh: draft.titleZh.trim() },
    ...(text ? { text: { en: draft.textEn.trim(), zh: draft.textZh.trim() } } : {}),
  };
}

export function ClausesEditor({
  clauses,
  onSaved,
}: {
  clauses: readonly PolicyClause[];
  onSaved: () => void;
}) {
  const { t } = useI18n();
  const [drafts, setDrafts] = useState(() => clauses.map(draftOf));
  const { save, edited, saved, busy, error } = usePolicySave(onSaved);
  useEffect(() => setDrafts(clauses.map(draftOf)), [clauses]);

  const change = (key: number, patch: Partial<Draft>) => {
    edited();
    setDrafts((before) => before.map((draft) => (draft.key === key ? { ...draft, ...patch } : draft)));
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save('/api/policy/clauses', { clauses: drafts.map(clauseOf) });
  };

  return (
    <section className="panel">
      <h2>{t('policy.clauses')}</h2>
      <p className="muted">{t('policy.clausesHint')}</p>
      <form className="stack" onSubmit={submit}>
        {drafts.map((draft) => (
          <fieldset key={draft.key} className="clause-draft" data-testid="clause-draft">
            <div className="clause-row">
              <TextField
                label={t('policy.clauseId')}
                className="mono"
                pattern="[a-z0-9_]+"
                title={t('policy.clauseIdHint')}
                required
                value={draft.id}
                onChange={(id) => change(draft.key, { id })}
              />
              <TextField
                label={t('policy.titleEn')}
                required
                value={draft.titleEn}
                onChange={(v) => change(draft.key, { titleEn: v })}
              />
              <TextField
                label={t('policy.titleZh')}
                required
                value={draft.titleZh}
                onChange={(v) => change(draft.key, { titleZh: v })}
              />
              <button
                type="button"
                className="small"
                onClick={() => {
                  edited();
                  setDrafts((before) => before.filter((other) => other.key !== draft.key));
                }}
              >
                {t('policy.remove')}
              </button>
            </div>
            <div className="clause-row">
              <label className="field grow">
                <span>{t('policy.textEn')}</span>
                <textarea
                  rows={2}
                  value={draft.textEn}
                  onChange={(e) => change(draft.key, { textEn: e.target.value })}
                />
              </label>
              <label className="field grow">
                <span>{t('policy.textZh')}</span>
                <textarea
                  rows={2}
                  value={draft.textZh}
                  onChange={(e) => change(draft.key, { textZh: e.target.value })}
                />
              </label>
            </div>
          </fieldset>
        ))}
        <SaveOutcome saved={saved} error={error} />
        <div className="row-actions">
          <button type="button" onClick={() => setDrafts((before) => [...before, draftOf()])}>
            {t('policy.addClause')}
          </button>
          <button type="submit" className="primary" data-testid="clauses-save" disabled={busy}>
            {busy ? t('common.working') : t('policy.saveClauses')}
          </button>
        </div>
      </form>
    </section>
  );
}
