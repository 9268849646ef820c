/**
 * @module One person: who they are (as far as this user may see), their risk and boosters, the timeline across every
 * source, risk over time and the signals behind it.
 */
import { useEffect, useState } from 'react';
import { api, seg } from '../api/client';
import type { PersonDetail } from '../api/types';
import { useResource } from '../api/use-resource';
import { Link, navigate } from '../app/router';
import { useI18n } from '../i18n/language';
import { useCan } from '../session/session';
import { ErrorMessage, Loading } from '../ui/feedback';
import { PendingUnmaskRequests } from './PendingUnmaskRequests';
import { PersonHeader } from './PersonHeader';
import { RiskChart } from './RiskChart';
import { SignalsTable } from './SignalsTable';
import type { SignalPick } from './timeline/range';
import { TimelineSection } from './timeline/TimelineSection';

export function PersonPage({ personRef }: { personRef: string }) {
  const { t } = useI18n();
  const can = useCan();
  const detail = useResource(() => api.get<PersonDetail>(`/api/persons/${seg(personRef)}`), [personRef]);
  const [picked, setPicked] = useState<SignalPick>();

  // After an unmask (here or approved elsewhere) the API names the person by id: follow it.
  const answeredRef = detail.data?.person.ref;
  useEffect(() => {
    if (answeredRef && answeredRef !== personRef) navigate(`/persons/${seg(answeredRef)}`, { replace: true });
  }, [answeredRef, personRef]);

  if (detail.error) {
    return (
      <div className="page">
        <Link to="/alerts">← {t('person.back')}</Link>
        <ErrorMessage error={detail.error} />
      </div>
    );
  }
  if (!detail.data) return <Loading />;
  const { person, signals } = detail.data;
  return (
    <div className="page person-page">
      <Link to="/alerts" className="back-link">
        ← {t('person.back')}
      </Link>
      <PersonHeader
        detail={detail.data}
        onUnmasked={(ref) => (ref && ref !== personRef ? navigate(`/persons/${seg(ref)}`) : detail.reload())}
      />
      <TimelineSection detail={detail.data} pick={picked} />
      <div className="two-columns">
        <section className="panel">
          <h2>{t('risk.title')}</h2>
          <RiskChart personRef={person.ref} asOf={detail.data.asOf} />
        </section>
        {can('persons:unmask') && <PendingUnmaskRequests />}
      </div>
      <section className="panel">
        <h2>
          {t('signals.title')} <span className="count">{signals.length}</span>
        </h2>
        <SignalsTable signals={signals} onPick={setPicked} />
      </section>
    </div>
  );
}
