import { describe, expect, it } from 'vitest';
import { planVariants } from '../canary/plan-variants.js';
import { specSheet, unrelatedNotice } from '../fixtures/index.js';
import { normalize } from '../normalize.js';
import { containment, fingerprintOf } from './fingerprint.js';

const reformatted = (text: string) =>
  text
    .replace(/\n/g, '\n\n  ')
    .replace(/ /g, '  ')
    .replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));

describe('fingerprints', () => {
  for (const language of ['en', 'zh'] as const) {
    const document = fingerprintOf(specSheet[language]);

    it(`${language}: find the whole document after reformatting (spacing, line breaks, full-width digits)`, () => {
      const found = containment(document, fingerprintOf(reformatted(specSheet[language])));
      expect(found.verdict).toBe('copy');
      expect(found.score).toBeGreaterThan(0.95);
    });

    it(`${language}: find a partial quote inside other text, and say where it is in the document`, () => {
      const quoteStart = Math.floor(specSheet[language].length / 2);
      const quote = specSheet[language].slice(quoteStart, quoteStart + 250);
      const post = `${unrelatedNotice[language].slice(0, 600)}\n> ${normalize(quote).text}\n${unrelatedNotice[language].slice(600, 1200)}`;
      const found = containment(document, fingerprintOf(post));
      expect(found.verdict).toBe('quotes');
      const longest = [...found.spans].sort((a, b) => b.fingerprints - a.fingerprints)[0]!;
      expect(longest.document[0]).toBeGreaterThanOrEqual(quoteStart - 20);
      expect(longest.document[1]).toBeLessThanOrEqual(quoteStart + 270);
      expect(post.slice(...longest.candidate)).toContain(normalize(quote).text.slice(60, 120));
    });

    it(`${language}: find every canary variant as the document (the trap's changes fold away)`, () => {
      const { variants } = planVariants(specSheet[language], language, ['a', 'b'], {
        seed: 'fp',
        invisibleMarks: true,
      });
      for (const variant of variants) {
        const found = containment(document, fingerprintOf(variant.text));
        expect(found.verdict).toBe('copy');
        expect(found.score).toBeGreaterThan(0.85);
      }
    });

    it(`${language}: find nothing in an unrelated notice from the same company`, () => {
      const found = containment(document, fingerprintOf(unrelatedNotice[language]));
      expect(found.verdict).toBe('none');
      expect(found.score).toBeLessThan(0.02);
    });
  }

  it('find an excerpt with a few words changed', () => {
    const document = fingerprintOf(specSheet.en);
    const excerpt = specSheet.en
      .slice(1200, 1700)
      .replace('powered by', 'running')
      .replace('sustained', 'long-term')
      .replace('In our lab tests, ', '');
    expect(containment(document, fingerprintOf(excerpt)).verdict).toBe('copy');
  });
});
