/** @module One rule: title, level, stages, hits; the enabled switch and "run over history" with its job's progress. */
import { useEffect, useState } from 'react';
import { api, seg } from '../api/client';
import { jobIdOf } from '../api/job-id';
import { useJob } from '../api/jobs';
import type { Job, Rule } from '../api/types';
import { formatCount } from '../format/numbers';
import { useI18n } from '../i18n/language';
import { LevelChip, StageChips } from '../ui/chips';
import { JobStatus } from '../ui/JobStatus';

interface RuleRowProps {
  rule: Rule;
  canWrite: boolean;
  /** Called when hits or the enabled flag may have changed. */
  onChanged: () => void;
}

export function RuleRow({ rule, canWrite, onChanged }: RuleRowProps) {
  const { t, pick, lang } = useI18n();
  const [enabled, setEnabled] = useState(rule.enabled);
  const [error, setError] = useState<Error>();
  const [jobId, setJobId] = useState<string>();
  const [starting, setStarting] = useState(false);
  const { job, error: jobError } = useJob(jobId);

  useEffect(() => setEnabled(rule.enabled), [rule.enabled]);
  const finished = job && job.status !== 'running';
  // biome-ignore lint/correctness/useExhaustiveDependencies: refresh hits once, when the run finishes.
  useEffect(() => {
    if (finished) onChanged();
  }, [finished]);

  const toggle = async () => {
    const next = !enabled;
    setEnabled(next);
    setError(undefined);
    try {
      await api.patch(`/api/rules/${seg(rule.id)}`, { enabled: next });
      onChanged();
    } catch (failure) {
      setEnabled(!next);
      setError(failure as Error);
    }
  };

  const run = async () => {
    setStarting(true);
    setError(undefined);
    try {
      setJobId(jobIdOf(await api.post<{ job: Job | string }>(`/api/rules/${seg(rule.id)}/run`)));
    } catch (failure) {
      setError(failure as Error);
    } finally {
      setStarting(false);
    }
  };

  const running = starting || job?.status === 'running' || (jobId !== undefined && !job && !jobError);
  return (
    <tr data-testid="rule-row" data-rule={rule.id} className={enabled ? undefined : 'disabled-row'}>
      <td>
        <div className="rule-title">{pick(rule.title, rule.titleZh)}</div>
        <div className="muted mono small">{rule.id}</div>
        {rule.description && <div className="muted small rule-description">{rule.description}</div>}
        {error && (
          <p className="error" role="alert">
            {error.message}
          </p>
        )}
      </td>
      <td>{t(rule.kind === 'correlation' ? 'rules.correlation' : 'rules.detection')}</td>
      <td>
        <LevelChip level={rule.level} />
      </td>
      <td>
        <StageChips stages={rule.stages} />
      </td>
      <td className="num mono">{formatCount(rule.hits, lang)}</td>
      <td>
        {canWrite ? (
          <label className="switch">
            <input
              type="checkbox"
              role="switch"
              aria-checked={enabled}
              data-testid="rule-toggle"
              checked={enabled}
              onChange={() => void toggle()}
              aria-label={t('rules.toggle', { rule: pick(rule.title, rule.titleZh) })}
            />
            <span className="switch-track" aria-hidden="true" />
            <span>{t(enabled ? 'rules.on' : 'rules.off')}</span>
          </label>
        ) : (
          <span className={enabled ? 'status-on' : 'status-off'}>
            {t(enabled ? 'rules.on' : 'rules.off')}
          </span>
        )}
      </td>
      {canWrite && (
        <td className="run-cell">
          <button type="button" data-testid="rule-run" disabled={running} onClick={() => void run()}>
            {running ? t('rules.running') : t('rules.run')}
          </button>
          {jobId && <JobStatus job={job} error={jobError} label={t('rules.runProgress')} />}
        </td>
      )}
    </tr>
  );
}
