/**
 * @module Registered content in event texts (a mail body, an attachment's text, a chat message, a post), answered
 * synchronously so the detection engine can ask it event by event. Built once per detection from the registered
 * documents' fingerprints.
 */
import { hash } from 'node:crypto';
import type { LeakClassification, Store } from '../../store/index.js';
import { containment, type Fingerprint, fingerprintOf } from '../fingerprint/fingerprint.js';
import { registeredFingerprints } from './fingerprints.js';

/** A registered document whose content a text carries. */
export interface ContentMatch {
  readonly id: string;
  readonly title: string;
  readonly classification: LeakClassification;
  /** `copy`: most of the text is the document; `quotes`: it quotes a sentence or more of it. */
  readonly verdict: 'copy' | 'quotes';
  /** Share of the text's fingerprints found in the document, 0 to 1. */
  readonly score: number;
}

/** The registered documents a text carries content of, the largest share first; none for most texts. */
export type ContentMatcher = (text: string) => readonly ContentMatch[];

/** A document the matcher looks for: what a match names, and the fingerprint it is found by. */
export interface ContentSource {
  readonly id: string;
  readonly title: string;
  readonly classification: LeakClassification;
  readonly fingerprint: Fingerprint;
}

/** Texts remembered per generation; two generations at most, so the cache holds a few MB whatever the input. */
const cacheGeneration = 8192;
const nothing: readonly ContentMatch[] = Object.freeze([]);

/**
 * A matcher over `sources`. Only documents that share two fingerprints or more with a text are weighed with
 * `containment` (no verdict needs fewer), and answers are remembered by the text's SHA-256, since the same
 * message or attachment turns up again and again (and several rules read the same event).
 * @example contentMatcherOf([{ id: 'D-1A2B3C4D', title, classification: 'secret', fingerprint }])(mailBody)
 */
export function contentMatcherOf(sources: readonly ContentSource[]): ContentMatcher {
  const holders = new Map<number, number[]>();
  sources.forEach((source, index) => {
    for (const { hash: h } of source.fingerprint.entries) {
      const list = holders.get(h);
      if (!list) holders.set(h, [index]);
      else if (list[list.length - 1] !== index) list.push(index);
    }
  });
  const match = (text: string): readonly ContentMatch[] => {
    const candidate = fingerprintOf(text);
    if (candidate.entries.length < 2) return nothing;
    const shared = new Map<number, number>();
    for (const entry of candidate.entries)
      for (const index of holders.get(entry.hash) ?? []) shared.set(index, (shared.get(index) ?? 0) + 1);
    const found: ContentMatch[] = [];
    for (const [index, count] of shared) {
      if (count < 2) continue;
      const { id, title, classification, fingerprint } = sources[index]!;
      const { verdict, score } = containment(fingerprint, candidate);
      if (verdict !== 'none') found.push({ id, title, classification, verdict, score });
    }
    return found.length ? found.sort((a, b) => b.score - a.score) : nothing;
  };
  return rememberedByHash(match);
}

/**
 * `answer`, remembered for the texts asked lately by their SHA-256 rather than the texts themselves (an attachment's
 * text may be long): two generations, the older dropped when the newer fills, so the cache stays small.
 */
function rememberedByHash<T>(answer: (text: string) => T): (text: string) => T {
  let recent = new Map<string, T>();
  let older = new Map<string, T>();
  return (text) => {
    const key = hash('sha256', text, 'base64');
    let found = recent.get(key);
    if (found !== undefined) return found;
    found = older.get(key) ?? answer(text);
    if (recent.size >= cacheGeneration) {
      older = recent;
      recent = new Map();
    }
    recent.set(key, found);
    return found;
  };
}

/**
 * The matcher over every document registered in the store, or undefined when there is none, so detection can tell
 * that `|fingerprint` has nothing to find and skip it.
 */
export async function contentMatcher(store: Store): Promise<ContentMatcher | undefined> {
  const documents = await registeredFingerprints(store);
  if (!documents.length) return undefined;
  return contentMatcherOf(
    documents.map(({ document, fingerprint }) => ({
      id: document.id,
      title: document.title,
      classification: document.classification,
      fingerprint,
    })),
  );
}
