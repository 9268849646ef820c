import { describe, expect, it } from 'vitest';
import { canonicalJson } from './canonical.js';

describe('canonicalJson', () => {
  it('writes the same text whatever order the keys were set in', () => {
    const text = '{"a":2,"b":{"x":[3,{"p":1,"q":2}],"y":null}}';
    expect(canonicalJson({ a: 2, b: { x: [3, { p: 1, q: 2 }], y: null } })).toBe(text);
    expect(canonicalJson({ b: { y: null, x: [3, { q: 2, p: 1 }] }, a: 2 })).toBe(text);
  });

  it('keeps arrays in their order and writes no whitespace', () => {
    expect(canonicalJson([3, 1, 2, 'b', 'a', [], {}])).toBe('[3,1,2,"b","a",[],{}]');
    expect(canonicalJson({ 'a b': ' x ' })).toBe('{"a b":" x "}');
  });

  it('matches the RFC 8785 §3.2.3 sample byte for byte', () => {
    const input = String.raw`{"numbers": [333333333.33333329, 1E30, 4.50, 2e-3, 0.000000000000000000000000001],
      "string": "\u20ac$\u000F\u000aA'\u0042\u0022\u005c\\\"\/", "literals": [null, true, false]}`;
    expect(canonicalJson(JSON.parse(input))).toBe(
      String.raw`{"literals":[null,true,false],"numbers":[333333333.3333333,1e+30,4.5,0.002,1e-27],"string":"€$\u000f\nA'B\"\\\\\"/"}`,
    );
  });

  it('sorts keys by UTF-16 code unit as RFC 8785 §3.2.3 does, not by code point or JS property order', () => {
    const input = {
      '\u20ac': 'Euro Sign',
      '\r': 'Carriage Return',
      '\ufb33': 'Hebrew Letter Dalet With Dagesh',
      '1': 'One',
      '\u{1f600}': 'Emoji: Grinning Face',
      '\u0080': 'Control',
      '\u00f6': 'Latin Small Letter O With Diaeresis',
    };
    expect(canonicalJson(input)).toBe(
      '{"\\r":"Carriage Return","1":"One","\u0080":"Control","ö":"Latin Small Letter O With Diaeresis",' +
        '"€":"Euro Sign","\u{1f600}":"Emoji: Grinning Face","\ufb33":"Hebrew Letter Dalet With Dagesh"}',
    );
  });

  it('writes -0 as 0 and leaves out properties whose value is undefined', () => {
    expect(canonicalJson({ a: -0, b: undefined, c: [1.5e-7, 1e21] })).toBe('{"a":0,"c":[1.5e-7,1e+21]}');
  });

  it('takes objects without a prototype, and one object reached twice that is not a cycle', () => {
    const shared = { z: 1 };
    const bare = Object.assign(Object.create(null), { b: shared, a: shared });
    expect(canonicalJson(bare)).toBe('{"a":{"z":1},"b":{"z":1}}');
  });

  const cyclic: Record<string, unknown> = { a: 1 };
  cyclic.self = { again: cyclic };
  class Entry {
    id = 1;
  }

  it.each([
    ['undefined in an array', { list: [1, undefined] }, '$.list[1] is undefined'],
    ['a hole in an array', { list: new Array(2) }, '$.list[0] is undefined'],
    ['undefined on its own', undefined, '$ is undefined'],
    ['NaN', { n: Number.NaN }, '$.n is NaN'],
    ['Infinity', [Number.POSITIVE_INFINITY], '$[0] is Infinity'],
    ['-Infinity', { 'odd key': Number.NEGATIVE_INFINITY }, '$["odd key"] is -Infinity'],
    ['a bigint', { n: 1n }, '$.n is a bigint'],
    ['a function', { f: () => 1 }, '$.f is a function'],
    ['a symbol', { s: Symbol('s') }, '$.s is a symbol'],
    ['a Date', { when: new Date(0) }, '$.when is not a plain object (Date)'],
    ['a Map', { m: new Map() }, '$.m is not a plain object (Map)'],
    ['a class instance', [new Entry()], '$[0] is not a plain object (Entry)'],
    ['a lone surrogate in a string', { s: 'a\ud800b' }, '$.s holds a lone UTF-16 surrogate'],
    ['a lone surrogate in a key', { 'k\udc00': 1 }, 'holds a lone UTF-16 surrogate'],
    ['a cycle', cyclic, '$.self.again contains itself'],
  ])('refuses %s, naming where it is', (_what, value, message) => {
    expect(() => canonicalJson(value)).toThrow(TypeError);
    expect(() => canonicalJson(value)).toThrow(message);
  });
});
