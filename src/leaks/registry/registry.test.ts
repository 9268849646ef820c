import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Entity } from '../../model/index.js';
import { openDuckDbStore } from '../../store/duckdb/index.js';
import type { Store } from '../../store/index.js';
import { specSheet, unrelatedNotice } from '../fixtures/index.js';
import type { LeakActor } from './actor.js';
import { attributeText } from './attribute-text.js';
import { distribute } from './distribute.js';
import { detectLanguage } from './language.js';
import { matchText } from './match.js';
import { registerDocument } from './register.js';
import { attributionReport } from './report.js';

const actor: LeakActor = { user: 'alice', roles: ['investigator'], ip: 'local' };
const people = ['LM1', 'LM2', 'LM3', 'LM4'];
const person = (id: string): Entity => ({ type: 'person', id, name: id, attrs: {}, source: 'roster' });
const bytes = (text: string) => new TextEncoder().encode(text);

/** What a typist keeps of a copy: no zero-width characters, Latin letters for their Cyrillic lookalikes. */
const retype = (text: string) =>
  text
    .replace(/[\u200b-\u200d\u2060]/g, '')
    .replace(/[\u0400-\u04ff]/g, (c) => 'aceijopsxyABCEHKMOPTX'['асеіјорѕхуАВСЕНКМОРТХ'.indexOf(c)] ?? c);

let store: Store;
beforeEach(async () => {
  store = await openDuckDbStore({ path: join(mkdtempSync(join(tmpdir(), 'molehunt-leaks-')), 'm.duckdb') });
  await store.upsertEntities(people.map(person));
});
afterEach(() => store.close());

const register = (text: string, title = 'K80 spec', language?: string) =>
  registerDocument(
    store,
    {
      fileName: 'k80.txt',
      bytes: bytes(text),
      title,
      classification: 'secret',
      ...(language ? { language } : {}),
    },
    actor,
  );

describe('the leak registry', () => {
  it('tells Chinese from English by what most of the text is written in', () => {
    expect(detectLanguage(specSheet.zh)).toBe('zh');
    expect(detectLanguage(specSheet.en)).toBe('en');
    expect(detectLanguage('The K80 display, by 周晨 and 林梅.')).toBe('en');
  });

  it('registers a document with its hash and language, and audits who did', async () => {
    const { document, sameFile } = await register(specSheet.zh);
    expect(document).toMatchObject({ id: expect.stringMatching(/^D-[0-9A-F]{8}$/), language: 'zh' });
    expect(document.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(sameFile).toEqual([]);
    expect(await store.leakDocumentText(document.id)).toBe(specSheet.zh.trimEnd());
    expect((await register(specSheet.zh, 'again')).sameFile.map((d) => d.id)).toEqual([document.id]);
    const trail = await store.audit({ action: 'leak.register' });
    expect(trail.items.map((e) => [e.user, e.subject])).toContainEqual(['alice', document.id]);
  });

  it('refuses an unknown owner, classification or language before storing anything', async () => {
    const input = { fileName: 'a.txt', bytes: bytes(specSheet.en), title: 't', classification: 'secret' };
    await expect(registerDocument(store, { ...input, owner: 'LM9' }, actor)).rejects.toMatchObject({
      code: 'MH_ERR_PERSON_UNKNOWN',
    });
    await expect(registerDocument(store, { ...input, classification: 'top' }, actor)).rejects.toMatchObject({
      code: 'MH_ERR_USAGE',
    });
    await expect(registerDocument(store, { ...input, language: 'fr' }, actor)).rejects.toMatchObject({
      code: 'MH_ERR_USAGE',
    });
    expect(await store.leakDocuments()).toEqual([]);
  });

  it('distributes once, names unknown recipients and those who have a copy, and traces a retyped excerpt', async () => {
    const { document } = await register(specSheet.en);
    await expect(distribute(store, document.id, ['LM1', 'LM8', 'LM9'], {}, actor)).rejects.toMatchObject({
      code: 'MH_ERR_PERSON_UNKNOWN',
      message: expect.stringMatching(/^no person LM8, LM9 in the roster/),
    });
    const { variants } = await distribute(store, document.id, people, { seed: 'fixed' }, actor);
    expect(await store.leakVariantText(document.id, 'LM3')).toBe(variants[2]!.text);
    await expect(distribute(store, document.id, ['LM2'], {}, actor)).rejects.toMatchObject({
      code: 'MH_ERR_LEAK_DISTRIBUTED',
      message: expect.stringMatching(/^LM2 has a copy already .*register the file again as a new version/),
    });

    const leak = retype(variants[2]!.text).slice(1200, 1500);
    const found = await attributeText(store, undefined, leak);
    expect(found.kind).toBe('attributed');
    if (found.kind !== 'attributed') return;
    expect(found.document.id).toBe(document.id);
    expect(found.attribution.named).toEqual(['LM3']);
    const report = attributionReport(found.attribution, found.document, {
      leak: { text: leak, name: 'blog.txt' },
    });
    expect(report).toMatch(/^# Leak attribution: K80 spec\n/);
    expect(report).toMatch(/\| 1 \| LM3 \| >99\.99% \|/);
    expect(report).toMatch(/## Deciding positions[\s\S]*\| yes \|/);
    expect(report).toContain(leak);
  });

  it('finds the document in a quoting text, nothing in an unrelated one, and picks the distributed version', async () => {
    const old = await register(specSheet.en, 'v1');
    const current = await register(specSheet.en, 'v2');
    const excerpt = specSheet.en.slice(600, 1100);
    const matches = await matchText(store, `A blogger writes: ${excerpt} Make of it what you will.`);
    expect(matches.map((m) => m.document.id).sort()).toEqual([old.document.id, current.document.id].sort());
    expect(await matchText(store, unrelatedNotice.en)).toEqual([]);
    expect(await attributeText(store, undefined, unrelatedNotice.en)).toEqual({ kind: 'unregistered' });
    expect((await attributeText(store, undefined, excerpt)).kind).toBe('undistributed');

    const { variants } = await distribute(store, current.document.id, people, { seed: 's' }, actor);
    const found = await attributeText(store, undefined, retype(variants[0]!.text).slice(2000, 2300));
    expect(found.kind === 'attributed' && [found.document.id, found.attribution.named]).toEqual([
      current.document.id,
      ['LM1'],
    ]);
    await expect(attributeText(store, old.document.id, excerpt)).rejects.toMatchObject({
      code: 'MH_ERR_NOT_FOUND',
      message: expect.stringMatching(/has not been distributed/),
    });
    const unrelated = await attributeText(store, current.document.id, unrelatedNotice.en);
    expect(unrelated.kind === 'attributed' && unrelated.attribution.verdict).toBe('not-from-document');
  });
});
