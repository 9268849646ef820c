/** @module The queue's filters, kept in the address so that going back from a person restores them. */
import { type Stage, stageNames } from '../api/types';

export interface AlertFilters {
  minRisk: string;
  stage: Stage | '';
  q: string;
}

export function filtersFromSearch(search: string): AlertFilters {
  const params = new URLSearchParams(search);
  const stage = params.get('stage') ?? '';
  return {
    minRisk: params.get('minRisk') ?? '',
    stage: (stageNames as readonly string[]).includes(stage) ? (stage as Stage) : '',
    q: params.get('q') ?? '',
  };
}

export function searchFromFilters(filters: AlertFilters): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) if (value) params.set(key, value);
  const text = params.toString();
  return text ? `?${text}` : '';
}
