/** @module A user's action against the API (a form's submit, a row's button): busy while it runs, its error kept. */
import { useState } from 'react';

export interface Action {
  /** Runs the work; a failure is kept in `error` for the page to show, never thrown. */
  run: (work: () => Promise<unknown>) => Promise<void>;
  busy: boolean;
  error?: Error;
}

export function useAction(): Action {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<Error>();
  const run = async (work: () => Promise<unknown>) => {
    setBusy(true);
    setError(undefined);
    try {
      await work();
    } catch (failure) {
      setError(failure as Error);
    } finally {
      setBusy(false);
    }
  };
  return { run, busy, error };
}
