/**
 * @module Appending to a case's ledger: the entry checked against the case as its ledger says it is, hashed as
 * canonical JSON (an RFC 6962 leaf), the new tree head signed, and the three written in one transaction.
 */
import type { KeyObject } from 'node:crypto';
import type { CaseAction, LedgerEntry, StoredLedgerEntry } from '../model/index.js';
import type { Store } from '../store/index.js';
import { applyEntry, type CaseState, foldCase, summaryOf } from './case-state.js';
import { canonicalJson, leafHash, rootOf, signHead } from './ledger/index.js';

/** Who does something to a case, and why when a reason was given. */
export interface CaseActor {
  actor: string;
  reason?: string;
}

export class CaseLedgers {
  /** Appends to one case run one at a time in this process; another process's append shows as a conflict. */
  private readonly tails = new Map<string, Promise<unknown>>();

  constructor(
    private readonly store: Store,
    private readonly key: KeyObject,
    private readonly clock: () => number = Date.now,
  ) {}

  /** The case as its stored ledger says, or undefined when there is no such case. */
  async state(caseId: string): Promise<CaseState | undefined> {
    return foldCase((await this.store.ledger(caseId)).map(parseEntry));
  }

  /** Appends one action; returns the case after it. Throws, writing nothing, when the case does not allow it. */
  append(caseId: string, action: CaseAction, who: CaseActor): Promise<CaseState> {
    const previous = this.tails.get(caseId) ?? Promise.resolve();
    const result = previous.then(() => this.appendNow(caseId, action, who));
    const tail = result.catch(() => undefined);
    this.tails.set(caseId, tail);
    void tail.then(() => {
      if (this.tails.get(caseId) === tail) this.tails.delete(caseId);
    });
    return result;
  }

  private async appendNow(caseId: string, action: CaseAction, who: CaseActor): Promise<CaseState> {
    const stored = await this.store.ledger(caseId);
    const before = foldCase(stored.map(parseEntry));
    const entry = {
      ...action,
      caseId,
      seq: stored.length,
      at: this.clock(),
      actor: who.actor,
      ...(who.reason ? { reason: who.reason } : {}),
    } as LedgerEntry;
    const after = applyEntry(before, entry);
    const body = canonicalJson(entry);
    const leaf = leafHash(Buffer.from(body, 'utf8'));
    const root = rootOf([...stored.map((s) => Buffer.from(s.leafHash, 'hex')), leaf]);
    const head = signHead(
      { caseId, size: stored.length + 1, root: root.toString('hex'), at: entry.at },
      this.key,
    );
    const record: StoredLedgerEntry = { caseId, seq: entry.seq, body, leafHash: leaf.toString('hex') };
    await this.store.appendLedger(record, head, summaryOf(after));
    return after;
  }
}

/** A stored entry's body as the entry it records. */
export function parseEntry(stored: StoredLedgerEntry): LedgerEntry {
  return JSON.parse(stored.body) as LedgerEntry;
}
