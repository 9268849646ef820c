/**
 * @module Answers that only a change of the store can alter (a page of the alerts queue, a person-month of timeline),
 * kept with the view they were built from, so building a new view after a change drops them all.
 */
import { Lru } from './lru.js';
import { unchanging } from './masking.js';
import type { WorkspaceView } from './workspace.js';

/** A cache of `size` answers per view; each answer is marked unchanging, so it is also masked once per viewer set. */
export function answerCache<T extends object>(size: number) {
  const byView = new WeakMap<WorkspaceView, Lru<string, Promise<T>>>();
  return (view: WorkspaceView, key: string, build: () => Promise<T>): Promise<T> => {
    let answers = byView.get(view);
    if (!answers) {
      answers = new Lru(size);
      byView.set(view, answers);
    }
    let answer = answers.get(key);
    if (!answer) {
      const built = build().then(unchanging);
      // A failed build is not kept: the next request tries again.
      built.catch(() => answers.delete(key));
      answers.set(key, built);
      answer = built;
    }
    return answer;
  };
}
