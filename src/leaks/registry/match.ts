/** @module Which registered documents a text contains: a blog post, a forum thread, a mail body, a screenshot's text. */
import type { LeakDocument, Store } from '../../store/index.js';
import {
  type Containment,
  containment,
  type Fingerprint,
  fingerprintOf,
} from '../fingerprint/fingerprint.js';

/** A registered document found in a text, and how much of the text comes from it. */
export interface DocumentMatch extends Omit<Containment, 'verdict'> {
  readonly document: LeakDocument;
  /** `copy`: most of the text is the document; `quotes`: it quotes a sentence or more of it. */
  readonly verdict: 'copy' | 'quotes';
}

/** A document's text never changes under its id: its fingerprint is computed once per store. */
const fingerprints = new WeakMap<Store, Map<string, Fingerprint>>();

async function fingerprintOfDocument(store: Store, id: string): Promise<Fingerprint | undefined> {
  let cache = fingerprints.get(store);
  if (!cache) {
    cache = new Map();
    fingerprints.set(store, cache);
  }
  const known = cache.get(id);
  if (known) return known;
  const text = await store.leakDocumentText(id);
  if (text === undefined) return undefined;
  const fingerprint = fingerprintOf(text);
  cache.set(id, fingerprint);
  return fingerprint;
}

/**
 * The registered documents `text` contains, the largest share of it first; none for a text that only shares a
 * phrase or two with them.
 * @example (await matchText(store, blogPost))[0]?.document.id // 'D-1A2B3C4D'
 */
export async function matchText(store: Store, text: string): Promise<DocumentMatch[]> {
  const candidate = fingerprintOf(text);
  const matches: DocumentMatch[] = [];
  for (const document of await store.leakDocuments()) {
    const fingerprint = await fingerprintOfDocument(store, document.id);
    if (!fingerprint) continue;
    const found = containment(fingerprint, candidate);
    if (found.verdict === 'none') continue;
    matches.push({ ...found, verdict: found.verdict, document });
  }
  return matches.sort((a, b) => b.score - a.score || b.matched - a.matched);
}
