import { describe, expect, it } from 'vitest';
import { Matcher } from './matcher.js';

function matches(patterns: string[], text: string): string[] {
  const found: string[] = [];
  new Matcher(patterns).scan(text, (start, end, pattern) =>
    found.push(`${text.slice(start, end)}=${pattern}`),
  );
  return found;
}

/** The same rules, spelled out slowly: at each start allowed by the left boundary, the longest fitting pattern. */
function reference(patterns: string[], text: string): string[] {
  const isWord = (ch: string | undefined) =>
    ch !== undefined && /[\p{L}\p{N}\p{M}]/u.test(ch) && !/\p{Script=Han}/u.test(ch);
  const found: string[] = [];
  const lower = text.toLowerCase();
  for (let i = 0; i < text.length; ) {
    let best = -1;
    if (!(isWord(text[i]) && isWord(text[i - 1]))) {
      patterns.forEach((p, index) => {
        const end = i + p.length;
        if (p.length === 0 || !lower.startsWith(p.toLowerCase(), i)) return;
        if (isWord(p[p.length - 1]) && isWord(text[end])) return;
        if (best < 0 || p.length > patterns[best]!.length) best = index;
      });
    }
    if (best < 0) i++;
    else {
      found.push(`${text.slice(i, i + patterns[best]!.length)}=${best}`);
      i += patterns[best]!.length;
    }
  }
  return found;
}

describe('Matcher', () => {
  it('takes the leftmost match, then the longest that ends at a word edge', () => {
    expect(matches(['ab', 'abcd'], 'ab abcd abcde')).toEqual(['ab=0', 'abcd=1']);
    expect(matches(['a.b', 'b.c.d'], 'a.b.c.d')).toEqual(['a.b=0']);
    expect(matches(['a.b', 'a.b.c'], 'a.b.cx')).toEqual(['a.b=0']);
    expect(matches(['周晨', '周晨光'], '周晨光和周晨')).toEqual(['周晨光=1', '周晨=0']);
  });

  it('lets a Han pattern start and end anywhere, and a Latin one only at word edges', () => {
    expect(matches(['周晨', 'ab'], '我周晨们 xab aby ab-ab')).toEqual(['周晨=0', 'ab=1', 'ab=1']);
  });

  it('folds case beyond ASCII, and keeps offsets for characters outside the BMP', () => {
    expect(matches(['Zhōu'], 'ZHŌU zhōu')).toEqual(['ZHŌU=0', 'zhōu=0']);
    expect(matches(['𠮷野', 'ab'], '𠮷野家ab')).toEqual(['𠮷野=0', 'ab=1']);
  });

  it('keeps the first of patterns equal without case, and ignores empty ones', () => {
    expect(matches(['', 'Ab', 'aB'], 'ab AB')).toEqual(['ab=1', 'AB=1']);
  });

  it('agrees with the slow reference on random patterns and texts', () => {
    let seed = 42;
    const random = (n: number) => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      return seed % n;
    };
    const alphabet = ['a', 'B', 'b', '1', ' ', '.', '周', '晨', '-'];
    const word = (max: number) =>
      Array.from({ length: 1 + random(max) }, () => alphabet[random(alphabet.length)]).join('');
    for (let round = 0; round < 300; round++) {
      const patterns = [
        ...new Set(Array.from({ length: 1 + random(8) }, () => word(4)).map((p) => p.toLowerCase())),
      ];
      const text = word(40);
      expect(matches(patterns, text), `${JSON.stringify(patterns)} in ${JSON.stringify(text)}`).toEqual(
        reference(patterns, text),
      );
    }
  });
});
