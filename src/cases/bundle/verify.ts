/**
 * @module Verifying an exported case bundle offline: the signed head, every ledger line's place in the tree it
 * signs, every evidence file and report against the hash its entry recorded, and nothing in the zip that should
 * not be there. Each problem names the entry, item or file, so a reader knows what to distrust.
 */
import { strFromU8, unzipSync } from 'fflate';
import type { CaseTreeHead, LedgerEntry } from '../../model/index.js';
import { sha256Hex } from '../evidence-files.js';
import {
  keyFingerprint,
  leafHash,
  rootOf,
  verifyConsistency,
  verifyHead,
  verifyInclusion,
} from '../ledger/index.js';
import { type BundleManifest, type BundleProofs, bundlePaths, evidencePath } from './layout.js';

export interface BundleProblem {
  kind: 'unreadable' | 'signature' | 'key' | 'altered' | 'added' | 'missing' | 'inconsistent';
  /** The file in the bundle it concerns. */
  file?: string;
  /** The ledger entry (seq; entries are numbered from 1 in messages). */
  seq?: number;
  /** The evidence item. */
  item?: string;
  message: string;
}

export interface BundleReport {
  caseId?: string;
  title?: string;
  /** Entries the signed head covers, and their root. */
  size?: number;
  root?: string;
  fingerprint?: string;
  /** Evidence items the ledger lists. */
  items: number;
  problems: BundleProblem[];
}

export interface VerifyOptions {
  /** The fingerprint the bundle's key must have (as the workspace shows it). */
  key?: string;
  /** An earlier bundle of the same case, which this one must extend. */
  against?: Uint8Array;
}

export function verifyBundle(zip: Uint8Array, options: VerifyOptions = {}): BundleReport {
  const opened = openBundle(zip);
  if ('problem' in opened) return { items: 0, problems: [opened.problem] };
  const { files, head, pem, lines, proofs } = opened;
  const problems: BundleProblem[] = [];
  const fingerprint = keyFingerprint(pem);
  if (options.key !== undefined && options.key !== fingerprint) {
    problems.push({
      kind: 'key',
      file: bundlePaths.publicKey,
      message: `the bundle is signed with the key ${fingerprint}, not the expected ${options.key}`,
    });
  }
  if (!verifyHead(head, pem)) {
    problems.push({
      kind: 'signature',
      file: bundlePaths.head,
      message:
        "the tree head's signature does not verify with the bundle's public key: the head or the key was changed",
    });
  }
  const entries = checkEntries(lines, head, proofs, problems);
  const report: BundleReport = {
    caseId: head.caseId,
    size: head.size,
    root: head.root,
    fingerprint,
    items: 0,
    problems,
  };
  const opening = entries.find((entry) => entry.action === 'case.open');
  if (opening?.action === 'case.open') report.title = opening.title;

  const expected = new Set<string>(Object.values(bundlePaths));
  const purged = new Set(entries.flatMap((e) => (e.action === 'evidence.purge' ? [e.item] : [])));
  for (const entry of entries) {
    if (entry.action !== 'evidence.add') continue;
    report.items++;
    const { item } = entry;
    if (purged.has(item.id)) continue;
    const path = evidencePath(item);
    expected.add(path);
    checkFile(files, path, item.sha256, `evidence ${item.id} (${item.title})`, problems, item.id);
  }
  const exported = entries.at(-1);
  if (exported?.action === 'case.export') {
    for (const [name, sha256] of Object.entries(exported.reports)) {
      expected.add(name);
      checkFile(files, name, sha256, `the report ${name}`, problems);
    }
  }
  for (const name of Object.keys(files)) {
    if (!expected.has(name) && !name.endsWith('/')) {
      problems.push({
        kind: 'added',
        file: name,
        message: `${name} is not part of the exported case: it was added`,
      });
    }
  }
  checkManifest(files, entries, purged, problems);
  if (options.against) checkAgainst(options.against, report, opened, problems);
  return report;
}

