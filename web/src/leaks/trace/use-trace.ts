/**
 * @module Asking the API about a pasted text: which registered documents it contains, or whose copy it is. The answer
 * is kept with the text exactly as sent, since every span in it indexes that text.
 */
import { useState } from 'react';
import { api } from '../../api/client';
import type { DocumentMatch, TextAttribution } from '../../api/leak-types';
import { useAction } from '../../ui/use-action';

export type TraceResult =
  | { kind: 'match'; text: string; matches: DocumentMatch[] }
  | { kind: 'attribute'; text: string; answer: TextAttribution };

export interface Trace {
  result?: TraceResult;
  busy: boolean;
  error?: Error;
  /** `text` must already be trimmed: the server trims it too, and its offsets then index this very string. */
  match: (text: string) => void;
  attribute: (text: string, document: string | undefined) => void;
}

export function useTrace(): Trace {
  const [result, setResult] = useState<TraceResult>();
  const { run, busy, error } = useAction();
  const ask = (work: () => Promise<TraceResult>) =>
    void run(async () => {
      // A result for another text must not stay on screen beside this one's error.
      setResult(undefined);
      setResult(await work());
    });
  return {
    result,
    busy,
    error,
    match: (text) =>
      ask(async () => {
        const { matches } = await api.post<{ matches: DocumentMatch[] }>('/api/leaks/match', { text });
        return { kind: 'match', text, matches };
      }),
    attribute: (text, document) =>
      ask(async () => {
        const answer = await api.post<TextAttribution>('/api/leaks/attribute', { text, document });
        return { kind: 'attribute', text, answer };
      }),
  };
}
