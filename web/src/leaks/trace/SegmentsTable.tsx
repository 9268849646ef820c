/** @module The stretches of a stitched leak: where each runs in the text, and whose copy it comes from. */
import type { SegmentAttribution } from '../../api/leak-types';
import { formatPercent } from '../../format/numbers';
import { useI18n } from '../../i18n/language';
import { RecipientLink } from '../RecipientLink';

export function SegmentsTable({ segments }: { segments: readonly SegmentAttribution[] }) {
  const { t } = useI18n();
  return (
    <>
      <h3>{t('segments.title')}</h3>
      <table className="data segments-table" data-testid="segments">
        <thead>
          <tr>
            <th>{t('segments.characters')}</th>
            <th>{t('segments.verdict')}</th>
            <th>{t('segments.likely')}</th>
          </tr>
        </thead>
        <tbody>
          {segments.map((segment) => (
            <tr key={segment.leakSpan[0]} data-testid="segment-row" data-named={segment.named ?? ''}>
              <td className="mono nowrap">
                {segment.leakSpan[0]}–{segment.leakSpan[1]}
              </td>
              <td className="nowrap">
                {segment.named ? (
                  <RecipientLink recipient={segment.named} />
                ) : (
                  t(`verdict.${segment.verdict}`)
                )}
              </td>
              <td className="segment-ranking">
                {segment.ranking.slice(0, 3).map(({ recipient, probability }) => (
                  <span key={recipient}>
                    <RecipientLink recipient={recipient} />{' '}
                    <span className="muted mono">{formatPercent(probability)}</span>
                  </span>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
