/** @module Which registered documents a text contains: a blog post, a forum thread, a mail body, a screenshot's text. */
import type { LeakDocument, Store } from '../../store/index.js';
import { type Containment, containment, fingerprintOf } from '../fingerprint/fingerprint.js';
import { registeredFingerprints } from './fingerprints.js';

/** A registered document found in a text, and how much of the text comes from it. */
export interface DocumentMatch extends Omit<Containment, 'verdict'> {
  readonly document: LeakDocument;
  /** `copy`: most of the text is the document; `quotes`: it quotes a sentence or more of it. */
  readonly verdict: 'copy' | 'quotes';
}

/**
 * The registered documents `text` contains, the largest share of it first; none for a text that only shares a
 * phrase or two with them.
 * @example (await matchText(store, blogPost))[0]?.document.id // 'D-1A2B3C4D'
 */
export async function matchText(store: Store, text: string): Promise<DocumentMatch[]> {
  const candidate = fingerprintOf(text);
  const matches: DocumentMatch[] = [];
  for (const { document, fingerprint } of await registeredFingerprints(store)) {
    const found = containment(fingerprint, candidate);
    if (found.verdict === 'none') continue;
    matches.push({ ...found, verdict: found.verdict, document });
  }
  return matches.sort((a, b) => b.score - a.score || b.matched - a.matched);
}
