/**
 * @module Unmask requests waiting for a second investigator: approve or deny another's request; one's own only
 * waits. Every decision is audited by the API.
 */
import { useState } from 'react';
import { api, seg } from '../api/client';
import type { Page, UnmaskRequest } from '../api/types';
import { useResource } from '../api/use-resource';
import { Link } from '../app/router';
import { useWorkClock } from '../format/work-clock';
import { useI18n } from '../i18n/language';
import { useSignedIn } from '../session/session';
import { ErrorMessage, Loading } from '../ui/feedback';
import { PersonName } from '../ui/PersonName';

/** `hideWhenEmpty`: on the alerts page the panel only appears when there is something to decide. */
export function PendingUnmaskRequests({ hideWhenEmpty = false }: { hideWhenEmpty?: boolean }) {
  const { t } = useI18n();
  const clock = useWorkClock();
  const { user } = useSignedIn();
  const requests = useResource(
    () => api.get<Page<UnmaskRequest>>('/api/unmask-requests', { status: 'pending' }),
    [],
  );
  const [busy, setBusy] = useState<string>();
  const [error, setError] = useState<Error>();

  const decide = async (request: UnmaskRequest, decision: 'approve' | 'deny') => {
    setBusy(request.id);
    setError(undefined);
    try {
      await api.post(`/api/unmask-requests/${seg(request.id)}/${decision}`, {});
      requests.reload();
    } catch (failure) {
      setError(failure as Error);
    } finally {
      setBusy(undefined);
    }
  };

  const items = requests.data?.items ?? [];
  const others = items.filter((request) => request.requestedBy !== user.username);
  if (hideWhenEmpty && others.length === 0) return null;
  return (
    <section className="panel pending-requests">
      <h2>
        {t('requests.title')} <span className="count">{items.length}</span>
      </h2>
      <ErrorMessage error={requests.error ?? error} />
      {requests.loading && !requests.data && <Loading />}
      {requests.data && items.length === 0 && <p className="muted">{t('requests.none')}</p>}
      <ul className="request-list">
        {items.map((request) => {
          const mine = request.requestedBy === user.username;
          return (
            <li key={request.id} className="request">
              <div className="request-head">
                <Link to={`/persons/${seg(request.person.ref)}`}>
                  <PersonName person={request.person} />
                </Link>
                <span className="muted">{clock.minute(request.at)}</span>
              </div>
              <div className="request-reason">
                <span className="muted">{t('requests.by', { user: request.requestedBy })}</span> “
                {request.reason}”{request.caseId && <span className="chip">{request.caseId}</span>}
              </div>
              {mine ? (
                <p className="muted">{t('requests.yours')}</p>
              ) : (
                <div className="row-actions">
                  <button
                    type="button"
                    className="primary"
                    disabled={busy === request.id}
                    onClick={() => void decide(request, 'approve')}
                  >
                    {t('requests.approve')}
                  </button>
                  <button
                    type="button"
                    disabled={busy === request.id}
                    onClick={() => void decide(request, 'deny')}
                  >
                    {t('requests.deny')}
                  </button>
                </div>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
