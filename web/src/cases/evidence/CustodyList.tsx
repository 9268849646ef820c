/** @module An item's chain of custody: every collection, view, export and purge, by whom, when and why, in order. */
import type { CustodyStep } from '../../api/types';
import { useWorkClock } from '../../format/work-clock';
import { useI18n } from '../../i18n/language';

export function CustodyList({ custody }: { custody: readonly CustodyStep[] }) {
  const { t } = useI18n();
  const clock = useWorkClock();
  return (
    <table className="data compact custody-table" data-testid="custody">
      <thead>
        <tr>
          <th>{t('custody.step')}</th>
          <th>{t('custody.by')}</th>
          <th className="col-time">{t('custody.at')}</th>
          <th>{t('custody.why')}</th>
          <th className="num">{t('custody.entry')}</th>
        </tr>
      </thead>
      <tbody>
        {custody.map((step) => (
          <tr key={step.seq} data-testid="custody-step" data-what={step.what}>
            <td>
              <span className={`chip custody-${step.what}`}>{t(`custody.${step.what}`)}</span>
            </td>
            <td>{step.by}</td>
            <td className="col-time">{clock.second(step.at)}</td>
            <td className="reason-cell">{step.reason ?? <span className="muted">—</span>}</td>
            <td className="num mono">{step.seq + 1}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
