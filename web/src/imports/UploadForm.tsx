/** @module Upload one export through a mapping profile: upload progress, then the import job's progress, then the counts. */
import { type FormEvent, useEffect, useState } from 'react';
import { api, withQuery } from '../api/client';
import { jobIdOf } from '../api/job-id';
import { useJob } from '../api/jobs';
import type { Job, Profile } from '../api/types';
import { type UploadProgress, uploadFile } from '../api/upload';
import { useResource } from '../api/use-resource';
import { useI18n } from '../i18n/language';
import { FileField } from '../ui/FileField';
import { ErrorMessage } from '../ui/feedback';
import { JobStatus } from '../ui/JobStatus';
import { Progress } from '../ui/progress';
import { SelectField } from '../ui/SelectField';

export function UploadForm({ onImported }: { onImported: () => void }) {
  const { t } = useI18n();
  const profiles = useResource(() => api.get<{ items: Profile[] }>('/api/profiles'), []);
  const [profile, setProfile] = useState('');
  const [file, setFile] = useState<File>();
  const [upload, setUpload] = useState<UploadProgress>();
  const [error, setError] = useState<Error>();
  const [jobId, setJobId] = useState<string>();
  const { job, error: jobError } = useJob(jobId);

  const finished = job && job.status !== 'running';
  // biome-ignore lint/correctness/useExhaustiveDependencies: refresh the list once, when the import finishes.
  useEffect(() => {
    if (finished) onImported();
  }, [finished]);
  // A job that has started shows in the list at once, as running.
  // biome-ignore lint/correctness/useExhaustiveDependencies: once per job.
  useEffect(() => {
    if (jobId) onImported();
  }, [jobId]);

  const chosen = profiles.data?.items.find((item) => item.name === profile);
  const uploading = upload !== undefined && jobId === undefined && !error;
  const busy = uploading || job?.status === 'running' || (jobId !== undefined && !job && !jobError);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!file || !profile) return;
    setError(undefined);
    setJobId(undefined);
    setUpload({ sent: 0, total: file.size });
    try {
      const url = withQuery('/api/imports', { profile, filename: file.name });
      const answer = await uploadFile<{ job: Job | string }>(url, file, setUpload);
      setJobId(jobIdOf(answer));
    } catch (failure) {
      setError(failure as Error);
    }
  };

  return (
    <section className="panel">
      <h2>{t('imports.upload')}</h2>
      <form className="upload-form" onSubmit={submit}>
        <SelectField
          label={t('imports.profile')}
          testId="import-profile"
          value={profile}
          required
          disabled={!profiles.data}
          options={[
            { value: '', label: profiles.data ? t('imports.chooseProfile') : t('common.loading') },
            ...(profiles.data?.items ?? []).map((item) => ({
              value: item.name,
              label: item.kind === 'bundle' ? `${item.name} (${t('imports.bundle')})` : item.name,
              disabled: item.kind === 'bundle',
            })),
          ]}
          onChange={setProfile}
        />
        <FileField label={t('imports.file')} testId="import-file" required onChange={setFile} />
        <button
          type="submit"
          className="primary"
          data-testid="import-submit"
          disabled={busy || !file || !profile}
        >
          {busy ? t('common.working') : t('imports.submit')}
        </button>
      </form>
      {chosen && <p className="muted small">{chosen.description}</p>}
      <ErrorMessage error={profiles.error ?? error} />
      {upload && file && (uploading || jobId) && (
        <Progress
          label={t('imports.uploading', { file: file.name })}
          done={upload.sent}
          total={upload.total}
          unit="bytes"
        />
      )}
      {jobId && <JobStatus job={job} error={jobError} label={t('imports.importing')} />}
    </section>
  );
}
