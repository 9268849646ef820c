/** @module Following a long operation: poll `GET /api/jobs/{id}` until it is done or failed. */
import { useEffect, useState } from 'react';
import { api, seg } from './client';
import type { Job } from './types';

const POLL_MS = 500;

/** The job's latest state, polled every 500 ms while it runs; `undefined` before the first answer. */
export function useJob(jobId: string | undefined): { job?: Job; error?: Error } {
  const [job, setJob] = useState<Job>();
  const [error, setError] = useState<Error>();
  useEffect(() => {
    setJob(undefined);
    setError(undefined);
    if (!jobId) return;
    let stopped = false;
    let timer: number | undefined;
    const poll = async () => {
      try {
        const next = await api.get<Job>(`/api/jobs/${seg(jobId)}`);
        if (stopped) return;
        setJob(next);
        if (next.status === 'running') timer = window.setTimeout(poll, POLL_MS);
      } catch (failure) {
        if (!stopped) setError(failure as Error);
      }
    };
    void poll();
    return () => {
      stopped = true;
      window.clearTimeout(timer);
    };
  }, [jobId]);
  return { job, error };
}
