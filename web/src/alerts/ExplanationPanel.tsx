/** @module Why the selected alert is in the queue: its explanation, boosters with their reasons, and the way to the person. */
import type { Alert } from '../api/types';
import { OpenCaseButton } from '../cases/OpenCaseButton';
import { useWorkClock } from '../format/work-clock';
import { useI18n } from '../i18n/language';
import { BoosterList } from '../ui/BoosterList';
import { StageChips } from '../ui/chips';
import { PersonName, personLabel } from '../ui/PersonName';
import { RiskBar } from '../ui/risk';

export function ExplanationPanel({
  alert,
  onOpen,
}: {
  alert: Alert | undefined;
  onOpen: (alert: Alert) => void;
}) {
  const { t, pick } = useI18n();
  const clock = useWorkClock();
  if (!alert) {
    return (
      <aside className="panel explanation" data-testid="alert-explanation">
        <p className="muted">{t('alerts.selectHint')}</p>
      </aside>
    );
  }
  return (
    <aside className="panel explanation" data-testid="alert-explanation" aria-live="polite">
      <header className="panel-head">
        <PersonName person={alert.person} />
        <RiskBar risk={alert.risk} />
      </header>
      <dl className="facts">
        <dt>{t('alerts.cause')}</dt>
        <dd>{t(alert.cause === 'stages' ? 'alerts.causeStages' : 'alerts.causeThreshold')}</dd>
        <dt>{t('alerts.opened')}</dt>
        <dd>{clock.minute(alert.opened)}</dd>
        <dt>{t('alerts.signals')}</dt>
        <dd>{alert.signalCount}</dd>
        <dt>{t('alerts.stages')}</dt>
        <dd>
          <StageChips stages={alert.stages} />
        </dd>
      </dl>
      <h3>{t('alerts.explanation')}</h3>
      <p className="explanation-text">{pick(alert.explanation.en, alert.explanation.zh)}</p>
      <h3>{t('alerts.boosters')}</h3>
      <BoosterList boosters={alert.boosters} />
      <button type="button" className="primary" data-testid="alert-open" onClick={() => onOpen(alert)}>
        {t('alerts.openPerson')} <kbd>Enter</kbd>
      </button>
      <OpenCaseButton
        key={alert.id}
        person={alert.person}
        alertId={alert.id}
        title={t('openCase.fromAlert', {
          rule: alert.rules[0] ? pick(alert.rules[0].title, alert.rules[0].titleZh) : t('alerts.title'),
          person: personLabel(alert.person),
        })}
      />
    </aside>
  );
}
