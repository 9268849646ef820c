/**
 * @module The template a leak is aligned to: the normalized base text, in which every site is a fork with one
 * branch per normalized alternative, and an index of the base's shingles to find where a leak sits. Derived from
 * the plan once and kept while the plan object lives.
 */
import { locatingWeight, normalizedShingles } from '../fingerprint/shingles.js';
import { type NormalizedText, normalize } from '../normalize.js';
import type { SiteKind, VariantPlan } from '../plan.js';
import { normalizedInPlace } from '../site-forms.js';

/** A site as the template sees it. */
export interface TemplateSite {
  /** Index into `plan.sites`. */
  readonly site: number;
  readonly kind: SiteKind;
  /** Number of alternatives in the plan. */
  readonly alternatives: number;
  /** The base alternative's span in the normalized base, [from, to). */
  readonly from: number;
  readonly to: number;
  /** Distinct normalized branches; a width site has one, shared by all its alternatives. */
  readonly forms: readonly string[];
  /** The plan alternative each branch stands for (-1 for a width site's shared branch). */
  readonly alternativeOfForm: readonly number[];
}

export interface Template {
  readonly plan: VariantPlan;
  readonly base: NormalizedText;
  readonly sites: readonly TemplateSite[];
  /** For each normalized base index, the template site covering it, or -1 for fixed text. */
  readonly siteAt: Int32Array;
  /** Start offsets (normalized base) of every shingle, by hash. */
  readonly shingles: ReadonlyMap<number, readonly number[]>;
  /** Normalized base index of each mark site (-1 if the mark's character vanished in normalization). */
  readonly markAt: readonly number[];
}

const templates = new WeakMap<VariantPlan, Template>();

/** The template of a plan, built on first use. */
export function templateOf(plan: VariantPlan): Template {
  let template = templates.get(plan);
  if (!template) {
    template = buildTemplate(plan);
    templates.set(plan, template);
  }
  return template;
}

function buildTemplate(plan: VariantPlan): Template {
  const base = normalize(plan.base);
  const firstAtOrAfter = (offset: number) => lowerBound(base.starts, offset);
  const siteAt = new Int32Array(base.text.length).fill(-1);
  const sites: TemplateSite[] = [];
  plan.sites.forEach((site, s) => {
    const from = firstAtOrAfter(site.start);
    const to = firstAtOrAfter(site.end);
    if (to <= from) return;
    const forms: string[] = [];
    const alternativeOfForm: number[] = [];
    site.alternatives.forEach((alternative, a) => {
      const form = normalizedInPlace(plan.base, site.start, site.end, alternative);
      if (form === undefined || forms.includes(form)) return;
      forms.push(form);
      alternativeOfForm.push(site.kind === 'width' ? -1 : a);
    });
    siteAt.fill(sites.length, from, to);
    sites.push({
      site: s,
      kind: site.kind,
      alternatives: site.alternatives.length,
      from,
      to,
      forms,
      alternativeOfForm,
    });
  });
  const shingles = new Map<number, number[]>();
  for (const shingle of normalizedShingles(base, locatingWeight[plan.language])) {
    const list = shingles.get(shingle.hash);
    if (list) list.push(shingle.start);
    else shingles.set(shingle.hash, [shingle.start]);
  }
  const markAt = (plan.marks?.sites ?? []).map((mark) => {
    const at = firstAtOrAfter(mark.at);
    return base.starts[at] === mark.at ? at : -1;
  });
  return { plan, base, sites, siteAt, shingles, markAt };
}

/** First index whose value is at least `value` in an ascending array. */
function lowerBound(values: Int32Array, value: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (values[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
