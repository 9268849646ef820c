/**
 * @module The decision: from the readings to a verdict that names a recipient only when the evidence clears the
 * threshold, and otherwise says what the leak is instead (the original, nobody's copy, too little to tell).
 *
 * A leak taken from one passage of the document is weighed as one copy against two copies switching somewhere
 * inside it (`sources`), and a recipient is named when their copy is a source with probability ≥ threshold. A leak
 * that jumps between passages may be cut and pasted from several copies, so each passage is attributed on its own
 * evidence and a recipient is named only where a passage names them: a third copy that happens to match a little of
 * each passage is never named for the whole.
 */
import type { VariantPlan } from '../plan.js';
import { describePositions } from './positions.js';
import { type ErrorModel, logLikelihoods, logPriors, posterior } from './posterior.js';
import type { Reading } from './read.js';
import { sources } from './sources.js';
import { judge, type Outcome, rank, summaryOf } from './summary.js';
import type { Attribution, AttributionVerdict, Coverage } from './types.js';

/** Characters of the leak that must match the document exactly before it counts as coming from it. */
const minimumAligned = 40;
/** Prior that a leak taken from one passage was stitched inside it from two copies. */
const stitchedInsidePassage = 0.05;

interface Settings {
  readonly threshold: number;
  readonly errorModel: ErrorModel;
}

/** Turns the readings of a leak into its attribution. */
export function decide(
  plan: VariantPlan,
  leak: string,
  readings: readonly Reading[],
  coverage: Coverage,
  settings: Settings,
): Attribution {
  if (coverage.alignedCharacters < minimumAligned) return notFromDocument(plan, coverage);
  const n = plan.recipients.length;
  const readable = readings.filter((r) => r.symbol !== null);
  const ll = logLikelihoods(plan, readable, settings.errorModel);
  const priors = logPriors(n);
  const passages = [...new Set(readable.map((r) => r.passage))];
  const outcome =
    passages.length > 1
      ? passageByPassage(plan, leak, readable, ll, priors, passages, settings.threshold)
      : oneCopyOrTwo(plan, leak, readable, ll, priors, settings.threshold);
  const { parts, ...decided } = outcome;
  const partOf = (r: Reading) =>
    parts.find((p) => r.leakStart < p.segment.leakSpan[1]) ?? parts[parts.length - 1]!;
  return {
    ...decided,
    summary: summaryOf(plan, outcome, coverage),
    segments: parts.map((p) => p.segment),
    positions: describePositions(plan, leak, readings, (r) => [partOf(r).best, partOf(r).runnerUp]),
    coverage,
  };
}

/** One passage: one copy, or two switching inside it, weighed together. */
function oneCopyOrTwo(
  plan: VariantPlan,
  leak: string,
  readable: readonly Reading[],
  ll: readonly Float64Array[],
  priors: Float64Array,
  threshold: number,
): Outcome {
  const n = plan.recipients.length;
  const src = sources(ll, priors, stitchedInsidePassage);
  const sure = (h: number) => src.isSource[h]! >= threshold;
  const named = plan.recipients.filter((_, r) => sure(r));
  const split = readable[src.split]?.leakStart ?? leak.length;
  const parts =
    src.stitched >= 0.5
      ? [
          judge(plan, posterior(ll, priors, 0, src.split), [0, split], threshold),
          judge(plan, posterior(ll, priors, src.split), [split, leak.length], threshold),
        ]
      : [judge(plan, posterior(ll, priors), [0, leak.length], threshold)];
  const stitched = (src.stitched >= threshold && (named.length > 0 || sure(n))) || named.length > 1;
  const verdict = stitched
    ? 'stitched'
    : named.length > 0
      ? 'recipient'
      : sure(n)
        ? 'original'
        : sure(n + 1)
          ? 'no-recipient'
          : 'undecided';
  return {
    verdict,
    named,
    ranking: rank(plan, src.isSource),
    original: src.isSource[n]!,
    noRecipient: src.isSource[n + 1]!,
    stitched: src.stitched,
    parts,
  };
}

/** Several passages: each attributed on its own readings; the leak's verdict gathers theirs. */
function passageByPassage(
  plan: VariantPlan,
  leak: string,
  readable: readonly Reading[],
  ll: readonly Float64Array[],
  priors: Float64Array,
  passages: readonly number[],
  threshold: number,
): Outcome {
  const n = plan.recipients.length;
  const parts = passages.map((passage, i) => {
    const rows = ll.filter((_, t) => readable[t]!.passage === passage);
    const from = i === 0 ? 0 : readable.find((r) => r.passage === passage)!.leakStart;
    const next = passages[i + 1];
    const to = next === undefined ? leak.length : readable.find((r) => r.passage === next)!.leakStart;
    return judge(plan, posterior(rows, priors), [from, to], threshold);
  });
  const decided = [...new Set(parts.filter((p) => p.segment.verdict !== 'undecided').map((p) => p.top))];
  const named = [...new Set(parts.map((p) => p.segment.named).filter((x) => x !== null))];
  const verdict: AttributionVerdict =
    decided.length > 1
      ? 'stitched'
      : decided[0] === undefined
        ? 'undecided'
        : decided[0] < n
          ? 'recipient'
          : decided[0] === n
            ? 'original'
            : 'no-recipient';
  const whole = posterior(ll, priors);
  return {
    verdict,
    named,
    ranking: rank(plan, whole),
    original: whole[n]!,
    noRecipient: whole[n + 1]!,
    stitched: decided.length > 1 ? 1 : 0,
    parts,
  };
}

function notFromDocument(plan: VariantPlan, coverage: Coverage): Attribution {
  return {
    verdict: 'not-from-document',
    summary: 'The text does not come from this document: no passage of it matches the document.',
    named: [],
    ranking: plan.recipients.map((recipient) => ({ recipient, probability: 0 })),
    original: 0,
    noRecipient: 0,
    stitched: 0,
    segments: [],
    positions: [],
    coverage,
  };
}
