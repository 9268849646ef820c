/** @module Contract: detection signals and the engine state saved with them; events by import batch. */
import { expect, it } from 'vitest';
import { type Signal, signalId } from '../../model/index.js';
import { badge, type OpenStore, t0, withStore } from './fixtures.js';

function signal(rule: string, events: string[], time: number, person = 'E1001'): Signal {
  return {
    id: signalId(rule, events),
    rule,
    title: `rule ${rule}`,
    level: 'high',
    person,
    time,
    group: {},
    events,
  };
}

export function signalTests(open: OpenStore): void {
  const store = withStore(open);

  it('stores signals once, with the state saved alongside', async () => {
    const a = signal('r1', ['e1'], t0);
    const b = signal('r2', ['e1', 'e2'], t0 + 60_000, 'E2002');
    expect(await store().detectionState()).toBeUndefined();
    expect(await store().saveDetection([a, b], '{"v":1}')).toBe(2);
    expect(await store().saveDetection([b, signal('r1', ['e3'], t0 + 1)], '{"v":2}')).toBe(1);
    expect(await store().detectionState()).toBe('{"v":2}');
    expect((await store().signals({})).items.map((s) => s.id)).toEqual([
      a.id,
      signal('r1', ['e3'], t0 + 1).id,
      b.id,
    ]);
    expect((await store().signals({ person: 'E2002' })).items).toEqual([b]);
    expect(await store().signalCounts()).toEqual({ r1: 2, r2: 1 });
  });

  it('pages signals in time order', async () => {
    const all = Array.from({ length: 5 }, (_, i) => signal('r', [`e${i}`], t0 + i));
    await store().saveDetection(all, '{}');
    const first = await store().signals({ limit: 3 });
    const second = await store().signals({ limit: 3, after: first.next });
    expect([...first.items, ...second.items]).toEqual(all);
    expect(second.next).toBeUndefined();
  });

  it('scans every matching event in time order, as paging would read them', async () => {
    const events = Array.from({ length: 30 }, (_, i) =>
      badge(`scan-${i}`, { time: t0 + ((i * 7) % 30) * 1000, actor: i % 2 ? 'E1' : 'E2' }),
    );
    await store().appendEvents(events);
    const scanned: string[] = [];
    const count = await store().scanEvents({ actor: 'E1' }, (chunk) =>
      scanned.push(...chunk.map((e) => e.id)),
    );
    const paged = (await store().events({ actor: 'E1', limit: 100 })).items.map((e) => e.id);
    expect(count).toBe(15);
    expect(scanned).toEqual(paged);
  });

  it('selects the events one import batch stored', async () => {
    await store().appendEvents([
      badge('a', { raw: { batch: 'first', file: 'a.csv', line: 2 } }),
      badge('b', { raw: { batch: 'second', file: 'b.csv', line: 2 } }),
    ]);
    const ids = (batches: string[]) =>
      store()
        .events({ batches })
        .then((p) => p.items.map((e) => e.raw.batch));
    expect(await ids(['second'])).toEqual(['second']);
    expect(await ids([])).toEqual([]);
  });
}
