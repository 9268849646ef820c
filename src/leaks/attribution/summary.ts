/** @module Judging one stretch of a leak under a single source, and saying the verdict in one sentence. */
import type { VariantPlan } from '../plan.js';
import type {
  Attribution,
  AttributionVerdict,
  Coverage,
  RankedRecipient,
  SegmentAttribution,
} from './types.js';

/** A stretch's verdict, with the hypotheses its positions are judged between. */
export interface Judged {
  readonly segment: SegmentAttribution;
  /** The most likely hypothesis: a recipient, the original (n) or nobody in the plan (n + 1). */
  readonly top: number;
  readonly probability: number;
  /** The two most likely hypotheses that have a wording to compare (recipients and the original). */
  readonly best: number;
  readonly runnerUp: number;
}

/** What both strategies decide; the decision adds the words, the positions and the coverage. */
export interface Outcome {
  readonly verdict: AttributionVerdict;
  readonly named: readonly string[];
  readonly ranking: Attribution['ranking'];
  readonly original: number;
  readonly noRecipient: number;
  readonly stitched: number;
  readonly parts: readonly Judged[];
}

/** The verdict of one stretch from its single-source posterior. */
export function judge(
  plan: VariantPlan,
  p: Float64Array,
  leakSpan: readonly [number, number],
  threshold: number,
): Judged {
  const n = plan.recipients.length;
  const top = [...p.keys()].reduce((a, b) => (p[b]! > p[a]! ? b : a));
  const worded = [...p.keys()].filter((h) => h <= n).sort((a, b) => p[b]! - p[a]!);
  const verdict =
    p[top]! < threshold ? 'undecided' : top < n ? 'recipient' : top === n ? 'original' : 'no-recipient';
  return {
    segment: {
      leakSpan,
      verdict,
      named: verdict === 'recipient' ? plan.recipients[top]! : null,
      ranking: rank(plan, p).slice(0, 5),
    },
    top,
    probability: p[top]!,
    best: worded[0]!,
    runnerUp: worded[1]!,
  };
}

/** Recipients by probability, most likely first. */
export function rank(plan: VariantPlan, p: Float64Array): RankedRecipient[] {
  return plan.recipients
    .map((recipient, r) => ({ recipient, probability: p[r]! }))
    .sort((a, b) => b.probability - a.probability);
}

const percent = (x: number) => `${(x * 100).toFixed(x > 0.999 ? 2 : 1)}%`;

/** One sentence for the investigator: what was found, how sure, on how much evidence. */
export function summaryOf(plan: VariantPlan, outcome: Outcome, coverage: Coverage): string {
  const read = `${coverage.sitesRead} of ${coverage.sitesCovered} sites read${coverage.marksRead ? `, ${coverage.marksRead} invisible marks` : ''}`;
  const best = outcome.ranking[0]!;
  switch (outcome.verdict) {
    case 'recipient':
      return `The leak matches ${best.recipient}'s copy (${percent(best.probability)}; ${read}).`;
    case 'stitched':
      return `The leak is put together from ${outcome.parts.length} stretches of different copies (${read}): ${outcome.parts
        .map((p) => `${partName(plan, p)} up to character ${p.segment.leakSpan[1]}`)
        .join(', then ')}.`;
    case 'original':
      return `The leak shows the document's original wording, which no recipient received (${percent(outcome.original)}; ${read}): it comes from the author's or the registry's copy.`;
    case 'no-recipient':
      return `The leak comes from the document, but its wording matches no recipient's copy (${percent(outcome.noRecipient)}; ${read}): it was rewritten, or copied from a version outside this distribution.`;
    default:
      return `The leak comes from the document, but too little of what tells the copies apart survives in it to name anyone (${read}; most likely ${best.recipient} at ${percent(best.probability)}).`;
  }
}

function partName(plan: VariantPlan, part: Judged): string {
  const { named, verdict } = part.segment;
  if (named) return `${named}'s copy (${percent(part.probability)})`;
  if (verdict === 'original') return `the original wording (${percent(part.probability)})`;
  if (verdict === 'no-recipient') return 'a wording of nobody in the plan';
  return `a copy that cannot be told apart (most likely ${plan.recipients[part.best] ?? 'the original'})`;
}
