/** @module Writing report values into Markdown safely: invisible characters shown, table cells kept whole. */
import type { AttributionVerdict } from '../attribution/types.js';

const labels: Record<AttributionVerdict, string> = {
  recipient: "One recipient's copy",
  stitched: 'Stitched from two copies',
  original: 'The unissued original',
  'no-recipient': "No recipient's copy",
  undecided: 'Undecided',
  'not-from-document': 'Not from the document',
};

export function verdictLabel(verdict: AttributionVerdict): string {
  return labels[verdict];
}

/** Zero-width and other format characters, and lookalike letters, are what a mark is made of: name them. */
const invisible = /[\p{Cf}\u00ad]/gu;
const lookalike = /[\u0370-\u03ff\u0400-\u04ff]/gu;

export function visible(text: string): string {
  return text
    .replace(invisible, (c) => `⟨U+${codePoint(c)}⟩`)
    .replace(lookalike, (c) => `${c}⟨U+${codePoint(c)}⟩`);
}

const codePoint = (c: string) => c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');

/** A value for a Markdown table cell: one line, pipes escaped, invisible characters named. */
export function cell(text: string): string {
  return visible(text)
    .replace(/\s*\n\s*/g, ' ')
    .replace(/\|/g, '\\|');
}

export function percent(p: number): string {
  if (p >= 0.9999 && p < 1) return '>99.99%';
  if (p > 0 && p < 0.0001) return '<0.01%';
  return `${(p * 100).toFixed(2)}%`;
}

/** A few recipients by name, the rest counted. */
export function recipientList(recipients: readonly string[], shown = 4): string {
  if (!recipients.length) return 'none';
  const names = recipients.slice(0, shown).map(cell).join(', ');
  return recipients.length > shown ? `${names} and ${recipients.length - shown} more` : names;
}

/** The text in a code fence longer than any run of backticks inside it, so nothing in it ends the fence. */
export function fenced(text: string): string[] {
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  return [`${fence}text`, text, fence];
}
