/** @module What attribution answers: who, how sure, and the positions in the leak that decide it. */
import type { SiteKind } from '../plan.js';
import type { ErrorModel } from './posterior.js';

/**
 * - `recipient`: one recipient's copy, named.
 * - `stitched`: the leak switches from one copy to another; both named (a part may be the original wording).
 * - `original`: the document in its base wording, which no recipient received (the author's own copy).
 * - `no-recipient`: the document, but in a wording that matches no recipient's copy.
 * - `undecided`: the document, but too few sites survive in the leak to tell the recipients apart.
 * - `not-from-document`: the text does not come from the document at all.
 */
export type AttributionVerdict =
  | 'recipient'
  | 'stitched'
  | 'original'
  | 'no-recipient'
  | 'undecided'
  | 'not-from-document';

export interface RankedRecipient {
  readonly recipient: string;
  readonly probability: number;
}

/** One site or invisible mark as read in the leak. */
export interface DecidingPosition {
  readonly layer: 'site' | 'mark';
  /** Index into the plan's sites, or its mark sites. */
  readonly index: number;
  readonly kind: SiteKind | 'zero-width' | 'homoglyph';
  /** Where it is in the leaked text, [start, end), and what the leak shows there. */
  readonly leakSpan: readonly [number, number];
  readonly leakText: string;
  /** The alternative (or mark symbol) the leak matches; null where editing made it unreadable. */
  readonly alternative: number | null;
  /** That alternative's text (for a mark, the character's code point). */
  readonly alternativeText: string | null;
  /** Recipients whose copy shows this alternative. */
  readonly pointsTo: readonly string[];
  /** True where the named recipient's copy and the runner-up's differ: the positions that decide. */
  readonly decisive: boolean;
}

/** The attribution of one stretch of the leak (the whole leak, or one side of a stitch). */
export interface SegmentAttribution {
  readonly leakSpan: readonly [number, number];
  readonly verdict: 'recipient' | 'original' | 'no-recipient' | 'undecided';
  readonly named: string | null;
  /** The five most likely recipients of this stretch. */
  readonly ranking: readonly RankedRecipient[];
}

/** How much of the leak could be used. */
export interface Coverage {
  /** Characters of the normalized leak, and how many match the document exactly. */
  readonly leakCharacters: number;
  readonly alignedCharacters: number;
  /** Places of the document the leak comes from: more than one for a leak cut and pasted together. */
  readonly passages: number;
  readonly sitesCovered: number;
  readonly sitesRead: number;
  readonly marksRead: number;
  /** The leak kept the document's full-width punctuation, so width sites were read. */
  readonly widthsKept: boolean;
  /** Invisible marks survived in the leak. */
  readonly marksPresent: boolean;
}

export interface Attribution {
  readonly verdict: AttributionVerdict;
  /** One sentence for the investigator: what was found and how sure it is. */
  readonly summary: string;
  /** Recipients named: none, one, or two for a stitched leak. */
  readonly named: readonly string[];
  /** Every recipient, most likely first, as a single-source leak. */
  readonly ranking: readonly RankedRecipient[];
  /** Probability that the leak is the unissued original, and that it is a copy of nobody in the plan. */
  readonly original: number;
  readonly noRecipient: number;
  /** Probability that the leak was stitched from two copies. */
  readonly stitched: number;
  readonly segments: readonly SegmentAttribution[];
  readonly positions: readonly DecidingPosition[];
  readonly coverage: Coverage;
}

export interface AttributeOptions {
  /** Posterior a recipient needs to be named (default 0.99). */
  readonly threshold?: number;
  readonly errorModel?: ErrorModel;
}
