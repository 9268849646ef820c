/**
 * @module The committee's proposal: which subject, the policy clauses violated, the sanctions and the reasoning. A
 * new proposal replaces one that has not been adopted, along with its votes.
 */
import { type FormEvent, useState } from 'react';
import { api, seg } from '../../api/client';
import { type PersonRef, type PolicyClause, type Sanction, sanctionNames } from '../../api/types';
import { useI18n } from '../../i18n/language';
import { ErrorMessage } from '../../ui/feedback';
import { personLabel } from '../../ui/PersonName';
import { SelectField } from '../../ui/SelectField';
import { TextAreaField } from '../../ui/TextAreaField';
import { useAction } from '../../ui/use-action';
import { MAX_REASON } from '../ReasonDialog';

interface DecisionFormProps {
  caseId: string;
  subjects: readonly PersonRef[];
  clauses: readonly PolicyClause[];
  onProposed: () => void;
}

/** The API's least for the reasoning. */
const MIN_SUMMARY = 10;

/** `values` with `value` switched on or off, in the order `all` lists them. */
function toggled<T>(all: readonly T[], values: readonly T[], value: T, on: boolean): T[] {
  return all.filter((candidate) => (candidate === value ? on : values.includes(candidate)));
}

export function DecisionForm({ caseId, subjects, clauses, onProposed }: DecisionFormProps) {
  const { t, pick } = useI18n();
  const [person, setPerson] = useState(subjects[0]?.ref ?? '');
  const [chosenClauses, setClauses] = useState<string[]>([]);
  const [sanctions, setSanctions] = useState<Sanction[]>([]);
  const [summary, setSummary] = useState('');
  const { run, busy, error } = useAction();
  const short = summary.trim().length < MIN_SUMMARY;
  const ready = person && chosenClauses.length > 0 && sanctions.length > 0 && !short;
  const clauseIds = clauses.map((clause) => clause.id);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!ready) return;
    void run(async () => {
      await api.post(`/api/cases/${seg(caseId)}/decision`, {
        person,
        clauses: chosenClauses,
        sanctions,
        summary: summary.trim(),
      });
      onProposed();
    });
  };

  return (
    <form className="stack decision-form" data-testid="decision-form" onSubmit={submit}>
      <SelectField
        label={t('decision.person')}
        testId="decision-person-select"
        value={person}
        options={subjects.map((subject) => ({ value: subject.ref, label: personLabel(subject) }))}
        onChange={setPerson}
      />
      <fieldset className="checkbox-group">
        <legend>{t('decision.clauses')}</legend>
        {clauses.length === 0 && <p className="muted">{t('decision.noClauses')}</p>}
        {clauses.map((clause) => (
          <label
            key={clause.id}
            className="checkbox"
            title={clause.text ? pick(clause.text.en, clause.text.zh) : undefined}
          >
            <input
              type="checkbox"
              data-testid="decision-clause"
              value={clause.id}
              checked={chosenClauses.includes(clause.id)}
              onChange={(e) => setClauses(toggled(clauseIds, chosenClauses, clause.id, e.target.checked))}
            />
            {pick(clause.title.en, clause.title.zh)}
          </label>
        ))}
      </fieldset>
      <fieldset className="checkbox-group">
        <legend>{t('decision.sanctions')}</legend>
        {sanctionNames.map((sanction) => (
          <label key={sanction} className="checkbox">
            <input
              type="checkbox"
              data-testid="decision-sanction"
              value={sanction}
              checked={sanctions.includes(sanction)}
              onChange={(e) => setSanctions(toggled(sanctionNames, sanctions, sanction, e.target.checked))}
            />
            {t(`sanction.${sanction}`)}
          </label>
        ))}
      </fieldset>
      <TextAreaField
        label={t('decision.summary')}
        testId="decision-summary"
        rows={4}
        maxLength={MAX_REASON}
        value={summary}
        onChange={setSummary}
        placeholder={t('decision.summaryHint')}
      />
      {summary.length > 0 && short && (
        <p className="hint-warning">{t('decision.summaryShort', { min: MIN_SUMMARY })}</p>
      )}
      <ErrorMessage error={error} />
      <div>
        <button type="submit" className="primary" data-testid="decision-propose" disabled={busy || !ready}>
          {busy ? t('common.working') : t('decision.propose')}
        </button>
      </div>
    </form>
  );
}
