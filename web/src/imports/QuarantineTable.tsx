/** @module The records an import could not store: where they were, which field, why, and the line as read. */
import { api } from '../api/client';
import type { ImportBatch, Page, QuarantineRecord } from '../api/types';
import { usePaged } from '../api/use-paged';
import { shortPath } from '../format/paths';
import { useI18n } from '../i18n/language';
import { EmptyState, ErrorMessage, Loading } from '../ui/feedback';

export function QuarantineTable({ batch }: { batch: ImportBatch }) {
  const { t } = useI18n();
  const records = usePaged(
    (cursor) => api.get<Page<QuarantineRecord>>('/api/quarantine', { batch: batch.id, cursor, limit: 200 }),
    [batch.id],
  );
  return (
    <section className="panel flush">
      <h2 className="panel-title">
        {t('quarantine.title', { profile: batch.profile })} <span className="count">{batch.quarantined}</span>
      </h2>
      <ErrorMessage error={records.error} />
      {records.items.length > 0 && (
        <div className="table-scroll">
          <table className="data compact">
            <thead>
              <tr>
                <th>{t('quarantine.file')}</th>
                <th className="num">{t('quarantine.line')}</th>
                <th>{t('quarantine.field')}</th>
                <th>{t('quarantine.reason')}</th>
                <th>{t('quarantine.raw')}</th>
              </tr>
            </thead>
            <tbody>
              {records.items.map((record) => (
                <tr key={`${record.file}:${record.line}`} data-testid="quarantine-row">
                  <td className="mono nowrap" title={record.file}>
                    {shortPath(record.file)}
                  </td>
                  <td className="num mono">{record.line}</td>
                  <td className="mono">{record.field ?? '—'}</td>
                  <td>{record.reason}</td>
                  <td>
                    <code className="raw">{record.raw}</code>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {records.loading && <Loading />}
      {!records.loading && !records.error && records.items.length === 0 && (
        <EmptyState title={t('quarantine.empty')}>{t('quarantine.emptyHint')}</EmptyState>
      )}
      {records.hasMore && !records.loading && (
        <button type="button" className="load-more" onClick={records.loadMore}>
          {t('common.loadMore')}
        </button>
      )}
    </section>
  );
}
