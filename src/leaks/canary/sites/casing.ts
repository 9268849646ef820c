/** @module Capitals in English variants: a replacement starts a sentence with a capital, and only then. */

/** True when the text before `at` ends a sentence, a line, or a list bullet. */
export function atSentenceStart(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 4), at);
  return at === 0 || /(?:^|[.!?]\s|\n|\n[-•*]\s)$/.test(before) || /^\s*$/.test(text.slice(0, at));
}

/**
 * `replacement` cased for where `original` stood: capitalized at a sentence start or where the original's first word
 * was ("Main camera"), but not for an acronym ("OS updates" does not make "System updates").
 */
export function casedLike(text: string, at: number, original: string, replacement: string): string {
  const capitalize = atSentenceStart(text, at) || /^\p{Lu}\p{Ll}/u.test(original);
  return capitalize ? capitalized(replacement) : replacement;
}

export function capitalized(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
