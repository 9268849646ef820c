import { describe, expect, it } from 'vitest';
import { fingerprintOf } from '../fingerprint/fingerprint.js';
import { specSheet, unrelatedNotice } from '../fixtures/index.js';
import { retypedExcerpt as excerpt } from '../fixtures/retyped.js';
import { contentMatcherOf } from './content-matcher.js';

const matcher = contentMatcherOf([
  { id: 'D-00000E01', title: 'K80 spec', classification: 'secret', fingerprint: fingerprintOf(specSheet.en) },
  {
    id: 'D-00000C01',
    title: 'K80 规格',
    classification: 'confidential',
    fingerprint: fingerprintOf(specSheet.zh),
  },
  {
    id: 'D-00000A01',
    title: 'Canteen',
    classification: 'internal',
    fingerprint: fingerprintOf(unrelatedNotice.en),
  },
]);

describe('the content matcher', () => {
  it('finds a retyped excerpt inside a mail, naming the document and its classification', () => {
    const mail = `Hi Xiaochuan, as promised, the real numbers: ${excerpt.en} Cheers, Zhou`;
    expect(matcher(mail)).toEqual([
      expect.objectContaining({
        id: 'D-00000E01',
        title: 'K80 spec',
        classification: 'secret',
        verdict: 'copy',
      }),
    ]);
    expect(matcher(`晚上好，给你透露一下：${excerpt.zh} 别外传。`)).toEqual([
      expect.objectContaining({ id: 'D-00000C01', classification: 'confidential' }),
    ]);
  });

  it('says "quotes" for a passage quoted in a longer text of its own', () => {
    const post = `${unrelatedNotice.zh.slice(0, 600)}\n${excerpt.zh}\n${unrelatedNotice.zh.slice(600, 1200)}`;
    const [found, ...others] = matcher(post).filter((m) => m.id === 'D-00000C01');
    expect(found?.verdict).toBe('quotes');
    expect(others).toEqual([]);
  });

  it('finds nothing in a text that shares only a phrase, nor in another notice', () => {
    expect(
      matcher('The K80 Ultra uses the Snapdragon 8 Elite platform and has a 6,000 mAh battery.'),
    ).toEqual([]);
    expect(matcher(unrelatedNotice.zh)).toEqual([]);
    expect(matcher('')).toEqual([]);
  });

  it('answers a text it saw long ago as it did then, once the remembered texts have turned over', () => {
    const mail = `FYI: ${excerpt.en}`;
    const first = matcher(mail);
    for (let i = 0; i < 20_000; i++) matcher(`status update number ${i} from the night shift`);
    expect(matcher(mail)).toEqual(first);
    expect(first).toHaveLength(1);
  });
});
