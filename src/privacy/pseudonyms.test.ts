import { describe, expect, it } from 'vitest';
import { assignPseudonyms, pseudonymFromDigest, pseudonymOf } from './pseudonyms.js';

const key = Buffer.alloc(32, 1);
const otherKey = Buffer.alloc(32, 2);

describe('pseudonymOf', () => {
  it('is P- and 8 Crockford base32 characters, without I, L, O or U', () => {
    for (let n = 0; n < 500; n++) expect(pseudonymOf(key, `LM${n}`)).toMatch(/^P-[0-9A-HJKMNP-TV-Z]{8}$/);
  });

  it('is stable for one key and differs under another', () => {
    expect(pseudonymOf(key, 'LM10024')).toBe(pseudonymOf(Buffer.from(key), 'LM10024'));
    expect(pseudonymOf(otherKey, 'LM10024')).not.toBe(pseudonymOf(key, 'LM10024'));
    expect(pseudonymOf(key, 'LM10025')).not.toBe(pseudonymOf(key, 'LM10024'));
  });

  it('encodes digests as Crockford base32, most significant bit first', () => {
    // RFC 4648 base32 of "foobar" is MZXW6YTBOI; the same 5-bit values in Crockford's alphabet read CSQPYRK1E8.
    expect(pseudonymFromDigest(Buffer.from('foobar'), 8)).toBe('P-CSQPYRK1');
    expect(pseudonymFromDigest(Buffer.from('foobar'), 9)).toBe('P-CSQPYRK1E');
    expect(pseudonymFromDigest(Buffer.alloc(5, 0xff), 8)).toBe('P-ZZZZZZZZ');
    expect(() => pseudonymFromDigest(Buffer.alloc(5), 9)).toThrow(RangeError);
  });
});

describe('assignPseudonyms', () => {
  const digestOf = (bytes: Record<string, number[]>) => (id: string) => Uint8Array.from(bytes[id]!);

  it('lengthens only the colliding ids, 2 characters at a time until they differ', () => {
    const pad = (head: number[]) => [...head, ...Array(32 - head.length).fill(0)];
    const digest = digestOf({
      a: pad([1, 2, 3, 4, 5, 0]),
      b: pad([1, 2, 3, 4, 5, 0xff]),
      c: pad([9, 9, 9, 9, 9, 0]),
      d: pad([9, 9, 9, 9, 9, 0, 0, 1]),
    });
    const pseudonyms = assignPseudonyms(['a', 'b', 'c', 'd', 'a'], digest);
    expect(pseudonyms.size).toBe(4);
    expect(pseudonyms.get('a')).toHaveLength(12);
    expect(pseudonyms.get('b')).toHaveLength(12);
    // c and d agree on their first 63 bits: 10 and 12 characters still collide, 14 tell them apart.
    expect(pseudonyms.get('c')).toHaveLength(16);
    expect(pseudonyms.get('d')).toHaveLength(16);
    expect(new Set(pseudonyms.values()).size).toBe(4);
  });

  it('refuses two ids with the same digest', () => {
    expect(() => assignPseudonyms(['a', 'b'], () => new Uint8Array(32))).toThrow(RangeError);
  });
});
