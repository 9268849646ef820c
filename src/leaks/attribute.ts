/**
 * @module Attribution: whose copy a leaked text comes from. The leak is normalized, located in the base document,
 * aligned to the template of the plan, read site by site, and weighed against every recipient's codeword.
 */
import { align, graphOf } from './attribution/align.js';
import { decide } from './attribution/decide.js';
import { locate } from './attribution/locate.js';
import { defaultErrorModel } from './attribution/posterior.js';
import { type Reading, readPiece, surfaceOf } from './attribution/read.js';
import { templateOf } from './attribution/template.js';
import type { AttributeOptions, Attribution } from './attribution/types.js';
import { normalize } from './normalize.js';
import type { VariantPlan } from './plan.js';

/** An aligned piece whose cost exceeds this share of its length matches the document only by chance. */
const maximumCostShare = 0.5;

/**
 * Ranks the recipients of `plan` by how likely the leak comes from their copy and names one (or two, for a leak
 * stitched from two copies) only when the evidence is strong; otherwise says what it is instead.
 * @example attribute(plan, blogPostText).named // ['emp-0412']
 */
export function attribute(
  plan: VariantPlan,
  leakedText: string,
  options: AttributeOptions = {},
): Attribution {
  const template = templateOf(plan);
  const leak = normalize(leakedText);
  const alignments = locate(template, leak)
    .map((piece) => ({
      passage: piece.passage,
      ...align(graphOf(template, piece.baseFrom, piece.baseTo), leak.text, piece.leakFrom, piece.leakTo),
    }))
    .filter((a) => a.cost <= maximumCostShare * a.steps.filter((s) => s.leak >= 0).length);
  const passages = new Set(alignments.map((a) => a.passage)).size;
  const surface = surfaceOf(template, alignments, leak);
  const readings: Reading[] = alignments
    .flatMap((a) => readPiece(template, a, a.passage, leak, surface))
    .sort((a, b) => a.leakStart - b.leakStart || a.leakEnd - b.leakEnd);
  const aligned = alignments.reduce((sum, a) => sum + a.steps.filter((s) => s.exact).length, 0);
  return decide(
    plan,
    leakedText,
    readings,
    {
      leakCharacters: leak.text.length,
      alignedCharacters: aligned,
      passages,
      sitesCovered: readings.filter((r) => r.layer === 'site').length,
      sitesRead: readings.filter((r) => r.layer === 'site' && r.symbol !== null).length,
      marksRead: readings.filter((r) => r.layer === 'mark' && r.symbol !== null).length,
      ...surface,
    },
    {
      threshold: options.threshold ?? 0.99,
      errorModel: options.errorModel ?? defaultErrorModel,
    },
  );
}