interface OpenedBundle {
  files: Record<string, Uint8Array>;
  head: CaseTreeHead;
  pem: string;
  lines: string[];
  /** Undefined when proofs.json is missing or unreadable: the checks that need it then fail. */
  proofs: BundleProofs | undefined;
}

function openBundle(zip: Uint8Array): OpenedBundle | { problem: BundleProblem } {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(zip);
  } catch (cause) {
    return { problem: { kind: 'unreadable', message: `not a readable zip: ${(cause as Error).message}` } };
  }
  for (const path of [bundlePaths.head, bundlePaths.publicKey, bundlePaths.entries]) {
    if (!files[path]) return { problem: { kind: 'missing', file: path, message: `${path} is missing` } };
  }
  try {
    const head = JSON.parse(strFromU8(files[bundlePaths.head]!)) as CaseTreeHead;
    const pem = strFromU8(files[bundlePaths.publicKey]!);
    keyFingerprint(pem);
    const text = strFromU8(files[bundlePaths.entries]!);
    const lines = text.endsWith('\n') ? text.slice(0, -1).split('\n') : text.split('\n');
    return { files, head, pem, lines: text === '' ? [] : lines, proofs: readProofs(files) };
  } catch (cause) {
    return {
      problem: {
        kind: 'unreadable',
        message: `the head or the public key cannot be read: ${(cause as Error).message}`,
      },
    };
  }
}

function readProofs(files: Record<string, Uint8Array>): BundleProofs | undefined {
  try {
    return JSON.parse(strFromU8(files[bundlePaths.proofs]!)) as BundleProofs;
  } catch {
    return undefined;
  }
}

/**
 * The ledger lines checked against the signed head. When their root matches, every line is as signed. When it does
 * not, each line's inclusion proof says which ones changed. Returns the entries that can be trusted.
 */
function checkEntries(
  lines: string[],
  head: CaseTreeHead,
  proofs: BundleProofs | undefined,
  problems: BundleProblem[],
): LedgerEntry[] {
  const leaves = lines.map((line) => leafHash(Buffer.from(line, 'utf8')));
  const root = Buffer.from(head.root, 'hex');
  const trusted: LedgerEntry[] = [];
  const intact = leaves.length === head.size && rootOf(leaves).equals(root);
  leaves.forEach((leaf, seq) => {
    if (seq >= head.size) {
      problems.push({
        kind: 'added',
        file: bundlePaths.entries,
        seq,
        message: `entry ${seq + 1} was added: the signed head covers ${head.size}`,
      });
      return;
    }
    const proof = proofs?.inclusion[seq]?.map((node) => Buffer.from(node, 'hex'));
    const included = proof !== undefined && verifyInclusion(leaf, seq, head.size, proof, root);
    if (!intact && !included) {
      problems.push({
        kind: 'altered',
        file: bundlePaths.entries,
        seq,
        message: `entry ${seq + 1} was altered: ${describe(lines[seq]!)} is not what the signed head covers`,
      });
      return;
    }
    if (intact && !included) {
      problems.push({
        kind: 'altered',
        file: bundlePaths.proofs,
        seq,
        message: `the inclusion proof of entry ${seq + 1} was altered (the entries themselves match the signed head)`,
      });
    }
    const entry = parse(lines[seq]!);
    if (entry) trusted.push(entry);
  });
  if (lines.length < head.size) {
    problems.push({
      kind: 'missing',
      file: bundlePaths.entries,
      seq: lines.length,
      message: `entries ${lines.length + 1} to ${head.size} are missing: the signed head covers ${head.size}, the bundle has ${lines.length}`,
    });
  }
  return trusted;
}

