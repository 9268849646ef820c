/** @module The registered documents found in a text: each linked, with how much of the text comes from it. */
import { seg } from '../../api/client';
import type { DocumentMatch } from '../../api/leak-types';
import { Link } from '../../app/router';
import { formatPercent } from '../../format/numbers';
import { useI18n } from '../../i18n/language';
import { ClassificationChip } from '../ClassificationChip';

export function DocumentMatches({ matches }: { matches: readonly DocumentMatch[] }) {
  const { t } = useI18n();
  return (
    <ul className="match-list">
      {matches.map((match) => (
        <li key={match.document.id} data-testid="match-row" data-document={match.document.id}>
          <Link to={`/leaks/${seg(match.document.id)}`}>{match.document.title}</Link>
          <ClassificationChip classification={match.document.classification} />
          <span
            className={`chip match-${match.verdict}`}
            data-testid="match-verdict"
            data-verdict={match.verdict}
          >
            {t(`match.${match.verdict}`)}
          </span>
          <span className="muted">
            {t('match.share', {
              share: formatPercent(match.score),
              matched: match.matched,
              total: match.total,
            })}
          </span>
        </li>
      ))}
    </ul>
  );
}
