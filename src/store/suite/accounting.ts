/** @module Contract: import batches, the quarantine, and the stats that sum them up. */
import { expect, it } from 'vitest';
import type { ImportBatch, QuarantineRecord } from '../../model/index.js';
import { badge, mail, type OpenStore, person, t0, withStore } from './fixtures.js';

function batch(id: string, startedAt: number): ImportBatch {
  const counts = { read: 0, stored: 0, duplicates: 0, quarantined: 0, entities: 0 };
  return {
    id,
    profile: 'badge-gbk',
    source: 'badge',
    files: ['门禁 9月.csv', 'b.csv'],
    startedAt,
    ...counts,
    status: 'running',
  };
}

function record(
  batchId: string,
  file: string,
  line: number,
  over: Partial<QuarantineRecord> = {},
): QuarantineRecord {
  return {
    batch: batchId,
    file,
    line,
    field: '时间',
    reason: 'not a date: "昨天"',
    raw: `${line},昨天,E1001,周晨 🚪`,
    at: t0,
    ...over,
  };
}

export function accountingTests(open: OpenStore): void {
  const store = withStore(open);

  it('records a batch as running, then its counts and status', async () => {
    await store().beginImport(batch('b1', t0));
    expect(await store().imports()).toEqual([batch('b1', t0)]);
    const done: ImportBatch = {
      ...batch('b1', t0),
      files: ['门禁 9月.csv'],
      finishedAt: t0 + 5000,
      read: 10,
      stored: 7,
      duplicates: 2,
      quarantined: 1,
      entities: 0,
      status: 'done',
    };
    await store().finishImport(done);
    expect(await store().imports()).toEqual([done]);
  });

  it('lists batches most recent first, within the limit', async () => {
    await store().beginImport(batch('old', t0));
    await store().beginImport(batch('new', t0 + 1000));
    await store().beginImport(batch('mid', t0 + 500));
    expect((await store().imports()).map((b) => b.id)).toEqual(['new', 'mid', 'old']);
    expect((await store().imports(2)).map((b) => b.id)).toEqual(['new', 'mid']);
  });

  it('keeps quarantined records in order and selects them by batch and file, page by page', async () => {
    const records = [
      record('b1', 'a.csv', 2),
      record('b1', 'a.csv', 3, { field: undefined, raw: 'x'.repeat(2000) }),
      record('b1', 'b.csv', 2),
      record('b2', 'a.csv', 9),
      record('b1', 'a.csv', 4, { reason: 'wrong column count: 5 of 7', raw: '"unclosed,quote\n🙂' }),
    ];
    await store().addQuarantine(records.slice(0, 2));
    await store().addQuarantine(records.slice(2));
    const all = await store().quarantine({});
    expect(all.items).toEqual(records);
    expect(all.items[1]).not.toHaveProperty('field');
    expect((await store().quarantine({ batch: 'b1' })).items).toEqual([0, 1, 2, 4].map((i) => records[i]));
    expect((await store().quarantine({ file: 'a.csv' })).items).toEqual([0, 1, 3, 4].map((i) => records[i]));
    expect((await store().quarantine({ batch: 'b1', file: 'a.csv' })).items).toEqual(
      [0, 1, 4].map((i) => records[i]),
    );
    const first = await store().quarantine({ batch: 'b1', limit: 2 });
    expect(first.items).toEqual([records[0], records[1]]);
    const second = await store().quarantine({ batch: 'b1', limit: 2, after: first.next });
    expect(second.items).toEqual([records[2], records[4]]);
    expect(second.next).toBeUndefined();
  });

  it('counts nothing in an empty store', async () => {
    expect(await store().stats()).toEqual({
      events: 0,
      eventsByKind: {},
      eventsBySource: {},
      persons: 0,
      entitiesByType: {},
      relations: 0,
      quarantined: 0,
      imports: 0,
    });
  });

  it('counts events by kind and source, entities by type, and the first and last event time', async () => {
    await store().appendEvents([
      badge('a', { time: t0 - 5000 }),
      badge('b'),
      badge('c', { source: 'badge-b2', raw: { batch: 'b2', file: 'b2.csv', line: 7 } }),
      mail('m', { time: t0 + 9000 }),
    ]);
    await store().upsertEntities([
      person('E1001'),
      person('E2002'),
      { ...person('N5'), type: 'area', name: 'N5 lab' },
    ]);
    await store().upsertRelations([
      { from: 'person:E1001', to: 'person:E2002', type: 'contact', attrs: {}, source: 'hr' },
    ]);
    await store().addQuarantine([record('b1', 'a.csv', 2)]);
    await store().beginImport(batch('b1', t0));
    expect(await store().stats()).toEqual({
      events: 4,
      eventsByKind: { badge: 3, email: 1 },
      eventsBySource: { badge: 2, 'badge-b2': 1, mail: 1 },
      persons: 2,
      entitiesByType: { area: 1, person: 2 },
      relations: 1,
      quarantined: 1,
      imports: 1,
      firstEvent: t0 - 5000,
      lastEvent: t0 + 9000,
    });
  });

  it('refuses use once closed', async () => {
    const closed = await open();
    await closed.close();
    await expect(closed.countEvents({})).rejects.toThrow();
  });
}
