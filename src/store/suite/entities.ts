/** @module Contract: entities merged by key and found by name in any script, relations stored once. */
import { expect, it } from 'vitest';
import type { Entity, Relation } from '../../model/index.js';
import { type OpenStore, person, withStore } from './fixtures.js';

export function entityTests(open: OpenStore): void {
  const store = withStore(open);
  const acme: Entity = {
    type: 'company',
    id: '91310000MA1K',
    name: '周晨',
    names: { en: 'Zhou Chen Trading' },
    attrs: { 'molehunt.company.address': '上海市 🏢' },
    source: 'registry',
  };

  it('inserts entities and reads them by key', async () => {
    expect(await store().upsertEntities([person('E1001'), acme])).toBe(2);
    expect(await store().entity('person', 'E1001')).toEqual(person('E1001'));
    expect(await store().entity('company', '91310000MA1K')).toEqual(acme);
    expect(await store().entity('person', 'E404')).toBeUndefined();
    expect(await store().entity('company', 'E1001')).toBeUndefined();
  });

  it('merges an upsert: given attributes and names overwrite, the others are kept', async () => {
    await store().upsertEntities([person('E1001')]);
    const update: Entity = {
      type: 'person',
      id: 'E1001',
      name: 'Zhou Chen',
      names: { en: 'Kevin Zhou' },
      attrs: { 'molehunt.hr.department': 'RD', 'molehunt.person.priority': true },
      source: 'hr',
    };
    expect(await store().upsertEntities([update])).toBe(1);
    expect(await store().entity('person', 'E1001')).toEqual({
      ...update,
      names: { zh: '周晨', pinyin: 'Zhou Chen', en: 'Kevin Zhou', aliases: ['Kevin Zhou'] },
      attrs: {
        'user.email': 'chen.zhou@lumen.example',
        'molehunt.hr.department': 'RD',
        'molehunt.person.priority': true,
      },
    });
  });

  it('merges an entity given twice in one call', async () => {
    const later = person('E1001', { names: undefined, attrs: { 'molehunt.person.phone': '+86 21 5555' } });
    expect(await store().upsertEntities([person('E1001'), later])).toBe(1);
    const stored = await store().entity('person', 'E1001');
    expect(stored?.names).toEqual(person('E1001').names);
    expect(stored?.attrs).toEqual({ ...person('E1001').attrs, 'molehunt.person.phone': '+86 21 5555' });
  });

  it('finds entities by a name in any script, ignoring case, and only whole names', async () => {
    const other = person('E2002', {
      name: '王伟',
      names: { zh: '王伟', pinyin: 'Wang Wei' },
      attrs: { 'user.email': 'wei.wang@lumen.example' },
    });
    await store().upsertEntities([person('E1001'), other, acme]);
    const found = (name: string, type?: 'person') =>
      store()
        .findEntities({ name, type })
        .then((es) => es.map((e) => e.id));
    expect(await found('周晨')).toEqual(['91310000MA1K', 'E1001']);
    expect(await found('周晨', 'person')).toEqual(['E1001']);
    expect(await found('zhou chen', 'person')).toEqual(['E1001']);
    expect(await found('CHEN ZHOU')).toEqual(['E1001']);
    expect(await found('kevin zhou')).toEqual(['E1001']);
    expect(await found('zhou chen trading')).toEqual(['91310000MA1K']);
    expect(await found('Zhou')).toEqual([]);
    expect(await found('王伟')).toEqual(['E2002']);
  });

  it('finds entities by type and by attributes, within the limit', async () => {
    await store().upsertEntities([
      person('E1001'),
      person('E2002', { attrs: { 'user.email': 'b@lumen.example' } }),
      acme,
    ]);
    const ids = (es: Entity[]) => es.map((e) => e.id);
    expect(ids(await store().findEntities({ type: 'person' }))).toEqual(['E1001', 'E2002']);
    expect(ids(await store().findEntities({ type: 'person', limit: 1 }))).toEqual(['E1001']);
    expect(ids(await store().findEntities({ type: 'person', limit: 1, afterId: 'E1001' }))).toEqual([
      'E2002',
    ]);
    expect(ids(await store().findEntities({ type: 'person', afterId: 'E2002' }))).toEqual([]);
    await expect(store().findEntities({ afterId: 'E1001' })).rejects.toMatchObject({ code: 'MH_ERR_USAGE' });
    expect(ids(await store().findEntities({ attrs: { 'user.email': 'b@lumen.example' } }))).toEqual([
      'E2002',
    ]);
    expect(
      ids(await store().findEntities({ type: 'company', attrs: { 'user.email': 'b@lumen.example' } })),
    ).toEqual([]);
  });

  it('stores a relation once per (from, to, type), merges its attributes, and finds it from either end', async () => {
    const owner: Relation = {
      from: 'person:E1001',
      to: 'vehicle:沪A·12387D',
      type: 'owner',
      attrs: { since: 2021 },
      source: 'registry',
    };
    const relative: Relation = {
      from: 'person:E1001',
      to: 'person:E3003',
      type: 'relative',
      attrs: {},
      source: 'hr',
    };
    expect(await store().upsertRelations([owner, relative])).toBe(2);
    expect(await store().upsertRelations([{ ...owner, attrs: { confirmed: true }, source: 'camera' }])).toBe(
      1,
    );
    const merged = { ...owner, attrs: { since: 2021, confirmed: true }, source: 'camera' };
    expect(await store().relations('person:E1001')).toEqual([relative, merged]);
    expect(await store().relations('vehicle:沪A·12387D')).toEqual([merged]);
    expect(await store().relations('person:E3003')).toEqual([relative]);
    expect(await store().relations('person:E404')).toEqual([]);
  });
}
