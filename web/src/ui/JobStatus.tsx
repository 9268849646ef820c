/** @module A running job's progress bar, then its result or error. */
import type { Job } from '../api/types';
import { useI18n } from '../i18n/language';
import { Progress } from './progress';

/** Plain words for a job's result object: `signals: 12 · events: 40,211`. */
function describeResult(result: unknown): string {
  if (result === undefined || result === null) return '';
  if (typeof result !== 'object') return String(result);
  return Object.entries(result)
    .filter(([, value]) => value === null || typeof value !== 'object')
    .map(([key, value]) => `${key}: ${typeof value === 'number' ? value.toLocaleString() : String(value)}`)
    .join(' · ');
}

export function JobStatus({ job, error, label }: { job: Job | undefined; error?: Error; label: string }) {
  const { t } = useI18n();
  if (error)
    return (
      <p className="error" role="alert">
        {error.message}
      </p>
    );
  if (!job) return <Progress label={label} done={0} total={0} testId="job-progress" status="starting" />;
  const statusLabel = job.status === 'running' ? label : t(`job.${job.status}`);
  return (
    <div className="job-status">
      <Progress
        label={statusLabel}
        done={job.progress.done}
        total={job.progress.total}
        testId="job-progress"
        status={job.status}
      />
      {job.status === 'done' && job.result !== undefined && (
        <p className="job-result">{describeResult(job.result)}</p>
      )}
      {job.status === 'failed' && (
        <p className="error" role="alert">
          {job.error ?? t('job.failed')}
        </p>
      )}
    </div>
  );
}
