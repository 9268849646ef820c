/** @module A labelled progress bar for uploads and jobs; indeterminate while the total is unknown. */

import { formatCount } from '../format/numbers';
import { useI18n } from '../i18n/language';

interface ProgressProps {
  label: string;
  done: number;
  total: number;
  /** Byte counts read better as sizes. */
  unit?: 'count' | 'bytes';
  testId?: string;
  status?: string;
}

export function Progress({ label, done, total, unit = 'count', testId, status }: ProgressProps) {
  const { lang } = useI18n();
  const show = unit === 'bytes' ? formatBytes : (n: number) => formatCount(n, lang);
  const percent = total > 0 ? Math.min(100, Math.round((done / total) * 100)) : undefined;
  return (
    <div className="progress" data-testid={testId} data-status={status}>
      <div className="progress-label">
        <span>{label}</span>
        <span className="progress-figures">
          {total > 0 ? `${show(done)} / ${show(total)} (${percent}%)` : show(done)}
        </span>
      </div>
      <progress max={total > 0 ? total : undefined} value={total > 0 ? done : undefined} aria-label={label} />
    </div>
  );
}

/** `512 B`, `3.4 KB`, `12.0 MB`: sizes as people read them. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 ** 2) return `${(bytes / 1024).toFixed(1)} KB`;
  if (bytes < 1024 ** 3) return `${(bytes / 1024 ** 2).toFixed(1)} MB`;
  return `${(bytes / 1024 ** 3).toFixed(2)} GB`;
}
