/**
 * @module Leaks: fingerprints that find a registered document in other texts, and the canary trap that tells whose
 * copy leaked. The core is pure functions over text; the registry keeps documents, distributions and copies in the
 * store, and reads document files (text, Markdown, HTML, PDF, DOCX).
 *
 *   const { plan, variants } = planVariants(specSheet, 'en', recipients, { seed });  // send variants[i].text
 *   attribute(plan, blogPost).named                                                    // ['emp-0412']
 *   containment(fingerprintOf(specSheet), fingerprintOf(mailBody)).verdict            // 'copy' | 'quotes' | 'none'
 *
 *   const { document } = await registerDocument(store, { fileName, bytes, title, classification }, actor);
 *   await distribute(store, document.id, recipients, {}, actor);                     // one copy each, stored
 *   await attributeText(store, undefined, blogPost);                                  // which document, whose copy
 *   (await contentMatcher(store))?.(chatMessage)                                      // [{ id, classification, … }]
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
export { type ExtractedText, extractText } from './extract/extract.js';
export { type DocumentMediaType, mediaTypes } from './extract/media-type.js';
export {
  type Containment,
  containment,
  type Fingerprint,
  fingerprintOf,
  type MatchedSpan,
} from './fingerprint/fingerprint.js';
// The reference case's spec sheet and an unrelated notice: the demo company, the tests and bench/leaks share them.
export { specSheet, unrelatedNotice } from './fixtures/index.js';
export { type NormalizedText, normalize, originalSpan, withoutInvisibleMarks } from './normalize.js';
export type { ChangeSite, Language, MarkSite, SiteKind, Variant, VariantPlan } from './plan.js';
export type { LeakActor } from './registry/actor.js';
export { attributeText, type TextAttribution } from './registry/attribute-text.js';
export { type AttributionEvidence, attributionEvidence } from './registry/attribution-evidence.js';
export {
  type ContentMatch,
  type ContentMatcher,
  type ContentSource,
  contentMatcher,
  contentMatcherOf,
} from './registry/content-matcher.js';
export { type Distributed, type DistributeOptions, distribute } from './registry/distribute.js';
export { detectLanguage } from './registry/language.js';
export { type DocumentMatch, matchText } from './registry/match.js';
export { type NewDocument, type Registered, registerDocument } from './registry/register.js';
export { attributionReport, type ReportContext } from './registry/report.js';
export { verdictLabel, visible } from './registry/report-format.js';
