/** @module The canary trap: one subtly different copy of a document per recipient, and the plan that traces them. */
import { MolehuntError } from '../../model/index.js';
import type { Language, Variant, VariantPlan } from '../plan.js';
import { chooseSites } from './choose-sites.js';
import { chooseCodewords } from './codes.js';
import { planMarks } from './marks.js';
import { seededRandom } from './random.js';
import { renderVariant } from './render.js';

/** How to plan a distribution. */
export interface PlanOptions {
  /**
   * The seed of the codewords and marks. Use a secret random value per document (16 random bytes in hex) and keep
   * it with the plan: whoever knows the seed and the text can recompute every copy.
   */
  readonly seed: string;
  /** Also tag each copy with zero-width characters and lookalike letters (default: no). */
  readonly invisibleMarks?: boolean;
}

/** A planned distribution: the plan attribution needs, and the copies to send. */
export interface Distribution {
  readonly plan: VariantPlan;
  readonly variants: readonly Variant[];
}

/** Fewer sites than this cannot keep recipients apart in an excerpt, whatever the code. */
const minimumSites = 12;

/**
 * Plans one variant per recipient: finds the change sites of `text`, gives each recipient a codeword over them and
 * writes the copies. Deterministic for a seed.
 * @example const { plan, variants } = planVariants(specSheet, 'en', ['u1', 'u2'], { seed: secretHex });
 */
export function planVariants(
  text: string,
  language: Language,
  recipients: readonly string[],
  options: PlanOptions,
): Distribution {
  checkRecipients(recipients);
  const sites = chooseSites(text, language);
  const readable = sites.filter((s) => s.kind !== 'width').length;
  if (readable < minimumSites) {
    throw new MolehuntError(
      'MH_ERR_USAGE',
      `The document has only ${readable} places that can be reworded without changing its meaning; at least ${minimumSites} are needed to tell copies apart. Distribute a longer document, or send it without the canary trap.`,
    );
  }
  const random = seededRandom(options.seed);
  const codewords = chooseCodewords(sites, text.length, recipients.length, random);
  const marks = options.invisibleMarks
    ? planMarks(text, sites, language, recipients.length, random)
    : undefined;
  const plan: VariantPlan = {
    version: 1,
    language,
    base: text,
    seed: options.seed,
    sites,
    recipients: [...recipients],
    codewords,
    ...(marks ? { marks } : {}),
  };
  const variants = recipients.map((recipient, r) => ({
    recipient,
    text: renderVariant(plan, r),
    codeword: codewords[r]!,
    ...(marks ? { marks: marks.codes[r]! } : {}),
  }));
  return { plan, variants };
}

function checkRecipients(recipients: readonly string[]): void {
  if (recipients.length === 0) {
    throw new MolehuntError(
      'MH_ERR_USAGE',
      'No recipients were given: name at least one person to send a copy to.',
    );
  }
  const seen = new Set<string>();
  for (const recipient of recipients) {
    if (recipient.trim() === '') {
      throw new MolehuntError('MH_ERR_USAGE', 'A recipient is empty: give every recipient an id.');
    }
    if (seen.has(recipient)) {
      throw new MolehuntError(
        'MH_ERR_USAGE',
        `Recipient "${recipient}" is listed twice: each person gets one copy, so list each once.`,
      );
    }
    seen.add(recipient);
  }
}
