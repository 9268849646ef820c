/** @module Contract: which events a query selects, and how many. */
import { beforeEach, expect, it } from 'vitest';
import type { Event } from '../../model/index.js';
import type { EventQuery } from '../contract.js';
import { badge, mail, type OpenStore, t0, withStore } from './fixtures.js';

export function filterTests(open: OpenStore): void {
  const store = withStore(open);
  const minute = 60_000;
  const events: Record<string, Event> = {
    inLab: badge('in', { time: t0 - minute }),
    outLab: badge('out', {
      time: t0,
      action: 'badge.out',
      attrs: { 'molehunt.door': 'N5-1', 'molehunt.area.level': 3 },
    }),
    garage: badge('garage', {
      time: t0 + minute,
      actor: 'E2002',
      source: 'garage-cam',
      kind: 'vehicle',
      action: 'vehicle.sighting',
      attrs: { 'molehunt.vehicle.plate': '沪A·*87D', 'molehunt.vehicle.plate_partial': true },
    }),
    sent: mail('sent', { time: t0 + 2 * minute }),
    other: mail('other', {
      time: t0 + 3 * minute,
      actor: 'E2002',
      attrs: { 'email.to.address': ['x@lumen.example'], 'molehunt.email.size': '31337' },
    }),
  };
  const ids = (query: EventQuery) =>
    store()
      .events(query)
      .then((page) => page.items.map((e) => e.id));
  const expectIds = async (query: EventQuery, names: string[]) => {
    expect(await ids(query)).toEqual(names.map((name) => events[name]!.id));
    expect(await store().countEvents(query)).toBe(names.length);
  };

  beforeEach(async () => {
    await store().appendEvents(Object.values(events));
  });

  it('selects events by id, and an empty id list selects none', async () => {
    await expectIds({ ids: [events.garage!.id, events.inLab!.id] }, ['inLab', 'garage']);
    await expectIds({ ids: [] }, []);
  });

  it('selects one person’s events', async () => {
    await expectIds({ actor: 'E1001' }, ['inLab', 'outLab', 'sent']);
    await expectIds({ actor: 'E9999' }, []);
  });

  it('selects by kind, action and source; an empty list selects nothing', async () => {
    await expectIds({ kinds: ['badge', 'vehicle'] }, ['inLab', 'outLab', 'garage']);
    await expectIds({ actions: ['badge.out', 'email.send'] }, ['outLab', 'sent', 'other']);
    await expectIds({ sources: ['garage-cam'] }, ['garage']);
    await expectIds({ kinds: ['email'], sources: ['badge'] }, []);
    await expectIds({ kinds: [] }, []);
  });

  it('selects the half-open time range [from, to)', async () => {
    await expectIds({ from: t0, to: t0 + 2 * minute }, ['outLab', 'garage']);
    await expectIds({ from: t0 + 3 * minute }, ['other']);
    await expectIds({ to: t0 }, ['inLab']);
    await expectIds({ from: t0, to: t0 }, []);
  });

  it('matches attributes by value and type: a number never equals its text', async () => {
    await expectIds({ attrs: { 'molehunt.door': 'N5-1' } }, ['inLab', 'outLab']);
    await expectIds({ attrs: { 'molehunt.area.level': 3 } }, ['outLab']);
    await expectIds({ attrs: { 'molehunt.area.level': '3' } }, []);
    await expectIds(
      { attrs: { 'molehunt.vehicle.plate_partial': true, 'molehunt.vehicle.plate': '沪A·*87D' } },
      ['garage'],
    );
    await expectIds({ attrs: { 'molehunt.email.size': 31337 } }, ['sent']);
    await expectIds({ attrs: { 'molehunt.email.size': '31337' } }, ['other']);
    await expectIds({ attrs: { 'molehunt.door': 'N5-1', 'molehunt.area': 'nowhere' } }, []);
  });

  it('matches a list-valued attribute that contains the value, or equals the whole list', async () => {
    await expectIds({ attrs: { 'email.to.address': 'editor@blog.example' } }, ['sent']);
    await expectIds({ attrs: { 'email.attachments.file.size': 5 } }, ['sent']);
    await expectIds({ attrs: { 'email.to.address': ['x@lumen.example'] } }, ['other']);
    await expectIds({ attrs: { 'email.to.address': 'nobody@blog.example' } }, []);
  });

  it('combines every filter', async () => {
    const query: EventQuery = { actor: 'E1001', kinds: ['badge', 'email'], from: t0, to: t0 + 10 * minute };
    await expectIds(query, ['outLab', 'sent']);
    await expectIds({ ...query, attrs: { 'email.from.address': 'chen.zhou@lumen.example' } }, ['sent']);
  });
}
