/**
 * @module What an exported case bundle holds, and where. One zip, readable without molehunt: the evidence files,
 * the ledger's entries as the exact bytes hashed, the signed head, the public key, the proofs, and the reports.
 */
import type { CaseTreeHead } from '../../model/index.js';

export const BUNDLE_FORMAT = 'molehunt-case-bundle/1';

export const bundlePaths = {
  manifest: 'manifest.json',
  /** One entry a line, the bytes of each line exactly what was hashed (canonical JSON has no raw line break). */
  entries: 'ledger/entries.jsonl',
  head: 'ledger/head.json',
  publicKey: 'ledger/public-key.pem',
  proofs: 'ledger/proofs.json',
  readme: 'VERIFY.txt',
} as const;

/** An evidence item's file in the bundle: its id keeps two items of the same name apart. */
export function evidencePath(item: { id: string; fileName: string }): string {
  // A name from an upload could hold path separators or `..`: keep only a plain file name.
  const plain = item.fileName.replace(/[\\/]+/g, '_').replace(/^\.+/, '') || 'content';
  return `evidence/${item.id}-${plain}`;
}

/** The bundle's proofs, hex-encoded. */
export interface BundleProofs {
  /** For every entry, by seq: its inclusion proof in the bundle's head. */
  inclusion: string[][];
  /** For every earlier export: the head that bundle carried, and a proof that this head's tree extends it. */
  consistency: { head: CaseTreeHead; proof: string[] }[];
}

/** manifest.json: the bundle's table of contents, for people; the verifier trusts the ledger, not this. */
export interface BundleManifest {
  format: typeof BUNDLE_FORMAT;
  caseId: string;
  title: string;
  exportedAt: number;
  exportedBy: string;
  ledger: { size: number; root: string; keyFingerprint: string };
  items: {
    id: string;
    kind: string;
    title: string;
    file?: string;
    sha256: string;
    size: number;
    purged: boolean;
  }[];
  reports: Record<string, string>;
}
