/** @module Tests for the demo's name tables, name drawing and mail address local parts. */
import { describe, expect, it } from 'vitest';
import { emailLocalPart, englishNames, givenNames, makeName, surnames } from './names.js';

/** A random function that returns the given draws in turn. */
function sequence(...draws: number[]): () => number {
  let i = 0;
  return () => {
    const draw = draws[i++];
    if (draw === undefined) throw new Error('sequence exhausted');
    return draw;
  };
}

describe('name tables', () => {
  it('are large enough', () => {
    expect(surnames.length).toBeGreaterThanOrEqual(60);
    expect(givenNames.length).toBeGreaterThanOrEqual(150);
    expect(englishNames.length).toBeGreaterThanOrEqual(80);
  });

  it('has no duplicate entries', () => {
    for (const list of [surnames.map((s) => s.zh), givenNames.map((g) => g.zh), englishNames]) {
      const duplicates = list.filter((entry, i) => list.indexOf(entry) !== i);
      expect(duplicates).toEqual([]);
    }
  });

  it('writes pinyin as one capitalised ASCII word', () => {
    for (const { zh, pinyin } of [...surnames, ...givenNames]) {
      expect(pinyin, zh).toMatch(/^[A-Z][a-z]+$/);
    }
    for (const name of englishNames) expect(name).toMatch(/^[A-Z][a-z]+$/);
  });

  it('uses Chinese characters only, one or two per given name', () => {
    for (const { zh } of surnames) expect(zh).toMatch(/^\p{Script=Han}{1,2}$/u);
    for (const { zh } of givenNames) expect(zh).toMatch(/^\p{Script=Han}{1,2}$/u);
  });

  it('starts with the most common surnames', () => {
    expect(surnames.slice(0, 5).map((s) => s.zh)).toEqual(['王', '李', '张', '刘', '陈']);
    expect(surnames).toContainEqual({ zh: '欧阳', pinyin: 'Ouyang' });
  });
});

describe('makeName', () => {
  it('takes the first entries for draws of zero', () => {
    expect(makeName(sequence(0, 0, 0))).toEqual({ zh: '王伟', pinyin: 'Wang Wei', en: 'Kevin Wang' });
  });

  it('squares the surname draw and uses the other two draws as they are', () => {
    const name = makeName(sequence(0.5, 0.99999, 0.99999));
    const surname = surnames[Math.floor(surnames.length * 0.25)]!;
    const given = givenNames.at(-1)!;
    expect(name).toEqual({
      zh: surname.zh + given.zh,
      pinyin: `${surname.pinyin} ${given.pinyin}`,
      en: `${englishNames.at(-1)} ${surname.pinyin}`,
    });
  });

  it('uses exactly three draws', () => {
    const random = sequence(0.3, 0.6, 0.9);
    makeName(random);
    expect(() => random()).toThrow('sequence exhausted');
  });

  it('gives consistent forms for many draws', () => {
    let seed = 1;
    const random = () => {
      seed = (seed * 48271) % 2147483647;
      return seed / 2147483647;
    };
    for (let i = 0; i < 500; i++) {
      const name = makeName(random);
      expect(name.pinyin).toMatch(/^[A-Z][a-z]+ [A-Z][a-z]+$/);
      expect(name.en.split(' ')[1]).toBe(name.pinyin.split(' ')[0]);
      expect(name.zh).toMatch(/^\p{Script=Han}{2,4}$/u);
    }
  });
});

describe('emailLocalPart', () => {
  it('is given name, dot, surname in lower case', () => {
    expect(emailLocalPart({ zh: '周晨', pinyin: 'Zhou Chen', en: 'Kevin Zhou' })).toBe('chen.zhou');
    expect(emailLocalPart({ zh: '欧阳子涵', pinyin: 'Ouyang Zihan', en: 'Grace Ouyang' })).toBe(
      'zihan.ouyang',
    );
  });

  it('is plain ASCII for every drawn name', () => {
    let draw = 0;
    const random = () => (draw = (draw + 0.6180339887) % 1);
    for (let i = 0; i < 300; i++) expect(emailLocalPart(makeName(random))).toMatch(/^[a-z]+\.[a-z]+$/);
  });
});
