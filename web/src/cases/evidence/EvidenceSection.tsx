/** @module The case's evidence: every item with its hash and custody, and adding a file to it. */
import { useState } from 'react';
import type { CaseState, LedgerProblem } from '../../api/types';
import { useI18n } from '../../i18n/language';
import { useCan } from '../../session/session';
import { EmptyState } from '../../ui/feedback';
import { AddEvidenceDialog } from './AddEvidenceDialog';
import { EvidenceRow } from './EvidenceRow';

interface EvidenceSectionProps {
  state: CaseState;
  problems: readonly LedgerProblem[];
  onChanged: () => void;
}

export function EvidenceSection({ state, problems, onChanged }: EvidenceSectionProps) {
  const { t } = useI18n();
  const can = useCan();
  const [adding, setAdding] = useState(false);
  const problemOf = (item: string) => problems.find((problem) => problem.item === item);
  return (
    <section className="panel flush evidence-section" data-testid="evidence-section">
      <header className="panel-head panel-title">
        <h2>
          {t('evidence.title')} <span className="count">{state.evidence.length}</span>
        </h2>
        {can('cases:write') && (
          <button
            type="button"
            className="primary"
            data-testid="evidence-add"
            onClick={() => setAdding(true)}
          >
            {t('evidence.add')}
          </button>
        )}
      </header>
      {state.evidence.length === 0 ? (
        <EmptyState title={t('evidence.empty')}>{t('evidence.emptyHint')}</EmptyState>
      ) : (
        <div className="table-scroll">
          <table className="data evidence-table">
            <thead>
              <tr>
                <th>{t('evidence.kind')}</th>
                <th>{t('evidence.item')}</th>
                <th>SHA-256</th>
                <th className="num">{t('evidence.size')}</th>
                <th className="col-time">{t('evidence.added')}</th>
                <th>{t('evidence.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {state.evidence.map((item) => (
                <EvidenceRow
                  key={item.id}
                  state={state}
                  item={item}
                  problem={problemOf(item.id)}
                  onChanged={onChanged}
                />
              ))}
            </tbody>
          </table>
        </div>
      )}
      {adding && (
        <AddEvidenceDialog
          caseId={state.id}
          onClose={() => setAdding(false)}
          onAdded={() => {
            setAdding(false);
            onChanged();
          }}
        />
      )}
    </section>
  );
}
