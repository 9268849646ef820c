/** @module How confidential a document is, as a chip worded in the current language. */
import type { LeakClassification } from '../api/leak-types';
import { useI18n } from '../i18n/language';

export function ClassificationChip({ classification }: { classification: LeakClassification }) {
  const { t } = useI18n();
  return (
    <span
      className={`chip classification classification-${classification}`}
      data-testid="document-classification"
      data-classification={classification}
    >
      {t(`classification.${classification}`)}
    </span>
  );
}
