/** @module Saving one part of the policy (PUT, replaced whole): busy, the error, and "saved" until the next edit. */
import { useState } from 'react';
import { useI18n } from '../i18n/language';
import { ErrorMessage } from '../ui/feedback';
import { useAction } from '../ui/use-action';
import { putJson } from './put-json';

export interface PolicySave {
  /** PUTs `body` to `path`; on success marks it saved and calls the editor's `onSaved`. */
  save: (path: string, body: unknown) => void;
  /** Clears "saved": the editor has been changed since. */
  edited: () => void;
  saved: boolean;
  busy: boolean;
  error?: Error;
}

export function usePolicySave(onSaved: () => void): PolicySave {
  const [saved, setSaved] = useState(false);
  const { run, busy, error } = useAction();
  const save = (path: string, body: unknown) =>
    void run(async () => {
      await putJson(path, body);
      setSaved(true);
      onSaved();
    });
  return { save, edited: () => setSaved(false), saved, busy, error };
}

/** The save's failure as the API words it, or that it was saved. */
export function SaveOutcome({ saved, error }: Pick<PolicySave, 'saved' | 'error'>) {
  const { t } = useI18n();
  return (
    <>
      <ErrorMessage error={error} />
      {saved && !error && (
        <p className="status status-done" role="status">
          {t('policy.saved')}
        </p>
      )}
    </>
  );
}
