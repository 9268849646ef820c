/**
 * @module The error model and the single-source posterior over who leaked. Each readable site is evidence: the
 * recipient whose copy shows what was read explains it with probability 1 - ε, any other alternative with ε spread
 * over the rest (or, where what was read is a typist's default for what the copy had, the chance of that).
 * Besides the recipients there are two more hypotheses: the unissued original (every site in its base wording, no
 * marks) and "a copy of nobody in the plan" (every alternative equally likely), so text that fits no codeword names
 * nobody. Unreadable sites are left out.
 */
import type { SiteKind, VariantPlan } from '../plan.js';
import type { Reading } from './read.js';

/** Probability that a readable site or mark shows another alternative than the copy had (an edit, a rewrite). */
export interface ErrorModel {
  readonly site: Readonly<Record<SiteKind, number>>;
  readonly mark: number;
}

/**
 * Punctuation and width changes are what an editor normalizes without thinking, so they are trusted less than
 * wording and numbers; marks are only ever lost, hardly ever changed into another mark.
 */
export const defaultErrorModel: ErrorModel = {
  site: { wording: 0.02, number: 0.02, order: 0.02, punctuation: 0.05, width: 0.05 },
  mark: 0.005,
};

/** Prior of "a copy of nobody in the plan"; the rest is shared by the recipients and the original. */
const unknownPrior = 0.01;

/**
 * Chance that a typist's defaults overwrite a copy's punctuation: an editor types – as - and × as x, a Chinese input
 * method types , as ，. Reading a typist's default where a copy had something else is weak evidence against that
 * copy, not a plain misreading.
 */
const typistDefault = 0.3;

/** True when `shown` is what a typist's keyboard or input method produces in place of `had`. */
function typedOver(had: string, shown: string): boolean {
  if (had === shown) return false;
  return shown === had.replace(/[–—]/g, '-').replace(/×/g, 'x') || shown.normalize('NFKC') === had;
}

/**
 * Log-likelihood of each readable reading under each hypothesis: recipients 0..n-1, then the original (n), then
 * the unknown copy (n + 1).
 */
export function logLikelihoods(
  plan: VariantPlan,
  readings: readonly Reading[],
  model: ErrorModel,
): Float64Array[] {
  const n = plan.recipients.length;
  return readings.map((reading) => {
    const symbol = reading.symbol!;
    const site = reading.layer === 'site' ? plan.sites[reading.index]! : undefined;
    const k = site
      ? site.alternatives.length
      : plan.marks!.sites[reading.index]!.kind === 'zero-width'
        ? 4
        : 2;
    const epsilon = site ? model.site[site.kind] : model.mark;
    const truthOf = (h: number) =>
      reading.layer === 'site'
        ? h < n
          ? plan.codewords[h]![reading.index]!
          : 0
        : h < n
          ? plan.marks!.codes[h]![reading.index]!
          : -1;
    // log P(what was read | the copy had `truth`), for every symbol a copy can have (-1: no mark at all).
    const given = (truth: number) => {
      if (truth === symbol) return Math.log(1 - epsilon);
      const shown = site?.alternatives[symbol];
      const had = site?.alternatives[truth];
      if (shown !== undefined && had !== undefined && typedOver(had, shown)) return Math.log(typistDefault);
      return Math.log(epsilon / (k - 1));
    };
    const row = new Float64Array(n + 2);
    for (let h = 0; h <= n; h++) row[h] = given(truthOf(h));
    row[n + 1] = -Math.log(k);
    return row;
  });
}

/** Log prior of each hypothesis. */
export function logPriors(recipients: number): Float64Array {
  const priors = new Float64Array(recipients + 2).fill(Math.log((1 - unknownPrior) / (recipients + 1)));
  priors[recipients + 1] = Math.log(unknownPrior);
  return priors;
}

/** Posterior of each hypothesis given readings [from, to), assuming one source. */
export function posterior(
  ll: readonly Float64Array[],
  priors: Float64Array,
  from = 0,
  to = ll.length,
): Float64Array {
  const log = Float64Array.from(priors);
  for (let t = from; t < to; t++) for (let h = 0; h < log.length; h++) log[h]! += ll[t]![h]!;
  const top = Math.max(...log);
  const weights = log.map((x) => Math.exp(x - top));
  const sum = weights.reduce((a, b) => a + b, 0);
  return weights.map((w) => w / sum);
}
