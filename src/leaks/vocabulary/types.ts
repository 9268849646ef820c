/** @module The shape of a curated wording table: groups of phrases that say the same thing in a spec sheet. */

/** Phrases interchangeable wherever the guards allow; the canary trap swaps them, fingerprints fold them together. */
export interface WordingGroup {
  /** The phrases, each found in a text and offered as an alternative; the first is the canonical form. */
  readonly terms: readonly string[];
  /** Offered as alternatives but never looked for in a text, because elsewhere they mean something else. */
  readonly alsoWritten?: readonly string[];
  /** The text right after the phrase must match (e.g. a number after "approximately"). */
  readonly followedBy?: RegExp;
  /** The text right after the phrase must not match. */
  readonly notFollowedBy?: RegExp;
  /** The text right before the phrase must not match. */
  readonly notPrecededBy?: RegExp;
}
