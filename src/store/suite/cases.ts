/** @module Contract: case ledgers are append-only, each entry lands with its signed head and the case's summary. */
import { expect, it } from 'vitest';
import type { CaseSummary, CaseTreeHead, StoredLedgerEntry } from '../../model/index.js';
import { type OpenStore, t0, withStore } from './fixtures.js';

function entry(caseId: string, seq: number): StoredLedgerEntry {
  return { caseId, seq, body: `{"seq":${seq}}`, leafHash: `${seq}`.padStart(64, '0') };
}

function head(caseId: string, size: number): CaseTreeHead {
  return { caseId, size, root: `${size}`.padStart(64, 'a'), at: t0 + size, signature: `sig${size}` };
}

function summary(id: string, size: number, changes: Partial<CaseSummary> = {}): CaseSummary {
  return {
    id,
    title: `Case ${id}`,
    status: 'open',
    hold: false,
    subjects: ['E1'],
    openedAt: t0,
    openedBy: 'alice',
    updatedAt: t0 + size,
    size,
    ...changes,
  };
}

export function caseTests(open: OpenStore): void {
  const store = withStore(open);

  it('keeps each entry with its signed head, and the summary as of the last append', async () => {
    for (let seq = 0; seq < 3; seq++) {
      await store().appendLedger(entry('C1', seq), head('C1', seq + 1), summary('C1', seq + 1));
    }
    await store().appendLedger(entry('C2', 0), head('C2', 1), summary('C2', 1, { hold: true, subjects: [] }));
    await store().appendLedger(
      entry('C1', 3),
      head('C1', 4),
      summary('C1', 4, { status: 'investigating', updatedAt: t0 + 10 }),
    );

    expect(await store().ledger('C1')).toEqual([0, 1, 2, 3].map((seq) => entry('C1', seq)));
    expect(await store().ledger('C1', 2)).toEqual([entry('C1', 2), entry('C1', 3)]);
    expect(await store().treeHeads('C1')).toEqual([1, 2, 3, 4].map((size) => head('C1', size)));
    expect(await store().caseSummary('C1')).toEqual(
      summary('C1', 4, { status: 'investigating', updatedAt: t0 + 10 }),
    );
    expect(await store().caseSummary('C9')).toBeUndefined();
    expect((await store().cases()).map((c) => [c.id, c.hold, c.subjects])).toEqual([
      ['C1', false, ['E1']],
      ['C2', true, []],
    ]);
  });

  it('refuses an entry whose place is taken, and writes none of the three then', async () => {
    await store().appendLedger(entry('C1', 0), head('C1', 1), summary('C1', 1));
    const rival = { ...entry('C1', 0), body: '{"rival":true}' };
    await expect(
      store().appendLedger(rival, head('C1', 2), summary('C1', 2, { title: 'rival' })),
    ).rejects.toMatchObject({ code: 'MH_ERR_CONFLICT' });
    expect(await store().ledger('C1')).toEqual([entry('C1', 0)]);
    expect(await store().treeHeads('C1')).toEqual([head('C1', 1)]);
    expect((await store().caseSummary('C1'))?.title).toBe('Case C1');
  });
}
