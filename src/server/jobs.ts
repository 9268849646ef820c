/** @module Long operations (an uploaded import, a rule run over history) as jobs a client polls for progress. */
import { randomUUID } from 'node:crypto';
import type { Role } from '../model/index.js';

export interface Job {
  id: string;
  kind: 'import' | 'rule-run';
  status: 'running' | 'done' | 'failed';
  progress: { done: number; total: number };
  startedAt: number;
  finishedAt?: number;
  /** Who started it: only they (and admins) may read it. */
  owner: string;
  result?: unknown;
  error?: string;
}

/** Jobs live in memory: one server's own work, forgotten on restart (their effects are in the store). */
export class Jobs {
  private readonly jobs = new Map<string, Job>();

  /** Starts `work` and returns the job at once; `work` reports progress through the callback it is given. */
  start(
    kind: Job['kind'],
    owner: string,
    work: (progress: (done: number, total: number) => void) => Promise<unknown>,
  ): Job {
    const job: Job = {
      id: randomUUID(),
      kind,
      status: 'running',
      progress: { done: 0, total: 0 },
      startedAt: Date.now(),
      owner,
    };
    this.jobs.set(job.id, job);
    work((done, total) => {
      job.progress = { done, total };
    }).then(
      (result) => {
        job.result = result;
        job.status = 'done';
        job.finishedAt = Date.now();
      },
      (error: Error) => {
        job.error = error.message;
        job.status = 'failed';
        job.finishedAt = Date.now();
      },
    );
    return job;
  }

  /** The job, if it exists and the asker may see it. */
  get(id: string, asker: { user: string; roles: readonly Role[] }): Job | undefined {
    const job = this.jobs.get(id);
    return job && (job.owner === asker.user || asker.roles.includes('admin')) ? job : undefined;
  }
}
