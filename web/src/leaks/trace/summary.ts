/**
 * @module The attribution's one sentence, in the reader's language. The API words it in English only
 * (`attribution.summary`); this says the same from the same figures, as src/leaks/attribution/summary.ts does.
 */
import type { Attribution, SegmentAttribution } from '../../api/leak-types';
import { formatPercent } from '../../format/numbers';
import { useI18n } from '../../i18n/language';

export function useSummary(): (attribution: Attribution) => string {
  const { t } = useI18n();
  const partOf = (segment: SegmentAttribution) => {
    const end = segment.leakSpan[1];
    if (segment.named) return t('summary.partNamed', { who: segment.named, end });
    if (segment.verdict === 'original') return t('summary.partOriginal', { end });
    if (segment.verdict === 'no-recipient') return t('summary.partNobody', { end });
    return t('summary.partUndecided', { end });
  };
  return (attribution) => {
    const { coverage, ranking } = attribution;
    const read = t(coverage.marksRead ? 'summary.readMarks' : 'summary.read', {
      read: coverage.sitesRead,
      covered: coverage.sitesCovered,
      marks: coverage.marksRead,
    });
    const best = ranking[0];
    const who = best?.recipient ?? '—';
    const p = formatPercent(best?.probability ?? 0);
    switch (attribution.verdict) {
      case 'recipient':
        return t('summary.recipient', { who, p, read });
      case 'stitched':
        return t('summary.stitched', {
          count: attribution.segments.length,
          read,
          parts: attribution.segments.map(partOf).join(t('summary.then')),
        });
      case 'original':
        return t('summary.original', { p: formatPercent(attribution.original), read });
      case 'no-recipient':
        return t('summary.noRecipient', { p: formatPercent(attribution.noRecipient), read });
      case 'undecided':
        return t('summary.undecided', { who, p, read });
      case 'not-from-document':
        return t('summary.notFromDocument');
    }
  };
}
