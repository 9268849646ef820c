/** @module A document's head: title, id, classification, the file it was read from, its owner, who registered it. */
import { useState } from 'react';
import { seg, withQuery } from '../../api/client';
import type { DocumentDetail } from '../../api/leak-types';
import { Link } from '../../app/router';
import { Sha256 } from '../../cases/evidence/Sha256';
import { formatCount } from '../../format/numbers';
import { useWorkClock } from '../../format/work-clock';
import { useI18n } from '../../i18n/language';
import { formatBytes } from '../../ui/progress';
import { ClassificationChip } from '../ClassificationChip';
import { RecipientLink } from '../RecipientLink';
import { DownloadTextDialog } from './DownloadTextDialog';

export function DocumentHeader({ detail }: { detail: DocumentDetail }) {
  const { t, lang } = useI18n();
  const clock = useWorkClock();
  const [downloading, setDownloading] = useState(false);
  const { document, distribution, canReadCopies } = detail;
  return (
    <section className="panel document-header">
      <div className="panel-head">
        <div className="document-identity">
          <h1 data-testid="document-title">{document.title}</h1>
          <div className="case-meta">
            <span className="mono">{document.id}</span>
            <ClassificationChip classification={document.classification} />
          </div>
        </div>
        <span className="row-actions">
          {distribution && (
            <Link
              to={withQuery('/leaks/trace', { document: document.id })}
              className="button"
              data-testid="document-trace"
            >
              {t('document.trace')}
            </Link>
          )}
          {canReadCopies && (
            <button type="button" data-testid="download-original" onClick={() => setDownloading(true)}>
              {t('document.downloadOriginal')}
            </button>
          )}
        </span>
      </div>
      <dl className="facts">
        <dt>{t('document.file')}</dt>
        <dd>
          <span className="mono">{document.fileName}</span>{' '}
          <span className="muted">
            {document.mediaType} · {formatBytes(document.size)}
          </span>
        </dd>
        <dt>SHA-256</dt>
        <dd>
          <Sha256 hex={document.sha256} testId="document-sha256" />
        </dd>
        <dt>{t('document.text')}</dt>
        <dd>
          {t('document.characters', {
            count: formatCount(document.characters, lang),
            language: t(`language.${document.language}`),
          })}
        </dd>
        {document.owner && (
          <>
            <dt>{t('document.owner')}</dt>
            <dd>
              <RecipientLink recipient={document.owner} />
            </dd>
          </>
        )}
        <dt>{t('leaks.registered')}</dt>
        <dd>
          {t('case.openedBy', { time: clock.minute(document.registeredAt), user: document.registeredBy })}
        </dd>
      </dl>
      {downloading && (
        <DownloadTextDialog
          title={t('document.downloadOriginalTitle', { title: document.title })}
          hint={t('document.downloadOriginalHint')}
          path={`/api/leaks/documents/${seg(document.id)}/text`}
          fallbackName={`${document.id}-original.txt`}
          onClose={() => setDownloading(false)}
        />
      )}
    </section>
  );
}
