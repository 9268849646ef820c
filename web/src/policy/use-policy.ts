/** @module The workspace's policy (`GET /api/policy`): the clauses a decision may find violated, the notice templates. */
import { api } from '../api/client';
import type { Policy, PolicyClause } from '../api/types';
import { type Resource, useResource } from '../api/use-resource';
import type { I18n } from '../i18n/language';

export function usePolicy(): Resource<Policy> {
  return useResource(() => api.get<Policy>('/api/policy'), []);
}

/** A clause's title in the current language; a recorded id the policy no longer lists shows as itself. */
export function clauseTitler(
  clauses: readonly PolicyClause[] | undefined,
  pick: I18n['pick'],
): (id: string) => string {
  return (id) => {
    const clause = clauses?.find((candidate) => candidate.id === id);
    return clause ? pick(clause.title.en, clause.title.zh) : id;
  };
}
