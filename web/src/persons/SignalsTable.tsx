/** @module The person's signals: what each rule found, when, how much it weighed then and weighs now, and why. */
import type { PersonSignal } from '../api/types';
import { formatRisk } from '../format/numbers';
import { useWorkClock } from '../format/work-clock';
import { useI18n } from '../i18n/language';
import { LevelChip, StageChips } from '../ui/chips';
import { EmptyState } from '../ui/feedback';
import type { SignalPick } from './timeline/range';

interface SignalsTableProps {
  signals: readonly PersonSignal[];
  /** Shows the signal's day on the timeline with its events selected. */
  onPick: (pick: SignalPick) => void;
}

export function SignalsTable({ signals, onPick }: SignalsTableProps) {
  const { t, pick } = useI18n();
  const clock = useWorkClock();
  if (!signals.length) return <EmptyState title={t('signals.none')}>{t('signals.noneHint')}</EmptyState>;
  const newestFirst = [...signals].sort((a, b) => b.time - a.time);
  return (
    <div className="table-scroll">
      <table className="data">
        <thead>
          <tr>
            <th className="col-time">{t('timeline.time')}</th>
            <th>{t('signals.rule')}</th>
            <th>{t('rules.level')}</th>
            <th>{t('alerts.stages')}</th>
            <th className="num">{t('signals.points')}</th>
            <th>{t('signals.why')}</th>
            <th>
              <span className="sr-only">{t('signals.show')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {newestFirst.map((signal) => (
            <tr key={signal.id} data-testid="signal-row" data-rule={signal.rule}>
              <td className="col-time mono">{clock.second(signal.time)}</td>
              <td>
                <div>{pick(signal.title, signal.titleZh)}</div>
                <div className="muted mono small">{signal.rule}</div>
              </td>
              <td>
                <LevelChip level={signal.level} />
              </td>
              <td>
                <StageChips stages={signal.stages} />
              </td>
              <td className="num mono" title={t('signals.pointsHint')}>
                {formatRisk(signal.points)} → <strong>{formatRisk(signal.now)}</strong>
              </td>
              <td className="reasons">
                {signal.asset && (
                  <div>
                    <span className="factor">×{signal.asset.factor}</span>{' '}
                    {pick(signal.asset.reason, signal.asset.reasonZh)}
                  </div>
                )}
                {signal.attribution && (
                  <div className="attribution">
                    {pick(signal.attribution.reason, signal.attribution.reasonZh)}
                  </div>
                )}
                {!signal.asset && !signal.attribution && <span className="muted">—</span>}
              </td>
              <td>
                <button
                  type="button"
                  className="link-button"
                  onClick={() => onPick({ time: signal.time, events: signal.events })}
                >
                  {t('signals.show')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
