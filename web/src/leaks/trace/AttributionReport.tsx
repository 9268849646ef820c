/**
 * @module An attribution: the document, the verdict in words, the recipients ranked, the stretches of a stitched
 * leak, and the leaked text with the positions that decide it marked; an investigator may add it to a case.
 */
import type { Attribution, LeakDocument } from '../../api/leak-types';
import { formatPercent } from '../../format/numbers';
import { useI18n } from '../../i18n/language';
import { useCan } from '../../session/session';
import { AddToCase } from './AddToCase';
import { PositionsText } from './PositionsText';
import { RankingBars } from './RankingBars';
import { SegmentsTable } from './SegmentsTable';
import { VerdictHead } from './VerdictHead';

interface AttributionReportProps {
  text: string;
  document: LeakDocument;
  attribution: Attribution;
}

export function AttributionReport({ text, document, attribution }: AttributionReportProps) {
  const { t } = useI18n();
  const can = useCan();
  const fromDocument = attribution.verdict !== 'not-from-document';
  return (
    <section
      className="panel trace-answer attribution"
      data-testid="attribution"
      data-verdict={attribution.verdict}
      data-document={document.id}
    >
      <VerdictHead document={document} attribution={attribution} />
      {fromDocument && (
        <div className="attribution-body">
          <div>
            <h3>{t('ranking.title')}</h3>
            <RankingBars ranking={attribution.ranking} named={attribution.named} />
            <p className="muted small" data-testid="attribution-besides">
              {t('ranking.besides', {
                original: formatPercent(attribution.original),
                nobody: formatPercent(attribution.noRecipient),
                stitched: formatPercent(attribution.stitched),
              })}
            </p>
            {attribution.segments.length > 1 && <SegmentsTable segments={attribution.segments} />}
          </div>
          <PositionsText text={text} attribution={attribution} />
        </div>
      )}
      {can('cases:write') && fromDocument && <AddToCase text={text} document={document} />}
    </section>
  );
}
