/** @module What the attribution found, in words: the document, the verdict, one sentence, and who is named. */
import { seg } from '../../api/client';
import type { Attribution, LeakDocument } from '../../api/leak-types';
import { Link } from '../../app/router';
import { useI18n } from '../../i18n/language';
import { ClassificationChip } from '../ClassificationChip';
import { RecipientLink } from '../RecipientLink';
import { useSummary } from './summary';

export function VerdictHead({ document, attribution }: { document: LeakDocument; attribution: Attribution }) {
  const { t } = useI18n();
  const summary = useSummary();
  return (
    <header className="verdict-head">
      <p className="muted">
        {t('attribution.document')}{' '}
        <Link to={`/leaks/${seg(document.id)}`} data-testid="attribution-document">
          {document.title}
        </Link>{' '}
        <span className="mono small">{document.id}</span>{' '}
        <ClassificationChip classification={document.classification} />
      </p>
      <h2 className="verdict">
        <span
          className={`chip verdict-chip verdict-${attribution.verdict}`}
          data-testid="attribution-verdict"
          data-verdict={attribution.verdict}
        >
          {t(`verdict.${attribution.verdict}`)}
        </span>
        {attribution.named.length > 0 && (
          <span className="named" data-testid="attribution-named">
            {attribution.named.map((recipient) => (
              <RecipientLink key={recipient} recipient={recipient} />
            ))}
          </span>
        )}
      </h2>
      <p className="verdict-summary" data-testid="attribution-summary">
        {summary(attribution)}
      </p>
    </header>
  );
}
