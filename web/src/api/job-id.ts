/** @module The job a 202 answer started: docs/api.md says `{ job }`, which may be the job itself or its id. */
import type { Job } from './types';

export function jobIdOf(answer: { job: Job | string }): string {
  return typeof answer.job === 'string' ? answer.job : answer.job.id;
}
