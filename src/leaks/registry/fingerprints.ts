/** @module Every registered document with its fingerprint, computed once per store: the one cache matching reads. */
import type { LeakDocument, Store } from '../../store/index.js';
import { type Fingerprint, fingerprintOf } from '../fingerprint/fingerprint.js';

/** A registered document and the fingerprint of its text. */
export interface FingerprintedDocument {
  readonly document: LeakDocument;
  readonly fingerprint: Fingerprint;
}

/** A document's text never changes under its id, so its fingerprint is kept for as long as the store is open. */
const fingerprints = new WeakMap<Store, Map<string, Fingerprint>>();

/** The store's registered documents, each with its fingerprint, in the store's order. */
export async function registeredFingerprints(store: Store): Promise<FingerprintedDocument[]> {
  let cache = fingerprints.get(store);
  if (!cache) {
    cache = new Map();
    fingerprints.set(store, cache);
  }
  const found: FingerprintedDocument[] = [];
  for (const document of await store.leakDocuments()) {
    let fingerprint = cache.get(document.id);
    if (!fingerprint) {
      const text = await store.leakDocumentText(document.id);
      if (text === undefined) continue;
      fingerprint = fingerprintOf(text);
      cache.set(document.id, fingerprint);
    }
    found.push({ document, fingerprint });
  }
  return found;
}
