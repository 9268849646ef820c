/**
 * @module The alerts queue, the home page: filters, the table sorted by risk, the selected alert's explanation
 * beside it, and keyboard navigation (↑/↓ or j/k to move, Enter to open the person, / to search).
 */
import { useEffect, useRef, useState } from 'react';
import { api, seg } from '../api/client';
import type { Alert, Page } from '../api/types';
import { usePaged } from '../api/use-paged';
import { navigate, useLocation } from '../app/router';
import { useI18n } from '../i18n/language';
import { PendingUnmaskRequests } from '../persons/PendingUnmaskRequests';
import { useCan } from '../session/session';
import { EmptyState, ErrorMessage, Loading } from '../ui/feedback';
import { usePageKeys } from '../ui/keys';
import { useDebounced } from '../ui/use-debounced';
import { AlertFilterBar } from './AlertFilterBar';
import { AlertsTable } from './AlertsTable';
import { ExplanationPanel } from './ExplanationPanel';
import { type AlertFilters, filtersFromSearch, searchFromFilters } from './filters';

/** The selection survives a visit to a person and back. */
let rememberedSelection: string | undefined;

export function AlertsPage() {
  const { t } = useI18n();
  const can = useCan();
  const { search } = useLocation();
  const [filters, setFilters] = useState<AlertFilters>(() => filtersFromSearch(search));
  const query = useDebounced(filters, 300);
  const [selectedId, setSelectedId] = useState(rememberedSelection);
  const textRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    navigate(`/alerts${searchFromFilters(query)}`, { replace: true });
  }, [query]);

  const alerts = usePaged(
    (cursor) =>
      api.get<Page<Alert>>('/api/alerts', {
        cursor,
        limit: 100,
        minRisk: query.minRisk,
        stage: query.stage,
        q: query.q.trim(),
      }),
    [query.minRisk, query.stage, query.q],
  );

  const index = alerts.items.findIndex((alert) => alert.id === selectedId);
  const selected = alerts.items[index];

  // Keep a selection whenever there are rows, so the keys and the panel always have something to act on.
  useEffect(() => {
    if (!selected && alerts.items[0] && !alerts.loading) select(alerts.items[0]);
  });

  function select(alert: Alert) {
    rememberedSelection = alert.id;
    setSelectedId(alert.id);
  }
  const open = (alert: Alert) => navigate(`/persons/${seg(alert.person.ref)}`);
  const move = (step: number) => {
    const next = alerts.items[Math.max(0, Math.min(alerts.items.length - 1, index + step))];
    if (next) select(next);
  };

  usePageKeys((key) => {
    if (key === 'ArrowDown' || key === 'j') move(1);
    else if (key === 'ArrowUp' || key === 'k') move(-1);
    else if (key === 'Enter' && selected) open(selected);
    else if (key === '/') textRef.current?.focus();
    else return false;
    return true;
  });

  const filtered = Boolean(filters.minRisk || filters.stage || filters.q);
  return (
    <div className="page alerts-page">
      <div className="page-head">
        <h1>{t('alerts.title')}</h1>
        <p className="muted keys-hint">{t('alerts.keysHint')}</p>
      </div>
      <AlertFilterBar filters={filters} onChange={setFilters} textRef={textRef} onMove={move} />
      <div className="split">
        <section className="split-main table-scroll" aria-busy={alerts.loading}>
          <ErrorMessage error={alerts.error} />
          {alerts.items.length > 0 && (
            <AlertsTable alerts={alerts.items} selectedId={selected?.id} onSelect={select} onOpen={open} />
          )}
          {alerts.loading && <Loading />}
          {!alerts.loading && !alerts.error && alerts.items.length === 0 && (
            <EmptyState title={t(filtered ? 'alerts.emptyFiltered' : 'alerts.empty')}>
              {t(filtered ? 'alerts.emptyFilteredHint' : 'alerts.emptyHint')}
            </EmptyState>
          )}
          {alerts.hasMore && !alerts.loading && (
            <button type="button" className="load-more" onClick={alerts.loadMore}>
              {t('common.loadMore')}
            </button>
          )}
        </section>
        <div className="split-side">
          {can('persons:unmask') && <PendingUnmaskRequests hideWhenEmpty />}
          <ExplanationPanel alert={selected} onOpen={open} />
        </div>
      </div>
    </div>
  );
}
