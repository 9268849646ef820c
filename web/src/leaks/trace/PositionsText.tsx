/**
 * @module The leaked text with the positions attribution read in it: the decisive ones (where the named copy and the
 * runner-up differ) strongly, the others lightly, each saying which recipients' copies have that wording.
 */
import type { Attribution, DecidingPosition } from '../../api/leak-types';
import { useI18n } from '../../i18n/language';
import { HighlightedText, type TextMark } from './HighlightedText';

/** Recipients named in a tooltip before the rest are counted. */
const NAMED_IN_TITLE = 8;

export function PositionsText({ text, attribution }: { text: string; attribution: Attribution }) {
  const { t } = useI18n();
  const { coverage } = attribution;
  // A position editing made unreadable points to nobody: there is nothing to show there.
  const read = attribution.positions.filter((position) => position.alternative !== null);

  const recipients = (pointsTo: readonly string[]) =>
    pointsTo.length === 0
      ? t('position.nobody')
      : pointsTo.length > NAMED_IN_TITLE
        ? t('position.andMore', {
            names: pointsTo.slice(0, NAMED_IN_TITLE).join(', '),
            count: pointsTo.length - NAMED_IN_TITLE,
          })
        : pointsTo.join(', ');
  const titleOf = (position: DecidingPosition) =>
    [
      `${t(`position.kind.${position.kind}`)}${position.decisive ? ` · ${t('position.decisive')}` : ''}`,
      t('position.pointsTo', { recipients: recipients(position.pointsTo) }),
    ].join('\n');

  const marks: TextMark[] = read.map((position) => ({
    start: position.leakSpan[0],
    end: position.leakSpan[1],
    className: position.decisive ? 'position decisive' : 'position',
    title: titleOf(position),
    testId: 'leak-position',
    data: { decisive: String(position.decisive), kind: position.kind },
  }));

  return (
    <div className="positions">
      <h3>{t('trace.yourText')}</h3>
      <p className="legend small">
        <mark className="position decisive">{t('position.legendDecisive')}</mark>{' '}
        <mark className="position">{t('position.legendOther')}</mark>{' '}
        <span className="muted">{t('position.legendHover')}</span>
      </p>
      <HighlightedText text={text} marks={marks} testId="attribution-text" />
      <p className="muted small" data-testid="attribution-coverage">
        {t('position.coverage', {
          read: coverage.sitesRead,
          covered: coverage.sitesCovered,
          decisive: read.filter((position) => position.decisive).length,
        })}
        {coverage.marksPresent ? ` ${t('position.marksPresent', { count: coverage.marksRead })}` : ''}
        {coverage.passages > 1 ? ` ${t('position.passages', { count: coverage.passages })}` : ''}
      </p>
    </div>
  );
}
