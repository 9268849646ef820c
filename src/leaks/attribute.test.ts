import { describe, expect, it } from 'vitest';
import { attribute } from './attribute.js';
import { planVariants } from './canary/plan-variants.js';
import { seededRandom } from './canary/random.js';
import { specSheet, unrelatedNotice } from './fixtures/index.js';
import { latinFor } from './homoglyphs.js';
import { normalize } from './normalize.js';

const recipients = Array.from({ length: 50 }, (_, i) => `emp-${String(i + 1).padStart(3, '0')}`);
const distributions = {
  en: planVariants(specSheet.en, 'en', recipients, { seed: 'attribute-test', invisibleMarks: true }),
  zh: planVariants(specSheet.zh, 'zh', recipients, { seed: 'attribute-test', invisibleMarks: true }),
};
/** What a retyped copy keeps: no invisible marks, no full-width forms. */
const retyped = (text: string) => normalize(text).text;
const excerpt = (text: string, start: number, length: number) => text.slice(start, start + length);
/** A copy with its invisible marks taken out (zero-width characters dropped, lookalikes back to Latin). */
const unmarked = (text: string) =>
  [...text.replace(/\p{Default_Ignorable_Code_Point}/gu, '')].map((ch) => latinFor.get(ch) ?? ch).join('');

describe('attribute', () => {
  for (const language of ['en', 'zh'] as const) {
    const { plan, variants } = distributions[language];
    const length = plan.base.length;

    it(`${language}: ranks recipient k first for a 300-character retyped excerpt of k's copy, and names k`, () => {
      let named = 0;
      for (const k of [0, 9, 17, 25, 33, 41, 49]) {
        const leak = retyped(excerpt(variants[k]!.text, (k * 613) % (length - 300), 300));
        const result = attribute(plan, leak);
        expect(result.ranking[0]!.recipient).toBe(recipients[k]);
        // Naming needs a posterior of 0.99; where the excerpt falls short of it, nobody is named, never someone else.
        expect([[], [recipients[k]]]).toContainEqual(result.named);
        if (result.verdict === 'recipient') named++;
      }
      expect(named).toBeGreaterThanOrEqual(6);
    });

    it(`${language}: shows the deciding positions as they read in the leak`, () => {
      const leak = retyped(excerpt(variants[7]!.text, 900, 300));
      const result = attribute(plan, leak);
      const deciding = result.positions.filter((p) => p.decisive);
      expect(deciding.length).toBeGreaterThan(0);
      for (const p of deciding) {
        expect(leak.slice(...p.leakSpan)).toBe(p.leakText);
        expect(p.pointsTo).toContain(recipients[7]);
        expect(p.alternativeText).toBe(plan.sites[p.index]!.alternatives[p.alternative!]);
      }
    });

    it(`${language}: names both copies of a leak stitched from two`, () => {
      const leak = retyped(
        `${excerpt(variants[3]!.text, 400, 300)}\n${excerpt(variants[41]!.text, 2400, 300)}`,
      );
      const result = attribute(plan, leak);
      expect(result.verdict).toBe('stitched');
      expect([...result.named].sort()).toEqual([recipients[3], recipients[41]]);
      expect(result.segments.map((s) => s.named)).toEqual([recipients[3], recipients[41]]);
    });

    it(`${language}: names both copies where one takes over from the other mid-passage`, () => {
      const heading = language === 'en' ? 'Battery and charging' : '五、电池与充电';
      const [a, b] = [unmarked(variants[3]!.text), unmarked(variants[41]!.text)];
      const leak = retyped(
        a.slice(a.indexOf(heading) - 400, a.indexOf(heading)) + b.slice(b.indexOf(heading)).slice(0, 400),
      );
      const result = attribute(plan, leak);
      expect(result.coverage.passages).toBe(1);
      expect(result.verdict).toBe('stitched');
      expect(result.named).toEqual([recipients[3], recipients[41]]);
    });

    it(`${language}: names nobody for text that does not come from the document`, () => {
      for (const text of [unrelatedNotice[language], excerpt(unrelatedNotice[language], 300, 300)]) {
        const result = attribute(plan, text);
        expect(result.verdict).toBe('not-from-document');
        expect(result.named).toEqual([]);
      }
    });

    it(`${language}: names nobody for the unmodified base text, and says it is the original`, () => {
      for (const text of [plan.base, retyped(excerpt(plan.base, 1000, 300))]) {
        const result = attribute(plan, text);
        expect(result.verdict).toBe('original');
        expect(result.named).toEqual([]);
      }
    });

    it(`${language}: names nobody for a copy of the document that no recipient received`, () => {
      const other = planVariants(plan.base, language, ['outsider'], { seed: 'another distribution' });
      const result = attribute(plan, retyped(excerpt(other.variants[0]!.text, 500, 600)));
      expect(result.verdict).toBe('no-recipient');
      expect(result.named).toEqual([]);
    });

    it(`${language}: lets surviving invisible marks decide an excerpt too short for the visible changes`, () => {
      const short = excerpt(variants[12]!.text, 1500, 80);
      expect(attribute(plan, retyped(short)).named).toEqual([]);
      const marked = attribute(plan, short);
      expect(marked.coverage.marksPresent).toBe(true);
      expect(marked.named).toEqual([recipients[12]]);
    });

    it(`${language}: says too little survives in a very short retyped excerpt instead of guessing`, () => {
      const result = attribute(plan, retyped(excerpt(variants[5]!.text, 2000, 50)));
      expect(['undecided', 'not-from-document']).toContain(result.verdict);
      expect(result.named).toEqual([]);
    });
  }

  it('zh: reads full-width punctuation where the leak kept it, and not where it was retyped', () => {
    const { plan, variants } = distributions.zh;
    const copied = excerpt(variants[30]!.text, 1200, 300).replace(/\p{Default_Ignorable_Code_Point}/gu, '');
    const widthsRead = (text: string) =>
      attribute(plan, text).positions.filter((p) => p.kind === 'width' && p.alternative !== null);
    const read = widthsRead(copied);
    expect(read.length).toBeGreaterThan(0);
    for (const p of read) expect(p.pointsTo).toContain(recipients[30]);
    expect(widthsRead(retyped(copied))).toEqual([]);
  });

  it('en: still names the recipient after a blogger-style light edit', () => {
    const { plan, variants } = distributions.en;
    const edited = excerpt(variants[21]!.text, 1200, 400)
      .replace(/–/g, '-')
      .replace(/\b(?:new|stable|tests)\b/g, 'really')
      .replace(/ the /, ' ');
    expect(attribute(plan, retyped(edited)).named).toEqual([recipients[21]]);
  });

  it('a third copy that happens to match both halves of a stitched leak is not named', () => {
    const { plan, variants } = distributions.en;
    const random = seededRandom('stitched-regression');
    for (let trial = 0; trial < 200; trial++) {
      const [a, b] = [Math.floor(random() * 50), Math.floor(random() * 50)];
      if (a === b) continue;
      const part = (r: number) =>
        excerpt(variants[r]!.text, Math.floor(random() * (plan.base.length - 150)), 150);
      const result = attribute(plan, retyped(part(a) + part(b)));
      for (const named of result.named) expect([recipients[a], recipients[b]]).toContain(named);
    }
  });
});
