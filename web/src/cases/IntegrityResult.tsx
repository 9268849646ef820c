/**
 * @module The integrity check's answer (the ledger against its signed heads, each item's content against its hash),
 * shown prominently: intact with its size and root, or each problem naming the entry or the item it concerns.
 */
import type { CaseCheck, CaseState } from '../api/types';
import { useI18n } from '../i18n/language';

interface IntegrityResultProps {
  check: CaseCheck;
  state: CaseState;
}

export function IntegrityResult({ check, state }: IntegrityResultProps) {
  const { t } = useI18n();
  const titleOf = (item: string) => state.evidence.find((candidate) => candidate.id === item)?.title;
  if (!check.problems.length) {
    return (
      <div className="integrity integrity-ok" role="status" data-testid="integrity-result" data-intact="true">
        <strong>{t('integrity.intact', { size: check.size })}</strong>
        {check.root && (
          <span className="mono small" title={check.root}>
            {t('integrity.root')} {check.root}
          </span>
        )}
      </div>
    );
  }
  return (
    <div className="integrity integrity-bad" role="alert" data-testid="integrity-result" data-intact="false">
      <strong>{t('integrity.problems', { count: check.problems.length })}</strong>
      <ul>
        {check.problems.map((problem) => (
          <li
            key={`${problem.kind}-${problem.seq ?? ''}-${problem.item ?? ''}`}
            data-testid="integrity-problem"
            data-item={problem.item}
            data-seq={problem.seq}
          >
            {problem.item && (
              <span className="integrity-subject">
                {t('integrity.item', { item: problem.item, title: titleOf(problem.item) ?? '' })}
              </span>
            )}
            {!problem.item && problem.seq !== undefined && (
              <span className="integrity-subject">{t('integrity.entry', { number: problem.seq + 1 })}</span>
            )}
            <span>{problem.message}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