function checkFile(
  files: Record<string, Uint8Array>,
  path: string,
  sha256: string,
  what: string,
  problems: BundleProblem[],
  item?: string,
): void {
  const content = files[path];
  const where = item ? { file: path, item } : { file: path };
  if (!content)
    problems.push({ kind: 'missing', ...where, message: `${what} is missing: ${path} is not in the bundle` });
  else if (sha256Hex(content) !== sha256) {
    problems.push({
      kind: 'altered',
      ...where,
      message: `${what} was altered: ${path} no longer has the SHA-256 the ledger recorded (${sha256.slice(0, 16)}…)`,
    });
  }
}

/** The manifest is for people; it must still say what the ledger says, or a reader would be misled. */
function checkManifest(
  files: Record<string, Uint8Array>,
  entries: LedgerEntry[],
  purged: ReadonlySet<string>,
  problems: BundleProblem[],
): void {
  const said = (items: { id: string; sha256: string; purged: boolean }[]) =>
    JSON.stringify(items.map(({ id, sha256, purged: gone }) => [id, sha256, gone]).sort());
  const fromLedger = entries.flatMap((entry) =>
    entry.action === 'evidence.add' ? [{ ...entry.item, purged: purged.has(entry.item.id) }] : [],
  );
  let manifest: BundleManifest | undefined;
  try {
    manifest = JSON.parse(strFromU8(files[bundlePaths.manifest]!)) as BundleManifest;
  } catch {
    manifest = undefined;
  }
  if (!manifest || said(manifest.items) !== said(fromLedger)) {
    problems.push({
      kind: 'altered',
      file: bundlePaths.manifest,
      message: `${bundlePaths.manifest} does not list the items the ledger holds: do not rely on it, the ledger is what counts`,
    });
  }
}

/** This bundle must extend the earlier one: the earlier head's tree is a prefix of this head's tree. */
function checkAgainst(
  earlierZip: Uint8Array,
  report: BundleReport,
  opened: OpenedBundle,
  problems: BundleProblem[],
): void {
  const earlier = openBundle(earlierZip);
  if ('problem' in earlier) {
    problems.push({ ...earlier.problem, message: `the earlier bundle: ${earlier.problem.message}` });
    return;
  }
  const message = inconsistency(earlier, opened, report.fingerprint!);
  if (message) problems.push({ kind: 'inconsistent', message });
}

/** Why `later` does not extend `earlier`, or undefined when it does. */
function inconsistency(earlier: OpenedBundle, later: OpenedBundle, fingerprint: string): string | undefined {
  const old = earlier.head;
  const now = later.head;
  if (!verifyHead(old, earlier.pem)) return "the earlier bundle's head signature does not verify";
  if (keyFingerprint(earlier.pem) !== fingerprint) {
    return `the earlier bundle is signed with another key (${keyFingerprint(earlier.pem)})`;
  }
  if (old.caseId !== now.caseId) return `the earlier bundle is of another case (${old.caseId})`;
  if (old.size > now.size)
    return `the earlier bundle covers ${old.size} entries, more than this one (${now.size})`;
  const carried = later.proofs?.consistency.find((c) => c.head.size === old.size);
  const proof = carried?.proof.map((node) => Buffer.from(node, 'hex')) ?? [];
  const hash = (hex: string) => Buffer.from(hex, 'hex');
  const extends_ =
    old.size === now.size
      ? old.root === now.root
      : verifyConsistency(old.size, now.size, hash(old.root), hash(now.root), proof);
  return extends_
    ? undefined
    : `this bundle's ledger does not extend the earlier one (${old.size} entries, root ${old.root.slice(0, 16)}…): entries exported then were changed or removed`;
}

function parse(line: string): LedgerEntry | undefined {
  try {
    return JSON.parse(line) as LedgerEntry;
  } catch {
    return undefined;
  }
}

/** An entry as a reader would name it: its action, and the evidence's title when it adds some. */
function describe(line: string): string {
  const entry = parse(line);
  if (!entry) return 'a line that is not even JSON any more';
  if (entry.action === 'evidence.add')
    return `the addition of evidence ${entry.item.id} (${entry.item.title})`;
  return `the ${entry.action} entry`;
}
