/**
 * @module The variant plan: what the canary trap changed in a document and how each recipient's copy reads. It is
 * plain JSON, stored with the document; attribution needs nothing else.
 */
import type { Language } from './vocabulary/index.js';

export type { Language } from './vocabulary/index.js';

/**
 * What kind of change a site is. `width` sites differ only in full- or half-width punctuation, which retyping and
 * normalization erase: they are read only from a leak that kept the document's own punctuation widths.
 */
export type SiteKind = 'wording' | 'number' | 'punctuation' | 'order' | 'width';

/** One place in the base text that can be written in several ways that mean the same. */
export interface ChangeSite {
  /** Offsets in the base text, [start, end). */
  readonly start: number;
  readonly end: number;
  readonly kind: SiteKind;
  /** The ways to write it; the first is the base text's own, `base.slice(start, end)`. */
  readonly alternatives: readonly string[];
}

/** Where an invisible mark goes: a zero-width character before `at`, or a lookalike letter in place of `at`. */
export interface MarkSite {
  /** Offset in the base text. */
  readonly at: number;
  readonly kind: 'zero-width' | 'homoglyph';
}

/** The plan of a distribution: sites, alternatives, and each recipient's choices. */
export interface VariantPlan {
  readonly version: 1;
  readonly language: Language;
  /** The document as registered; the base of every variant. */
  readonly base: string;
  /** The seed the codewords (and marks) were drawn with. */
  readonly seed: string;
  readonly sites: readonly ChangeSite[];
  /** Recipient identifiers, in the order given to `planVariants`. */
  readonly recipients: readonly string[];
  /** `codewords[r][s]`: which alternative of site `s` recipient `r`'s copy uses. */
  readonly codewords: readonly (readonly number[])[];
  /** The invisible marks, recorded apart from the visible changes; absent when none were asked for. */
  readonly marks?: {
    readonly sites: readonly MarkSite[];
    /** `codes[r][m]`: the symbol recipient `r`'s copy carries at mark site `m`. */
    readonly codes: readonly (readonly number[])[];
  };
}

/** One recipient's copy. */
export interface Variant {
  readonly recipient: string;
  readonly text: string;
  readonly codeword: readonly number[];
  /** The invisible-mark symbols of this copy, when the plan has marks. */
  readonly marks?: readonly number[];
}
