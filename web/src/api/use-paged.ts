/** @module A paged list (`{ items, next }`) with "Load more": pages append, a change of query starts over. */
import { type DependencyList, useCallback, useEffect, useRef, useState } from 'react';
import type { Page } from './types';

export interface Paged<T> {
  items: T[];
  hasMore: boolean;
  loading: boolean;
  error?: Error;
  loadMore: () => void;
  reload: () => void;
}

/** `fetchPage(cursor)` gets one page; it is called afresh with no cursor whenever `deps` change. */
export function usePaged<T>(
  fetchPage: (cursor?: string) => Promise<Page<T>>,
  deps: DependencyList,
): Paged<T> {
  const [items, setItems] = useState<T[]>([]);
  const [next, setNext] = useState<string>();
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<Error>();
  const [generation, setGeneration] = useState(0);
  const latest = useRef(0);

  const load = useCallback(
    (cursor: string | undefined) => {
      const call = ++latest.current;
      setLoading(true);
      setError(undefined);
      fetchPage(cursor).then(
        (page) => {
          if (call !== latest.current) return;
          setItems((before) => (cursor ? [...before, ...page.items] : page.items));
          setNext(page.next);
          setLoading(false);
        },
        (failure: Error) => {
          if (call !== latest.current) return;
          setError(failure);
          setLoading(false);
        },
      );
    },
    // biome-ignore lint/correctness/useExhaustiveDependencies: the caller's deps decide when `fetchPage` changes.
    deps,
  );

  // biome-ignore lint/correctness/useExhaustiveDependencies: a new generation reloads from the first page.
  useEffect(() => load(undefined), [load, generation]);

  return {
    items,
    hasMore: next !== undefined,
    loading,
    error,
    loadMore: () => {
      if (next && !loading) load(next);
    },
    reload: () => setGeneration((g) => g + 1),
  };
}
