import { describe, expect, it } from 'vitest';
import { specSheet } from '../fixtures/index.js';
import { normalize } from '../normalize.js';
import { planVariants } from './plan-variants.js';

const recipients = Array.from({ length: 20 }, (_, i) => `emp-${i + 1}`);
const plans = {
  en: planVariants(specSheet.en, 'en', recipients, { seed: 'canary-test', invisibleMarks: true }),
  zh: planVariants(specSheet.zh, 'zh', recipients, { seed: 'canary-test', invisibleMarks: true }),
};
const visible = (text: string) => text.replace(/\p{Default_Ignorable_Code_Point}/gu, '');

describe('planVariants', () => {
  for (const language of ['en', 'zh'] as const) {
    const { plan, variants } = plans[language];

    it(`${language}: gives every recipient a different copy, far apart in codeword`, () => {
      expect(new Set(variants.map((v) => normalize(v.text).text)).size).toBe(recipients.length);
      for (let a = 0; a < variants.length; a++) {
        for (let b = a + 1; b < variants.length; b++) {
          const differ = plan.sites.filter(
            (_, s) => variants[a]!.codeword[s] !== variants[b]!.codeword[s],
          ).length;
          expect(differ).toBeGreaterThan(plan.sites.length / 4);
        }
      }
    });

    it(`${language}: spreads a readable site every 10 to 25 characters`, () => {
      const readable = plan.sites.filter((s) => s.kind !== 'width').length;
      expect(plan.base.length / readable).toBeGreaterThan(10);
      expect(plan.base.length / readable).toBeLessThan(25);
    });

    it(`${language}: changes the text only at its sites, each alternative in its place`, () => {
      for (const site of plan.sites) expect(plan.base.slice(site.start, site.end)).toBe(site.alternatives[0]);
      for (let s = 1; s < plan.sites.length; s++)
        expect(plan.sites[s]!.start).toBeGreaterThan(plan.sites[s - 1]!.end);
    });

    it(`${language}: is deterministic for a seed and differs for another`, () => {
      const again = planVariants(specSheet[language], language, recipients, {
        seed: 'canary-test',
        invisibleMarks: true,
      });
      expect(again.plan).toEqual(plan);
      const other = planVariants(specSheet[language], language, recipients, { seed: 'another seed' });
      expect(other.plan.codewords).not.toEqual(plan.codewords);
    });

    it(`${language}: hides the marks: they vanish on normalization and change nothing visible`, () => {
      const plain = planVariants(specSheet[language], language, recipients, { seed: 'canary-test' });
      expect(plain.plan.codewords).toEqual(plan.codewords);
      for (const [r, variant] of variants.entries()) {
        expect(variant.text).toMatch(/\u200b|\u200c|\u200d|\u2060/);
        expect(normalize(variant.text).text).toBe(normalize(plain.variants[r]!.text).text);
      }
    });
  }

  it('en: reads naturally: no doubled spaces or stray commas, capitals after a full stop, a/an agreeing', () => {
    for (const variant of plans.en.variants) {
      const text = visible(variant.text);
      expect(text).not.toMatch(/ {2}| [,;.:](?!\d)|,,|;;|\.\./);
      for (const m of text.matchAll(/(\S+)\. [a-z]/g)) expect(m[1]).toMatch(/\.|^(?:Jan|Feb|Oct|Nov|Dec)$/);
      expect(text).not.toMatch(/\ba [aeio]/i);
      expect(text).not.toMatch(/\ban [bcdfgjkpqtvwyz]/i);
      expect(text).not.toMatch(/;[^\n.]*;[^\n.]*;/);
    }
  });

  it('zh: reads naturally: a site never glues a numeral to a unit or a digit', () => {
    for (const variant of plans.zh.variants) {
      const text = visible(variant.text);
      expect(text).not.toMatch(/[A-Za-z]\d[种年个台]/);
      expect(text).not.toMatch(/提以及|起价格|不可支持|当晚晚上/);
    }
  });

  it('refuses a recipient list it cannot serve, saying what to do', () => {
    const plan =
      (list: string[], text = specSheet.en) =>
      () =>
        planVariants(text, 'en', list, { seed: 's' });
    expect(plan([])).toThrow(/name at least one person/);
    expect(plan(['a', 'b', 'a'])).toThrow(/listed twice/);
    expect(plan(['a', 'b'], 'The phone has a screen.')).toThrow(/Distribute a longer document/);
  });
});
