/**
 * @module One registered document: what it is, and its distribution (who received a copy) or the form that makes
 * one. The original and the copies are offered for download only to viewers the server says may read them.
 */
import { api, seg } from '../../api/client';
import type { DocumentDetail } from '../../api/leak-types';
import { useResource } from '../../api/use-resource';
import { useI18n } from '../../i18n/language';
import { useCan } from '../../session/session';
import { EmptyState, ErrorMessage, Loading } from '../../ui/feedback';
import { LeaksTabs } from '../LeaksTabs';
import { DistributeForm } from './DistributeForm';
import { DistributionPanel } from './DistributionPanel';
import { DocumentHeader } from './DocumentHeader';

export function DocumentPage({ documentId }: { documentId: string }) {
  const { t } = useI18n();
  const can = useCan();
  const detail = useResource(
    () => api.get<DocumentDetail>(`/api/leaks/documents/${seg(documentId)}`),
    [documentId],
  );
  // The tabs lead back to the documents, and on to tracing a leak.
  if (detail.error) {
    return (
      <div className="page">
        <LeaksTabs />
        <ErrorMessage error={detail.error} />
      </div>
    );
  }
  if (!detail.data) return <Loading />;
  const { document, distribution, canReadCopies } = detail.data;
  return (
    <div
      className="page document-page"
      data-testid="document-page"
      data-document={document.id}
      data-distributed={distribution !== null}
    >
      <LeaksTabs />
      <DocumentHeader detail={detail.data} />
      {distribution ? (
        <DistributionPanel document={document} distribution={distribution} canReadCopies={canReadCopies} />
      ) : can('leaks:write') ? (
        <DistributeForm document={document} onDistributed={detail.reload} />
      ) : (
        <section className="panel">
          <EmptyState title={t('leaks.notDistributed')}>{t('distribution.noneHint')}</EmptyState>
        </section>
      )}
    </div>
  );
}
