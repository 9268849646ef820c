/**
 * @module The shapes the leak registry's API answers with (`/api/leaks/…`), imported from the server's own model
 * (types only, plus the classification names). Every person in them is a string: the ref this viewer may see, a
 * pseudonym until they have unmasked the person.
 */
import type { Attribution } from '../../../src/leaks/attribution/types';
import type { MatchedSpan } from '../../../src/leaks/fingerprint/fingerprint';
import type { LeakDistribution, LeakDocument } from '../../../src/store/leak-records';

export type {
  Attribution,
  AttributionVerdict,
  DecidingPosition,
  RankedRecipient,
  SegmentAttribution,
} from '../../../src/leaks/attribution/types';
export type { MatchedSpan } from '../../../src/leaks/fingerprint/fingerprint';
export {
  type LeakClassification,
  type LeakDistribution,
  type LeakDocument,
  leakClassifications,
} from '../../../src/store/leak-records';

/** `GET /api/leaks/documents`: a document and, once distributed, who received a copy. */
export interface DocumentEntry {
  document: LeakDocument;
  distribution: LeakDistribution | null;
}

/** `GET /api/leaks/documents/{id}`: whether this viewer may read the original and the copies is the server's say. */
export interface DocumentDetail extends DocumentEntry {
  canReadCopies: boolean;
}

/** `POST /api/leaks/documents`: the new document, and any registered earlier from the very same file. */
export interface RegisteredDocument {
  document: LeakDocument;
  sameFile: LeakDocument[];
}

/** A registered document found in a text; `spans` index the text as it was sent. */
export interface DocumentMatch {
  document: LeakDocument;
  verdict: 'copy' | 'quotes';
  score: number;
  matched: number;
  total: number;
  spans: MatchedSpan[];
}

/** `POST /api/leaks/attribute`: positions and segments index the text as it was sent. */
export type TextAttribution =
  | { kind: 'attributed'; document: LeakDocument; attribution: Attribution; match?: DocumentMatch }
  | { kind: 'undistributed'; matches: DocumentMatch[] }
  | { kind: 'unregistered' };
