/**
 * @module Checking a case's ledger against its signed tree heads: every entry's body must hash to the leaves the
 * heads were signed over. A head is signed after every append, so the first head that no longer matches names the
 * entry that changed.
 */
import type { KeyObject } from 'node:crypto';
import type { CaseTreeHead } from '../model/index.js';
import { leafHash, rootOf, verifyHead } from './ledger/index.js';

/** One thing wrong, with the entry or item it concerns so a reader can find it. */
export interface LedgerProblem {
  kind: 'altered' | 'added' | 'missing' | 'signature';
  /** The ledger entry (seq), when the problem is one. */
  seq?: number;
  /** The evidence item, when the problem is one. */
  item?: string;
  message: string;
}

/**
 * Problems in `entries` (their seq and text, in seq order) against `heads` (smallest first). Checks that no seq is
 * skipped, each head's signature, then what each head covers: a body changed, entries added after the last head,
 * or entries missing at the end. Entries are named from 1 in messages, as a reader counts them.
 */
export function checkLedger(
  caseId: string,
  entries: readonly { seq: number; body: string }[],
  heads: readonly CaseTreeHead[],
  publicKey: KeyObject | string,
): LedgerProblem[] {
  const gap = entries.findIndex((entry, index) => entry.seq !== index);
  if (gap >= 0) {
    return [
      {
        kind: 'missing',
        seq: gap,
        message: `entry ${gap + 1} is missing: the ledger goes from ${gap} to ${entries[gap]!.seq + 1}`,
      },
    ];
  }
  const problems: LedgerProblem[] = [];
  const leaves = entries.map((entry) => leafHash(Buffer.from(entry.body, 'utf8')));
  let trusted = 0;
  for (const head of heads) {
    if (head.caseId !== caseId || !verifyHead(head, publicKey)) {
      problems.push({
        kind: 'signature',
        seq: head.size - 1,
        message: `tree head at size ${head.size}: the signature does not verify with the ledger's public key`,
      });
      continue;
    }
    if (head.size > leaves.length) {
      problems.push({
        kind: 'missing',
        seq: leaves.length,
        message: `entries ${leaves.length + 1} to ${head.size} are missing: a signed head covers ${head.size} entries, ${leaves.length} are there`,
      });
      break;
    }
    if (rootOf(leaves.slice(0, head.size)).toString('hex') !== head.root) {
      // Heads up to `trusted` matched, so the change is in an entry after them and at most this head's last.
      const seq = head.size - 1;
      problems.push({
        kind: 'altered',
        seq: seq === trusted ? seq : undefined,
        message:
          seq === trusted
            ? `entry ${seq + 1} was altered: it no longer hashes to what the head signed at size ${head.size} covers`
            : `an entry between ${trusted + 1} and ${head.size} was altered (no head was signed in between)`,
      });
      break;
    }
    trusted = head.size;
  }
  if (!problems.length && trusted < leaves.length) {
    problems.push({
      kind: 'added',
      seq: trusted,
      message: `entries ${trusted + 1} to ${leaves.length} were added after the last signed head (size ${trusted})`,
    });
  }
  return problems;
}
