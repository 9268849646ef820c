/** @module The recipients most likely to be the source, as bars: how sure the attribution is shows at a glance. */
import type { RankedRecipient } from '../../api/leak-types';
import { formatPercent } from '../../format/numbers';
import { useI18n } from '../../i18n/language';
import { RecipientLink } from '../RecipientLink';

/** Past ten, the rest are as unlikely as each other. */
const SHOWN = 10;

export function RankingBars({
  ranking,
  named,
}: {
  ranking: readonly RankedRecipient[];
  named: readonly string[];
}) {
  const { t } = useI18n();
  return (
    <>
      <ol className="ranking" data-testid="ranking">
        {ranking.slice(0, SHOWN).map(({ recipient, probability }) => {
          const isNamed = named.includes(recipient);
          return (
            <li
              key={recipient}
              className={isNamed ? 'named' : undefined}
              data-testid="ranking-row"
              data-recipient={recipient}
              data-named={isNamed}
            >
              <RecipientLink recipient={recipient} />
              <span className="bar" aria-hidden="true">
                <span className="bar-fill" style={{ width: `${Math.min(100, probability * 100)}%` }} />
              </span>
              <span className="mono probability">{formatPercent(probability)}</span>
            </li>
          );
        })}
      </ol>
      {ranking.length > SHOWN && (
        <p className="muted small">{t('ranking.more', { count: ranking.length - SHOWN })}</p>
      )}
    </>
  );
}
