/**
 * @module Exporting a case: the reports rendered from the case as it stands, the export recorded in the ledger
 * (with the reports' hashes), then everything a verifier needs zipped around the head signed over that entry.
 */
import { strToU8, zipSync } from 'fflate';
import type { CaseTreeHead } from '../../model/index.js';
import type { CaseActor } from '../case-ledger.js';
import type { CaseState } from '../case-state.js';
import type { Cases } from '../cases.js';
import { sha256Hex } from '../evidence-files.js';
import { consistencyProof, inclusionProofs, keyFingerprint, leafHash } from '../ledger/index.js';
import {
  BUNDLE_FORMAT,
  type BundleManifest,
  type BundleProofs,
  bundlePaths,
  evidencePath,
} from './layout.js';
import { verifyInstructions } from './readme.js';

/** The ledger as a report describes it: the entries it covers, their root, and the signing key's fingerprint. */
export interface LedgerFacts {
  size: number;
  root: string;
  fingerprint: string;
}

/** Renders the case's reports (file name → bytes), e.g. `report.html` and `report.pdf`. */
export type RenderReports = (state: CaseState, ledger: LedgerFacts) => Promise<Record<string, Uint8Array>>;

export interface ExportedBundle {
  zip: Uint8Array;
  head: CaseTreeHead;
  manifest: BundleManifest;
}

export async function exportBundle(
  cases: Cases,
  caseId: string,
  who: CaseActor,
  render: RenderReports,
): Promise<ExportedBundle> {
  const fingerprint = keyFingerprint(cases.publicKey);
  const before = await cases.get(caseId);
  const headBefore = (await cases.ledger(caseId)).heads.at(-1)!;
  const reports = await render(before, { size: headBefore.size, root: headBefore.root, fingerprint });
  const reportHashes = Object.fromEntries(
    Object.entries(reports).map(([name, bytes]) => [name, sha256Hex(bytes)]),
  );
  const state = await cases.act(caseId, { action: 'case.export', reports: reportHashes }, who);

  const { entries, heads } = await cases.ledger(caseId);
  // The head signed over this export's entry; later appends (another user's) stay out of this bundle.
  const exportSeq = state.entries.at(-1)!.seq;
  const size = exportSeq + 1;
  const head = heads.find((candidate) => candidate.size === size)!;
  const covered = entries.slice(0, size);
  const leaves = covered.map((entry) => leafHash(Buffer.from(entry.body, 'utf8')));
  const hex = (proof: Buffer[]) => proof.map((node) => node.toString('hex'));
  const proofs: BundleProofs = {
    inclusion: inclusionProofs(leaves).map(hex),
    consistency: state.entries
      .filter((entry) => entry.action === 'case.export' && entry.seq < exportSeq)
      .map((entry) => ({
        head: heads.find((candidate) => candidate.size === entry.seq + 1)!,
        proof: hex(consistencyProof(entry.seq + 1, leaves)),
      })),
  };

  const files: Record<string, Uint8Array> = {};
  const items: BundleManifest['items'] = [];
  for (const item of state.evidence) {
    const file = item.purged ? undefined : evidencePath(item);
    if (file) files[file] = await cases.files.read(item.sha256, item.id);
    items.push({
      id: item.id,
      kind: item.kind,
      title: item.title,
      ...(file ? { file } : {}),
      sha256: item.sha256,
      size: item.size,
      purged: item.purged,
    });
  }
  const manifest: BundleManifest = {
    format: BUNDLE_FORMAT,
    caseId,
    title: state.title,
    exportedAt: head.at,
    exportedBy: who.actor,
    ledger: { size, root: head.root, keyFingerprint: fingerprint },
    items,
    reports: reportHashes,
  };
  const json = (value: unknown) => strToU8(`${JSON.stringify(value, null, 2)}\n`);
  Object.assign(files, reports, {
    [bundlePaths.manifest]: json(manifest),
    [bundlePaths.entries]: strToU8(covered.map((entry) => `${entry.body}\n`).join('')),
    [bundlePaths.head]: json(head),
    [bundlePaths.publicKey]: strToU8(cases.publicKey),
    [bundlePaths.proofs]: json(proofs),
    [bundlePaths.readme]: strToU8(verifyInstructions(manifest)),
  });
  // The modification time of every file is the head's, so the bundle's bytes depend on the case alone.
  const zip = zipSync(files, { level: 6, mtime: new Date(head.at) });
  return { zip, head, manifest };
}
