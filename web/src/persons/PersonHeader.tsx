/** @module Who the person is (name or pseudonym), department, priority, current risk, stages, boosters; and unmasking. */
import { useState } from 'react';
import type { PersonDetail } from '../api/types';
import { OpenCaseButton } from '../cases/OpenCaseButton';
import { useWorkClock } from '../format/work-clock';
import { useI18n } from '../i18n/language';
import { useCan } from '../session/session';
import { BoosterList } from '../ui/BoosterList';
import { StageChips } from '../ui/chips';
import { PersonBadges, personLabel } from '../ui/PersonName';
import { RiskBar } from '../ui/risk';
import { UnmaskDialog } from './UnmaskDialog';

interface PersonHeaderProps {
  detail: PersonDetail;
  /** Unmasking went through (granted here, or maybe approved since): load the person again, by `ref` when given. */
  onUnmasked: (ref?: string) => void;
}

export function PersonHeader({ detail, onUnmasked }: PersonHeaderProps) {
  const { t, lang } = useI18n();
  const clock = useWorkClock();
  const can = useCan();
  const [asking, setAsking] = useState(false);
  const [pending, setPending] = useState<string>();
  const { person, risk, alert } = detail;

  return (
    <section className="panel person-header">
      <div className="person-identity">
        <h1 data-testid="person-title" className={person.masked ? 'mono' : undefined}>
          {personLabel(person)}
        </h1>
        <div className="person-meta">
          {!person.masked && lang === 'en' && person.nameEn && <span>{person.nameEn}</span>}
          {person.role && <span>{person.role}</span>}
          <span>
            {t('person.department')}: <strong>{person.department ?? '—'}</strong>
          </span>
          <PersonBadges person={person} />
          {!person.masked && <span className="muted mono">{person.pseudonym}</span>}
        </div>
        <div className="person-actions row-actions">
          {can('persons:unmask') && person.masked && (
            <button type="button" data-testid="unmask-button" onClick={() => setAsking(true)}>
              {t('unmask.button')}
            </button>
          )}
          <OpenCaseButton person={person} title={t('openCase.fromPerson', { person: personLabel(person) })} />
        </div>
        {can('persons:unmask') && person.masked && pending && (
          <p className="status-note" data-testid="unmask-status" role="status">
            {t('unmask.pending', { id: pending })}{' '}
            <button type="button" className="link-button" onClick={() => onUnmasked()}>
              {t('unmask.checkAgain')}
            </button>
          </p>
        )}
      </div>
      <dl className="facts person-facts">
        <dt>{t('person.risk')}</dt>
        <dd>
          <RiskBar risk={risk.value} />
          <span className="muted"> {t('person.asOf', { time: clock.minute(detail.asOf) })}</span>
        </dd>
        <dt>{t('alerts.stages')}</dt>
        <dd>
          <StageChips stages={risk.stages} />
        </dd>
        <dt>{t('person.alert')}</dt>
        <dd>
          {alert
            ? t('person.alertOpened', {
                time: clock.minute(alert.opened),
                cause: t(alert.cause === 'stages' ? 'alerts.causeStages' : 'alerts.causeThreshold'),
              })
            : t('person.noAlert')}
        </dd>
      </dl>
      <div className="person-boosters">
        <h3>{t('alerts.boosters')}</h3>
        <BoosterList boosters={risk.boosters} />
      </div>
      {asking && (
        <UnmaskDialog
          personRef={person.ref}
          onClose={() => setAsking(false)}
          onGranted={(ref) => {
            setAsking(false);
            onUnmasked(ref);
          }}
          onPending={(requestId) => {
            setAsking(false);
            setPending(requestId);
          }}
        />
      )}
    </section>
  );
}
