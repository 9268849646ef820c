/** @module The cases this user may see, most recently changed first, filtered by status; each links to its workspace. */
import { useState } from 'react';
import { api, seg } from '../api/client';
import { type CaseListItem, type CaseStatus, caseStatuses, type Page } from '../api/types';
import { usePaged } from '../api/use-paged';
import { Link } from '../app/router';
import { useWorkClock } from '../format/work-clock';
import { useI18n } from '../i18n/language';
import { useCan } from '../session/session';
import { EmptyState, ErrorMessage, Loading } from '../ui/feedback';
import { PersonName } from '../ui/PersonName';
import { CaseStatusChip, HoldBadge } from './CaseChips';

export function CasesPage() {
  const { t } = useI18n();
  const clock = useWorkClock();
  const can = useCan();
  const [status, setStatus] = useState<CaseStatus | ''>('');
  const cases = usePaged(
    (cursor) => api.get<Page<CaseListItem>>('/api/cases', { cursor, limit: 100, status }),
    [status],
  );

  return (
    <div className="page">
      <div className="page-head">
        <h1>{t('cases.title')}</h1>
        <p className="muted">{t(can('cases:write') ? 'cases.subtitle' : 'cases.subtitleCommittee')}</p>
      </div>
      <search className="toolbar">
        <label className="field inline">
          <span>{t('cases.status')}</span>
          <select
            data-testid="cases-status-filter"
            value={status}
            onChange={(e) => setStatus(e.target.value as CaseStatus | '')}
          >
            <option value="">{t('cases.anyStatus')}</option>
            {caseStatuses.map((name) => (
              <option key={name} value={name}>
                {t(`caseStatus.${name}`)}
              </option>
            ))}
          </select>
        </label>
      </search>
      <section className="panel flush table-scroll" aria-busy={cases.loading}>
        <ErrorMessage error={cases.error} />
        {cases.items.length > 0 && (
          <table className="data cases-table">
            <thead>
              <tr>
                <th>{t('cases.case')}</th>
                <th>{t('cases.status')}</th>
                <th>{t('cases.subjects')}</th>
                <th className="col-time">{t('cases.opened')}</th>
                <th className="col-time">{t('cases.updated')}</th>
                <th className="num">{t('cases.entries')}</th>
              </tr>
            </thead>
            <tbody>
              {cases.items.map((item) => (
                <tr key={item.id} data-testid="case-row" data-case={item.id}>
                  <td>
                    <Link to={`/cases/${seg(item.id)}`} className="case-link">
                      {item.title}
                    </Link>
                    <div className="muted mono small">{item.id}</div>
                  </td>
                  <td className="nowrap">
                    <CaseStatusChip status={item.status} />
                    <HoldBadge hold={item.hold} />
                  </td>
                  <td>
                    <span className="subject-list">
                      {item.subjects.map((person) => (
                        <PersonName key={person.ref} person={person} />
                      ))}
                    </span>
                  </td>
                  <td className="col-time">
                    <div>{clock.minute(item.openedAt)}</div>
                    <div className="muted">{item.openedBy}</div>
                  </td>
                  <td className="col-time">{clock.minute(item.updatedAt)}</td>
                  <td className="num mono">{item.size}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {cases.loading && <Loading />}
        {!cases.loading && !cases.error && cases.items.length === 0 && (
          <EmptyState title={t(status ? 'cases.emptyFiltered' : 'cases.empty')}>
            {t(
              status
                ? 'common.emptyFilteredHint'
                : can('cases:write')
                  ? 'cases.emptyHint'
                  : 'cases.emptyHintCommittee',
            )}
          </EmptyState>
        )}
        {cases.hasMore && !cases.loading && (
          <button type="button" className="load-more" onClick={cases.loadMore}>
            {t('common.loadMore')}
          </button>
        )}
      </section>
    </div>
  );
}
