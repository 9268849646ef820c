/** @module Writing one recipient's copy: the base text with that recipient's alternatives and marks. */
import { cyrillicFor } from '../homoglyphs.js';
import type { VariantPlan } from '../plan.js';
import { zeroWidthSymbols } from './marks.js';

interface Edit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** The text of recipient number `recipient`'s copy. */
export function renderVariant(plan: VariantPlan, recipient: number): string {
  const codeword = plan.codewords[recipient]!;
  const edits: Edit[] = plan.sites.map((site, s) => ({
    start: site.start,
    end: site.end,
    text: site.alternatives[codeword[s]!]!,
  }));
  const marks = plan.marks;
  if (marks) {
    marks.sites.forEach((mark, m) => {
      const symbol = marks.codes[recipient]![m]!;
      if (mark.kind === 'zero-width')
        edits.push({ start: mark.at, end: mark.at, text: zeroWidthSymbols[symbol]! });
      else if (symbol === 1)
        edits.push({ start: mark.at, end: mark.at + 1, text: cyrillicFor[plan.base[mark.at]!]! });
    });
  }
  edits.sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  for (const edit of edits) {
    out += plan.base.slice(at, edit.start) + edit.text;
    at = edit.end;
  }
  return out + plan.base.slice(at);
}
