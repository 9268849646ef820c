/**
 * @module How a site's alternatives look once normalized, in their place in the text. Planning uses it to drop
 * alternatives that would change the text around them or that normalization cannot tell apart; attribution uses it
 * to build the template a leak is aligned to.
 */
import { normalize } from './normalize.js';

/** Characters of context on each side: enough for whitespace and NFKC decisions, which look one character away. */
const context = 8;

/** One alternative, normalized in place, or `undefined` when normalizing it would also change its surroundings. */
export function normalizedInPlace(
  base: string,
  start: number,
  end: number,
  alternative: string,
): string | undefined {
  const left = base.slice(Math.max(0, start - context), start);
  const right = base.slice(end, end + context);
  const withBase = split(left, base.slice(start, end), right);
  const withAlternative = split(left, alternative, right);
  if (withBase.left !== withAlternative.left || withBase.right !== withAlternative.right) return undefined;
  return withAlternative.middle;
}

function split(left: string, middle: string, right: string) {
  const n = normalize(left + middle + right);
  const parts = { left: '', middle: '', right: '' };
  for (let i = 0; i < n.text.length; i++) {
    const origin = n.starts[i]!;
    const part = origin < left.length ? 'left' : origin < left.length + middle.length ? 'middle' : 'right';
    parts[part] += n.text[i];
  }
  return parts;
}
