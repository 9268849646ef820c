/** @module Builders and helpers shared by the parts of the Store contract suite. */
import { afterEach, beforeEach } from 'vitest';
import { type Entity, type Event, eventId } from '../../model/index.js';
import type { EventQuery, Store } from '../contract.js';

/** Opens a new, empty store; each test gets its own. */
export type OpenStore = () => Promise<Store>;

/** 2025-09-01 21:30 in Shanghai, the evening of the demo case. */
export const t0 = Date.UTC(2025, 8, 1, 13, 30);

/** Registers a fresh store for every test of the enclosing describe and returns its getter. */
export function withStore(open: OpenStore): () => Store {
  let store: Store | undefined;
  beforeEach(async () => {
    store = await open();
  });
  afterEach(async () => {
    await store?.close();
    store = undefined;
  });
  return () => {
    if (!store) throw new Error('the store is opened in beforeEach; use it inside a test');
    return store;
  };
}

/** A badge swipe; `key` makes its id. */
export function badge(key: string, over: Partial<Event> = {}): Event {
  return {
    id: eventId('badge', key),
    time: t0,
    source: 'badge',
    kind: 'badge',
    action: 'badge.in',
    actor: 'E1001',
    target: 'N5-1',
    attrs: { 'molehunt.door': 'N5-1', 'molehunt.area': 'N5' },
    raw: { batch: 'b-badge', file: 'badge.csv', line: 2 },
    ...over,
  };
}

/** An outbound mail with list-valued attributes; `key` makes its id. */
export function mail(key: string, over: Partial<Event> = {}): Event {
  return {
    id: eventId('mail', key),
    time: t0,
    source: 'mail',
    kind: 'email',
    action: 'email.send',
    actor: 'E1001',
    target: 'pr@blog.example',
    attrs: {
      'email.from.address': 'chen.zhou@lumen.example',
      'email.to.address': ['pr@blog.example', 'editor@blog.example'],
      'email.attachments.file.size': [20480, 5],
      'molehunt.email.size': 31337,
    },
    raw: { batch: 'b-mail', file: 'mail.jsonl', line: 1 },
    ...over,
  };
}

/** A person with names in three scripts. */
export function person(id: string, over: Partial<Entity> = {}): Entity {
  return {
    type: 'person',
    id,
    name: '周晨',
    names: { zh: '周晨', pinyin: 'Zhou Chen', en: 'Chen Zhou', aliases: ['Kevin Zhou'] },
    attrs: { 'user.email': 'chen.zhou@lumen.example', 'molehunt.hr.department': 'MKT' },
    source: 'roster',
    ...over,
  };
}

/** (time, id) order, the order of every event page. */
export function byTimeThenId(a: Event, b: Event): number {
  return a.time - b.time || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** Every event matching `query`, following `next` page by page. */
export async function allPages(store: Store, query: EventQuery): Promise<Event[]> {
  const events: Event[] = [];
  let after: string | undefined;
  do {
    const page = await store.events(after === undefined ? query : { ...query, after });
    events.push(...page.items);
    after = page.next;
  } while (after !== undefined);
  return events;
}
