/**
 * @module Leaks: fingerprints that find a registered document in other texts, and the canary trap that tells whose
 * copy leaked. Pure functions over text; the registry, the store and the CLI build on them.
 *
 *   const { plan, variants } = planVariants(specSheet, 'en', recipients, { seed });  // send variants[i].text
 *   attribute(plan, blogPost).named                                                    // ['emp-0412']
 *   containment(fingerprintOf(specSheet), fingerprintOf(mailBody)).verdict            // 'copy' | 'quotes' | 'none'
 */

export { attribute } from './attribute.js';
export type { ErrorModel } from './attribution/posterior.js';
export { defaultErrorModel } from './attribution/posterior.js';
export type {
  AttributeOptions,
  Attribution,
  AttributionVerdict,
  Coverage,
  DecidingPosition,
  RankedRecipient,
  SegmentAttribution,
} from './attribution/types.js';
export { type Distribution, type PlanOptions, planVariants } from './canary/plan-variants.js';
export {
  type Containment,
  containment,
  type Fingerprint,
  fingerprintOf,
  type MatchedSpan,
} from './fingerprint/fingerprint.js';
export { type NormalizedText, normalize, originalSpan } from './normalize.js';
export type { ChangeSite, Language, MarkSite, SiteKind, Variant, VariantPlan } from './plan.js';
