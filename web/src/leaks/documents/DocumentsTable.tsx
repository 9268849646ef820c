/** @module The documents as a table: title, classification, language, who registered it when, and its distribution. */
import { seg } from '../../api/client';
import type { DocumentEntry } from '../../api/leak-types';
import { Link } from '../../app/router';
import { useWorkClock } from '../../format/work-clock';
import { useI18n } from '../../i18n/language';
import { ClassificationChip } from '../ClassificationChip';

export function DocumentsTable({ entries }: { entries: readonly DocumentEntry[] }) {
  const { t } = useI18n();
  const clock = useWorkClock();
  return (
    <table className="data documents-table">
      <thead>
        <tr>
          <th>{t('leaks.document')}</th>
          <th>{t('leaks.classification')}</th>
          <th>{t('leaks.language')}</th>
          <th className="col-time">{t('leaks.registered')}</th>
          <th>{t('leaks.distribution')}</th>
        </tr>
      </thead>
      <tbody>
        {entries.map(({ document, distribution }) => (
          <tr key={document.id} data-testid="document-row" data-document={document.id}>
            <td>
              <Link to={`/leaks/${seg(document.id)}`} className="document-link">
                {document.title}
              </Link>
              <div className="muted mono small">
                {document.id} · {document.fileName}
              </div>
            </td>
            <td>
              <ClassificationChip classification={document.classification} />
            </td>
            <td>{t(`language.${document.language}`)}</td>
            <td className="col-time">
              <div>{clock.minute(document.registeredAt)}</div>
              <div className="muted">{document.registeredBy}</div>
            </td>
            <td data-testid="document-distribution">
              {distribution ? (
                t('leaks.distributedTo', { count: distribution.recipients.length })
              ) : (
                <span className="muted">{t('leaks.notDistributed')}</span>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
