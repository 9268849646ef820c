/** @module The imports so far, newest first, with the counts that always reconcile: read = stored + duplicates + quarantined. */
import type { ImportBatch } from '../api/types';
import { formatCount } from '../format/numbers';
import { shortPath } from '../format/paths';
import { useWorkClock } from '../format/work-clock';
import { useI18n } from '../i18n/language';

interface ImportsTableProps {
  imports: readonly ImportBatch[];
  selectedId: string | undefined;
  onSelect: (id: string) => void;
}

export function ImportsTable({ imports, selectedId, onSelect }: ImportsTableProps) {
  const { t, lang } = useI18n();
  const clock = useWorkClock();
  const count = (n: number) => formatCount(n, lang);
  return (
    <div className="table-scroll">
      <table className="data">
        <thead>
          <tr>
            <th>{t('imports.profile')}</th>
            <th>{t('imports.files')}</th>
            <th className="col-time">{t('imports.started')}</th>
            <th>{t('imports.status')}</th>
            <th className="num">{t('imports.read')}</th>
            <th className="num">{t('imports.stored')}</th>
            <th className="num">{t('imports.duplicates')}</th>
            <th className="num">{t('imports.quarantined')}</th>
            <th>
              <span className="sr-only">{t('imports.showQuarantine')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {imports.map((batch) => {
            const selected = batch.id === selectedId;
            return (
              <tr
                key={batch.id}
                data-testid="import-row"
                data-batch={batch.id}
                aria-selected={selected}
                className={selected ? 'selected' : undefined}
                onClick={() => onSelect(batch.id)}
              >
                <td className="mono">{batch.profile}</td>
                <td className="files-cell" title={batch.files.join('\n')}>
                  {batch.files.length === 1
                    ? shortPath(batch.files[0] ?? '', 1)
                    : t('imports.fileCount', { count: batch.files.length })}
                </td>
                <td className="col-time">{clock.minute(batch.startedAt)}</td>
                <td>
                  <span className={`status status-${batch.status}`}>{t(`job.${batch.status}`)}</span>
                </td>
                <td className="num mono">{count(batch.read)}</td>
                <td className="num mono">{count(batch.stored)}</td>
                <td className="num mono">{count(batch.duplicates)}</td>
                <td className={batch.quarantined ? 'num mono warn' : 'num mono'}>
                  {count(batch.quarantined)}
                </td>
                <td>
                  <button type="button" className="link-button">
                    {t('imports.showQuarantine')}
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
