/** @module Contract: appending events, duplicates, and exact round-trips of every value type. */
import { expect, it } from 'vitest';
import type { Event } from '../../model/index.js';
import { badge, mail, type OpenStore, t0, withStore } from './fixtures.js';

export function appendTests(open: OpenStore): void {
  const store = withStore(open);

  it('reads back every field exactly: Chinese, emoji, quotes, control characters and every attribute type', async () => {
    const full: Event = badge('full', {
      actor: '周晨',
      target: '🚪 N5-实验室 "east"',
      attrs: {
        'user.name': '周晨 (Zhou Chen) 🕵️',
        'labels.note': 'line one\nline two\t"quoted" \\ back\u001f unit separator',
        'molehunt.area.level': 3,
        'molehunt.vehicle.ocr_confidence': 0.875,
        'molehunt.hr.fine': -1250.5,
        'file.size': Number.MAX_SAFE_INTEGER,
        'labels.zero': 0,
        'molehunt.gate.registered': false,
        'molehunt.person.priority': true,
        'email.to.address': ['周晨@lumen.example', 'x@😀.example'],
        'email.attachments.file.size': [0, 1.5, -2, 1e21],
        'email.cc.address': [],
      },
      raw: { batch: '批次-1', file: '门禁/导出 2025-09.csv', line: 123456 },
    });
    const bare: Event = badge('bare', { time: t0 + 1, actor: undefined, target: undefined, attrs: {} });
    const negative: Event = mail('old', { time: -86_400_000, raw: { batch: 'b', file: '', line: 0 } });
    await store().appendEvents([full, bare, negative]);
    const { items } = await store().events({});
    expect(items).toEqual([negative, full, bare]);
    expect(items[2]).not.toHaveProperty('actor');
    expect(items[2]).not.toHaveProperty('target');
  });

  it('keeps a list apart from a string that reads like it, and a number apart from its text', async () => {
    const events = [
      badge('s', { attrs: { 'labels.v': '["N5"]', 'labels.n': '7' } }),
      badge('l', { time: t0 + 1, attrs: { 'labels.v': ['N5'], 'labels.n': 7 } }),
    ];
    await store().appendEvents(events);
    expect((await store().events({})).items).toEqual(events);
  });

  it('counts an id already stored as a duplicate and changes nothing', async () => {
    const first = badge('a');
    expect(await store().appendEvents([first])).toEqual({ stored: 1, duplicates: [] });
    const sameId = { ...badge('a'), time: t0 + 60_000, target: 'G1-garage' };
    expect(await store().appendEvents([sameId])).toEqual({ stored: 0, duplicates: [first.id] });
    expect((await store().events({})).items).toEqual([first]);
  });

  it('lists each repeat within one call once per repeat', async () => {
    const [a, b, c] = [badge('a'), badge('b'), badge('c')];
    expect(await store().appendEvents([a, b, a, c, a])).toEqual({ stored: 3, duplicates: [a.id, a.id] });
    expect(await store().countEvents({})).toBe(3);
  });

  it('mixes new and stored events in one call', async () => {
    const [old1, old2, new1, new2] = [badge('o1'), badge('o2'), badge('n1'), badge('n2')];
    await store().appendEvents([old1, old2]);
    expect(await store().appendEvents([old1, new1, old2, new2, new1])).toEqual({
      stored: 2,
      duplicates: [old1.id, old2.id, new1.id],
    });
  });

  it('re-appending a whole batch stores nothing the second time', async () => {
    const batch = Array.from({ length: 50 }, (_, i) => badge(`r${i}`, { time: t0 + i * 1000 }));
    expect(await store().appendEvents(batch)).toEqual({ stored: 50, duplicates: [] });
    expect(await store().appendEvents(batch)).toEqual({ stored: 0, duplicates: batch.map((e) => e.id) });
    expect(await store().countEvents({})).toBe(50);
    expect(await store().appendEvents([])).toEqual({ stored: 0, duplicates: [] });
  });

  it('finds duplicates exactly in batches larger than a few thousand events', async () => {
    const first = Array.from({ length: 5000 }, (_, i) =>
      badge(`big${i}`, { time: t0 + i, actor: `E${i % 97}` }),
    );
    expect((await store().appendEvents(first)).stored).toBe(5000);
    const second = Array.from({ length: 5000 }, (_, i) => badge(`next${i}`, { time: t0 + i }));
    const old = [first[0]!, first[2047]!, first[2048]!, first[4999]!];
    second.splice(100, 0, ...old);
    second.push(second[3000]!, old[1]!);
    const result = await store().appendEvents(second);
    expect(result.stored).toBe(5000);
    expect(result.duplicates).toEqual([...old.map((e) => e.id), second[3000]!.id, old[1]!.id]);
    expect(await store().countEvents({})).toBe(10_000);
  });
}
