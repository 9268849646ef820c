/** @module An attribution as a case's evidence item: the Markdown report, and where it comes from for the ledger. */
import { hash } from 'node:crypto';
import type { TextAttribution } from './attribute-text.js';
import { attributionReport } from './report.js';

/** The shape `Cases.addEvidence` takes, for an item of kind `attribution`. */
export interface AttributionEvidence {
  readonly kind: 'attribution';
  readonly title: string;
  readonly fileName: string;
  readonly mediaType: 'text/markdown';
  readonly content: Uint8Array;
  /** What the ledger records of the item's origin: the document, the leak's hash, the verdict and who is named. */
  readonly source: Record<string, unknown>;
}

/**
 * The report of an attribution, ready for a case. `leak` is the text attributed, the name it came under (a file, or
 * "pasted text") and its bytes as received, whose hash the ledger keeps.
 */
export function attributionEvidence(
  found: Extract<TextAttribution, { kind: 'attributed' }>,
  leak: { readonly text: string; readonly name: string; readonly bytes: Uint8Array },
  by: string,
): AttributionEvidence {
  const { attribution, document } = found;
  const report = attributionReport(attribution, document, {
    leak: { text: leak.text, name: leak.name },
    by,
  });
  return {
    kind: 'attribution',
    title: `Attribution of ${leak.name} to ${document.id}: ${attribution.named.join(', ') || attribution.verdict}`,
    fileName: `attribution-${document.id}.md`,
    mediaType: 'text/markdown',
    content: Buffer.from(report),
    source: {
      document: document.id,
      leak: { name: leak.name, sha256: hash('sha256', leak.bytes, 'hex') },
      verdict: attribution.verdict,
      named: [...attribution.named],
    },
  };
}
