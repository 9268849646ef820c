/**
 * @module The registered confidential documents, newest first, each with whom it was distributed to; registering a
 * new one for those who may.
 */
import { api } from '../../api/client';
import type { DocumentEntry } from '../../api/leak-types';
import type { Page } from '../../api/types';
import { usePaged } from '../../api/use-paged';
import { useI18n } from '../../i18n/language';
import { useCan } from '../../session/session';
import { EmptyState, ErrorMessage, Loading } from '../../ui/feedback';
import { LeaksTabs } from '../LeaksTabs';
import { DocumentsTable } from './DocumentsTable';
import { RegisterDocumentForm } from './RegisterDocumentForm';

export function DocumentsPage() {
  const { t } = useI18n();
  const can = useCan();
  const documents = usePaged(
    (cursor) => api.get<Page<DocumentEntry>>('/api/leaks/documents', { cursor, limit: 100 }),
    [],
  );
  return (
    <div className="page leaks-page">
      <div className="page-head">
        <h1>{t('leaks.title')}</h1>
        <p className="muted">{t('leaks.subtitle')}</p>
      </div>
      <LeaksTabs />
      {can('leaks:write') && <RegisterDocumentForm onRegistered={documents.reload} />}
      <section className="panel flush table-scroll" aria-busy={documents.loading}>
        <h2 className="panel-title">{t('leaks.documents')}</h2>
        <ErrorMessage error={documents.error} />
        {documents.items.length > 0 && <DocumentsTable entries={documents.items} />}
        {documents.loading && <Loading />}
        {!documents.loading && !documents.error && documents.items.length === 0 && (
          <EmptyState title={t('leaks.empty')}>
            {t(can('leaks:write') ? 'leaks.emptyHint' : 'leaks.emptyHintReader')}
          </EmptyState>
        )}
        {documents.hasMore && !documents.loading && (
          <button type="button" className="load-more" onClick={documents.loadMore}>
            {t('common.loadMore')}
          </button>
        )}
      </section>
    </div>
  );
}
