import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { eventId } from '../../model/index.js';
import { runStoreContract } from '../contract.suite.js';
import { badge, person, t0 } from '../suite/fixtures.js';
import { openSession } from './driver.js';
import { IdSet } from './id-set.js';
import { openDuckDbStore } from './index.js';
import { migrations } from './migrations.js';
import { writeUuid } from './uuid.js';

const root = mkdtempSync(join(tmpdir(), 'molehunt-duckdb-'));
let files = 0;
const newPath = () => join(root, `store-${++files}`, 'molehunt.duckdb');
afterAll(() => rmSync(root, { recursive: true, force: true }));

runStoreContract('duckdb', () => openDuckDbStore({ path: newPath() }));

describe('DuckDB adapter', () => {
  it('creates the directory and keeps everything across a reopen, duplicates included', async () => {
    const path = newPath();
    const events = Array.from({ length: 3000 }, (_, i) => badge(`keep${i}`, { time: t0 + i }));
    const first = await openDuckDbStore({ path });
    expect(existsSync(path)).toBe(true);
    await first.appendEvents(events);
    await first.upsertEntities([person('E1001')]);
    await first.addQuarantine([{ batch: 'b', file: 'f.csv', line: 2, reason: 'bad', raw: '周晨', at: t0 }]);
    await first.close();

    const again = await openDuckDbStore({ path, threads: 1 });
    expect(await again.countEvents({})).toBe(3000);
    expect(await again.entity('person', 'E1001')).toEqual(person('E1001'));
    expect((await again.quarantine({})).items).toHaveLength(1);
    const repeat = await again.appendEvents([events[1234]!, badge('fresh')]);
    expect(repeat).toEqual({ stored: 1, duplicates: [events[1234]!.id] });
    await again.close();
  });

  it('runs each migration once, however often the file is opened', async () => {
    const path = newPath();
    await (await openDuckDbStore({ path })).close();
    await (await openDuckDbStore({ path })).close();
    const session = await openSession({ path });
    const rows = await session.rows('SELECT version, name FROM schema_migrations ORDER BY version');
    await session.close();
    expect(rows).toEqual(migrations.map((m) => ({ version: m.version, name: m.name })));
  });

  it('refuses a file whose schema is newer than this code', async () => {
    const path = newPath();
    await (await openDuckDbStore({ path })).close();
    const session = await openSession({ path });
    await session.exclusive((db) =>
      db.run("INSERT INTO schema_migrations VALUES (999, 'from the future', 0)"),
    );
    await session.close();
    await expect(openDuckDbStore({ path })).rejects.toMatchObject({
      code: 'MH_ERR_STORE_MIGRATION',
      message: expect.stringMatching(/schema version 999.*upgrade molehunt/),
    });
  });

  it('refuses to open a file twice in one process', async () => {
    const path = newPath();
    const store = await openDuckDbStore({ path });
    await expect(openDuckDbStore({ path })).rejects.toMatchObject({ code: 'MH_ERR_STORE_OPEN' });
    await store.close();
    await (await openDuckDbStore({ path })).close();
  });

  it('refuses a batch with a malformed event and stores none of it', async () => {
    const store = await openDuckDbStore({ path: newPath() });
    const bad = [badge('ok'), { ...badge('bad'), id: 'not-a-uuid' }];
    await expect(store.appendEvents(bad)).rejects.toMatchObject({
      code: 'MH_ERR_EVENT_INVALID',
      message: /event 2/,
    });
    await expect(store.appendEvents([{ ...badge('t'), time: 1.5 }])).rejects.toMatchObject({
      code: 'MH_ERR_EVENT_INVALID',
    });
    await expect(
      store.appendEvents([{ ...badge('n'), attrs: { 'labels.x': Number.NaN } }]),
    ).rejects.toMatchObject({ code: 'MH_ERR_EVENT_INVALID', message: /labels\.x/ });
    expect(await store.countEvents({})).toBe(0);
    expect(await store.appendEvents([badge('ok')])).toEqual({ stored: 1, duplicates: [] });
    await store.close();
  });

  it('keeps finding duplicates when the id set outgrows its table and is rebuilt', async () => {
    const store = await openDuckDbStore({ path: newPath() });
    const batches = Array.from({ length: 4 }, (_, b) =>
      Array.from({ length: 20_000 }, (_, i) => badge(`grow${b}-${i}`, { time: t0 + i })),
    );
    for (const batch of batches) expect((await store.appendEvents(batch)).stored).toBe(20_000);
    const again = [batches[0]![7]!, batches[3]![19_999]!, badge('grow-new')];
    expect(await store.appendEvents(again)).toEqual({ stored: 1, duplicates: [again[0]!.id, again[1]!.id] });
    await store.close();
  });

  it('keeps batches in order when a caller starts one before the last is stored', async () => {
    const store = await openDuckDbStore({ path: newPath() });
    const [a, b] = [badge('p1'), badge('p2')];
    const first = store.appendEvents([a, b]);
    const second = store.appendEvents([b, badge('p3')]);
    expect(await first).toEqual({ stored: 2, duplicates: [] });
    expect(await second).toEqual({ stored: 1, duplicates: [b.id] });
    await store.close();
  });
});

describe('writeUuid', () => {
  const lanes = new Uint32Array(4);

  it('reads UUIDs in either case to the same lanes', () => {
    const id = eventId('badge', 'x');
    expect(writeUuid(id, lanes, 0)).toBe(true);
    const lower = [...lanes];
    expect(writeUuid(id.toUpperCase(), lanes, 0)).toBe(true);
    expect([...lanes]).toEqual(lower);
    expect(writeUuid('00000000-0000-0000-0000-000000000001', lanes, 0)).toBe(true);
    expect([...lanes]).toEqual([1, 0, 0, 0x80000000]);
  });

  it('refuses anything but 8-4-4-4-12 hex digits', () => {
    for (const text of [
      '',
      'not-a-uuid',
      '0000000000000000000000000000000000000',
      '{00000000-0000-0000-0000-000000000001}',
      '00000000-0000-0000-0000-00000000000g',
      '00000000_0000-0000-0000-000000000001',
      '00000000-0000-0000-0000-00000000000１',
      '00000000-0000-0000-0000-0000000000周',
    ]) {
      expect(writeUuid(text, lanes, 0), text).toBe(false);
    }
  });
});

describe('IdSet', () => {
  it('proves ids new until they are added', () => {
    const set = new IdSet(10);
    const lanes = new Uint32Array(12);
    for (let i = 0; i < 3; i++) writeUuid(eventId('s', String(i)), lanes, i * 4);
    expect(set.addAll(lanes, 3)).toEqual([]);
    expect(set.addAll(lanes, 3)).toEqual([0, 1, 2]);
    expect(set.hasRoom(49_000)).toBe(true);
    expect(set.hasRoom(50_000)).toBe(false);
  });
});
