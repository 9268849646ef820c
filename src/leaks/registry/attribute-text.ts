/** @module Whose copy a leaked text comes from: the document found by matching when not given, then attribution. */
import { MolehuntError } from '../../model/index.js';
import type { LeakDocument, Store } from '../../store/index.js';
import { attribute } from '../attribute.js';
import type { Attribution, AttributionVerdict } from '../attribution/types.js';
import type { VariantPlan } from '../plan.js';
import { type DocumentMatch, matchText } from './match.js';

/**
 * - `attributed`: the text was weighed against a document's distribution (its verdict may still be that nobody is
 *   named, or that the text is not from the document at all).
 * - `undistributed`: the text comes from registered documents, but none was distributed: there are no copies.
 * - `unregistered`: the text comes from no registered document.
 */
export type TextAttribution =
  | {
      readonly kind: 'attributed';
      readonly document: LeakDocument;
      readonly attribution: Attribution;
      /** How the document was found in the text, when it was not given. */
      readonly match?: DocumentMatch;
    }
  | { readonly kind: 'undistributed'; readonly matches: readonly DocumentMatch[] }
  | { readonly kind: 'unregistered' };

/** Verdicts by how much they say about who leaked, most first: the tie-break between candidate documents. */
const strength: readonly AttributionVerdict[] = [
  'recipient',
  'stitched',
  'original',
  'no-recipient',
  'undecided',
  'not-from-document',
];

/**
 * Attributes `text` to a recipient of `docId`'s distribution, or, without a document, of the distributed document
 * it matches best (several matching, the one whose attribution says most).
 * @example const found = await attributeText(store, undefined, blogPost); // found.kind === 'attributed'
 */
export async function attributeText(
  store: Store,
  docId: string | undefined,
  text: string,
): Promise<TextAttribution> {
  if (docId !== undefined) {
    const document = await store.leakDocument(docId);
    if (!document) {
      throw new MolehuntError(
        'MH_ERR_NOT_FOUND',
        `no document ${docId} is registered; \`molehunt leaks list\` shows the registered ones`,
      );
    }
    const plan = await planOf(store, docId);
    if (!plan) {
      throw new MolehuntError(
        'MH_ERR_NOT_FOUND',
        `${docId} has not been distributed, so there are no copies to trace the text to; \`molehunt leaks match\` says whether the text comes from it`,
      );
    }
    return { kind: 'attributed', document, attribution: attribute(plan, text) };
  }
  const matches = await matchText(store, text);
  if (!matches.length) return { kind: 'unregistered' };
  const candidates: Extract<TextAttribution, { kind: 'attributed' }>[] = [];
  for (const match of matches) {
    const plan = await planOf(store, match.document.id);
    if (plan) {
      candidates.push({
        kind: 'attributed',
        document: match.document,
        attribution: attribute(plan, text),
        match,
      });
    }
  }
  if (!candidates.length) return { kind: 'undistributed', matches };
  return candidates.sort(
    (a, b) =>
      strength.indexOf(a.attribution.verdict) - strength.indexOf(b.attribution.verdict) ||
      (b.attribution.ranking[0]?.probability ?? 0) - (a.attribution.ranking[0]?.probability ?? 0) ||
      (b.match?.score ?? 0) - (a.match?.score ?? 0),
  )[0]!;
}

async function planOf(store: Store, docId: string): Promise<VariantPlan | undefined> {
  const plan = await store.leakPlan(docId);
  return plan === undefined ? undefined : (JSON.parse(plan) as VariantPlan);
}
