/** @module The positions shown to the investigator: each site or mark as read, whom it points to, and if it decides. */
import { zeroWidthSymbols } from '../canary/marks.js';
import type { VariantPlan } from '../plan.js';
import type { Reading } from './read.js';
import type { DecidingPosition } from './types.js';

/** A recipient's (or the original's, index n) symbol at a reading; undefined for "nobody in the plan". */
function symbolOf(plan: VariantPlan, reading: Reading, hypothesis: number): number | undefined {
  const n = plan.recipients.length;
  if (hypothesis > n) return undefined;
  if (reading.layer === 'site') return hypothesis < n ? plan.codewords[hypothesis]![reading.index] : 0;
  return hypothesis < n ? plan.marks!.codes[hypothesis]![reading.index] : -1;
}

/**
 * Describes every reading. `contenders(reading)` gives the two hypotheses the reading is judged between (the named
 * source and its runner-up, for the segment the reading lies in).
 */
export function describePositions(
  plan: VariantPlan,
  leak: string,
  readings: readonly Reading[],
  contenders: (reading: Reading) => readonly [number, number],
): DecidingPosition[] {
  return readings.map((reading) => {
    const { symbol } = reading;
    const [top, runnerUp] = contenders(reading);
    const a = symbolOf(plan, reading, top);
    const b = symbolOf(plan, reading, runnerUp);
    return {
      layer: reading.layer,
      index: reading.index,
      kind:
        reading.layer === 'site' ? plan.sites[reading.index]!.kind : plan.marks!.sites[reading.index]!.kind,
      leakSpan: [reading.leakStart, reading.leakEnd],
      leakText: leak.slice(reading.leakStart, reading.leakEnd),
      alternative: symbol,
      alternativeText: symbol === null ? null : alternativeText(plan, reading, symbol),
      pointsTo:
        symbol === null ? [] : plan.recipients.filter((_, r) => symbolOf(plan, reading, r) === symbol),
      decisive: symbol !== null && (a === symbol) !== (b === symbol),
    };
  });
}

function alternativeText(plan: VariantPlan, reading: Reading, symbol: number): string {
  if (reading.layer === 'site') return plan.sites[reading.index]!.alternatives[symbol]!;
  const mark = plan.marks!.sites[reading.index]!;
  if (mark.kind === 'homoglyph') return symbol === 1 ? 'Cyrillic lookalike' : 'Latin letter';
  return `U+${zeroWidthSymbols[symbol]!.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}
