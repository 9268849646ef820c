/** @module A case's status and legal hold as chips, worded in the current language. */
import type { CaseStatus } from '../api/types';
import { useI18n } from '../i18n/language';

export function CaseStatusChip({ status }: { status: CaseStatus }) {
  const { t } = useI18n();
  return (
    <span className={`chip case-status case-status-${status}`} data-testid="case-status" data-status={status}>
      {t(`caseStatus.${status}`)}
    </span>
  );
}

export function HoldBadge({ hold }: { hold: boolean }) {
  const { t } = useI18n();
  if (!hold) return null;
  return (
    <span className="badge badge-hold" data-testid="case-hold-badge" title={t('case.holdHint')}>
      {t('case.hold')}
    </span>
  );
}
