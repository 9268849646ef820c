/** @module The audit trail, newest first: who did what to whom, why, from where; filtered and paged. */
import { useState } from 'react';
import { api } from '../api/client';
import type { AuditEntry, Page } from '../api/types';
import { usePaged } from '../api/use-paged';
import { useWorkClock } from '../format/work-clock';
import { fromLocalInput } from '../format/zoned-time';
import { useI18n } from '../i18n/language';
import { EmptyState, ErrorMessage, Loading } from '../ui/feedback';
import { useDebounced } from '../ui/use-debounced';
import { AuditTable } from './AuditTable';

interface AuditFilters {
  user: string;
  action: string;
  subject: string;
  from: string;
  to: string;
}

const noFilters: AuditFilters = { user: '', action: '', subject: '', from: '', to: '' };

export function AuditPage() {
  const { t } = useI18n();
  const { timeZone } = useWorkClock();
  const [filters, setFilters] = useState(noFilters);
  const query = useDebounced(filters, 300);
  const entries = usePaged(
    (cursor) =>
      api.get<Page<AuditEntry>>('/api/audit', {
        cursor,
        limit: 100,
        user: query.user.trim(),
        action: query.action.trim(),
        subject: query.subject.trim(),
        from: fromLocalInput(query.from, timeZone),
        to: fromLocalInput(query.to, timeZone),
      }),
    [query, timeZone],
  );
  const set = (change: Partial<AuditFilters>) => setFilters((before) => ({ ...before, ...change }));
  const text = (key: 'user' | 'action' | 'subject', placeholder: string) => (
    <label className="field inline">
      <span>{t(`audit.${key}`)}</span>
      <input
        value={filters[key]}
        placeholder={placeholder}
        onChange={(e) => set({ [key]: e.target.value })}
      />
    </label>
  );
  const filtered = Object.values(filters).some(Boolean);

  return (
    <div className="page">
      <div className="page-head">
        <h1>{t('audit.title')}</h1>
        <p className="muted">{t('audit.subtitle')}</p>
      </div>
      <search className="toolbar">
        {text('user', 'alice')}
        {text('action', 'person.unmask')}
        {text('subject', 'P-…')}
        <label className="field inline">
          <span>{t('audit.from')}</span>
          <input type="datetime-local" value={filters.from} onChange={(e) => set({ from: e.target.value })} />
        </label>
        <label className="field inline">
          <span>{t('audit.to')}</span>
          <input type="datetime-local" value={filters.to} onChange={(e) => set({ to: e.target.value })} />
        </label>
        {filtered && (
          <button type="button" className="ghost" onClick={() => setFilters(noFilters)}>
            {t('common.clearFilters')}
          </button>
        )}
        <span className="toolbar-spacer" />
        <span className="muted small">{t('common.timesIn', { zone: timeZone })}</span>
      </search>
      <ErrorMessage error={entries.error} />
      {entries.items.length > 0 && <AuditTable entries={entries.items} />}
      {entries.loading && <Loading />}
      {!entries.loading && !entries.error && entries.items.length === 0 && (
        <EmptyState title={t(filtered ? 'audit.emptyFiltered' : 'audit.empty')}>
          {t(filtered ? 'common.emptyFilteredHint' : 'audit.emptyHint')}
        </EmptyState>
      )}
      {entries.hasMore && !entries.loading && (
        <button type="button" className="load-more" onClick={entries.loadMore}>
          {t('common.loadMore')}
        </button>
      )}
    </div>
  );
}
