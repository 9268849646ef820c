/** @module Contract: (time, id) order both ways, and cursor pages without gaps or repeats. */
import { expect, it } from 'vitest';
import { allPages, badge, byTimeThenId, type OpenStore, t0, withStore } from './fixtures.js';

export function pageTests(open: OpenStore): void {
  const store = withStore(open);

  /** 250 events, 120 of them in one millisecond, from two people. */
  const crowd = Array.from({ length: 250 }, (_, i) =>
    badge(`crowd${i}`, { time: i < 120 ? t0 : t0 + (i % 17) * 1000, actor: i % 3 ? 'E1001' : 'E2002' }),
  );

  it('orders by (time, id), ascending or descending', async () => {
    await store().appendEvents(crowd);
    const sorted = [...crowd].sort(byTimeThenId);
    expect((await store().events({})).items).toEqual(sorted);
    expect((await store().events({ order: 'asc' })).items).toEqual(sorted);
    expect((await store().events({ order: 'desc' })).items).toEqual([...sorted].reverse());
  });

  it('pages through events sharing one time without gaps or repeats, either way', async () => {
    await store().appendEvents(crowd);
    const sorted = [...crowd].sort(byTimeThenId);
    expect(await allPages(store(), { limit: 7 })).toEqual(sorted);
    expect(await allPages(store(), { limit: 7, order: 'desc' })).toEqual([...sorted].reverse());
    const mine = sorted.filter((e) => e.actor === 'E1001');
    expect(await allPages(store(), { actor: 'E1001', limit: 11 })).toEqual(mine);
  });

  it('gives a cursor only while more events follow', async () => {
    await store().appendEvents(crowd.slice(0, 10));
    const whole = await store().events({ limit: 10 });
    expect(whole.items).toHaveLength(10);
    expect(whole.next).toBeUndefined();
    const first = await store().events({ limit: 4 });
    expect(first.next).toEqual(expect.any(String));
    const rest = await store().events({ limit: 10, after: first.next });
    expect(rest.items).toHaveLength(6);
    expect(rest.next).toBeUndefined();
  });

  it('pages 1,000 events by default and refuses a page size outside 1–10,000', async () => {
    await store().appendEvents(Array.from({ length: 1005 }, (_, i) => badge(`many${i}`, { time: t0 + i })));
    const page = await store().events({});
    expect(page.items).toHaveLength(1000);
    expect(page.next).toBeDefined();
    await expect(store().events({ limit: 0 })).rejects.toThrow(/limit/);
    await expect(store().events({ limit: 10_001 })).rejects.toThrow(/limit/);
    expect((await store().events({ limit: 10_000 })).items).toHaveLength(1005);
  });

  it('counts without regard to page size or cursor', async () => {
    await store().appendEvents(crowd);
    const first = await store().events({ actor: 'E2002', limit: 5 });
    expect(await store().countEvents({ actor: 'E2002', limit: 5, after: first.next })).toBe(84);
    expect(await store().countEvents({})).toBe(250);
  });
}
