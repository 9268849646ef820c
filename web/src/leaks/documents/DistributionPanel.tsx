/**
 * @module Who received a copy of the document, when and from whom, and whether the copies carry invisible marks;
 * for those who may read copies, each recipient's copy as issued, to send it again.
 */
import { useState } from 'react';
import { seg } from '../../api/client';
import type { LeakDistribution, LeakDocument } from '../../api/leak-types';
import { useWorkClock } from '../../format/work-clock';
import { useI18n } from '../../i18n/language';
import { RecipientLink } from '../RecipientLink';
import { DownloadTextDialog } from './DownloadTextDialog';

interface DistributionPanelProps {
  document: LeakDocument;
  distribution: LeakDistribution;
  canReadCopies: boolean;
}

export function DistributionPanel({ document, distribution, canReadCopies }: DistributionPanelProps) {
  const { t } = useI18n();
  const clock = useWorkClock();
  const [copyOf, setCopyOf] = useState<string>();
  return (
    <section className="panel flush" data-testid="distribution">
      <header className="panel-head panel-title">
        <h2>
          {t('distribution.title')} <span className="count">{distribution.recipients.length}</span>
        </h2>
        <span className="muted">
          {t('distribution.when', {
            time: clock.minute(distribution.distributedAt),
            user: distribution.distributedBy,
          })}{' '}
          · {t(distribution.invisibleMarks ? 'distribution.marksOn' : 'distribution.marksOff')}
        </span>
      </header>
      <ul className="recipient-list">
        {distribution.recipients.map((recipient) => (
          <li key={recipient} data-testid="recipient-row" data-recipient={recipient}>
            <RecipientLink recipient={recipient} />
            {canReadCopies && (
              <button
                type="button"
                className="small"
                data-testid="download-copy"
                onClick={() => setCopyOf(recipient)}
              >
                {t('distribution.downloadCopy')}
              </button>
            )}
          </li>
        ))}
      </ul>
      {copyOf && (
        <DownloadTextDialog
          title={t('distribution.downloadCopyTitle', { recipient: copyOf })}
          hint={t('distribution.downloadCopyHint')}
          path={`/api/leaks/documents/${seg(document.id)}/copies/${seg(copyOf)}`}
          fallbackName={`${document.id}-${copyOf}.txt`}
          onClose={() => setCopyOf(undefined)}
        />
      )}
    </section>
  );
}
