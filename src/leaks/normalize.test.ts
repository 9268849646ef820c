import { describe, expect, it } from 'vitest';
import { specSheet } from './fixtures/index.js';
import { normalize, originalSpan, withoutInvisibleMarks } from './normalize.js';

describe('normalize', () => {
  it('folds what retyping changes: widths, invisibles, lookalikes, spacing, Latin case', () => {
    expect(normalize('Ｋ８０ Ultra\u200b  Dіsplay\n\n(Сyrillic)').text).toBe('k80 ultra display (cyrillic)');
    expect(normalize('６.８２″ and “quotes” ‘here’').text).toBe('6.82" and "quotes" \'here\'');
    expect(normalize('支持，采用：屏幕（约）').text).toBe('支持,采用:屏幕(约)');
  });

  it('keeps the punctuation a typist chooses on purpose: en dashes, ×, °', () => {
    expect(normalize('1–100% at 3168 × 1440, 122°').text).toBe('1–100% at 3168 × 1440, 122°');
  });

  it('drops spaces next to CJK characters, where editors add and remove them at will', () => {
    expect(normalize('搭载 6.82 英寸 LTPO 屏幕 ， 支持\n120Hz').text).toBe('搭载6.82英寸ltpo屏幕,支持120hz');
  });

  it('maps every normalized span back to the original text', () => {
    const original = 'The Ｄisplay\u200b measures  6.82″.';
    const n = normalize(original);
    const at = n.text.indexOf('display');
    const [start, end] = originalSpan(n, at, at + 'display'.length);
    expect(original.slice(start, end)).toBe('Ｄisplay');
    const inch = n.text.indexOf('"');
    expect(original.slice(...originalSpan(n, inch, inch + 1))).toBe('″');
  });

  it('is idempotent, so a retyped leak normalizes like the document', () => {
    for (const text of Object.values(specSheet)) {
      const once = normalize(text).text;
      expect(normalize(once).text).toBe(once);
    }
  });
});

describe('withoutInvisibleMarks', () => {
  it('drops zero-width characters and turns lookalike letters back to Latin, changing nothing else', () => {
    const marked = 'K80\u200b Ultr\u0430：售价\u2060 3,999 元，Ｏ';
    expect(withoutInvisibleMarks(marked)).toBe('K80 Ultra：售价 3,999 元，Ｏ');
    expect(withoutInvisibleMarks(specSheet.zh)).toBe(specSheet.zh);
  });
});
