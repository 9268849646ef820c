import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDuckDbStore } from '../store/duckdb/index.js';
import type { Store } from '../store/index.js';
import { Cases } from './cases.js';

let dataDir: string;
let store: Store;
let cases: Cases;
const alice = { actor: 'alice' };

beforeEach(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'molehunt-cases-'));
  store = await openDuckDbStore({ path: join(dataDir, 'molehunt.duckdb') });
  cases = new Cases(store, dataDir);
});
afterEach(async () => {
  await store.close();
  rmSync(dataDir, { recursive: true, force: true });
});

async function referenceCase() {
  const opened = await cases.open({ title: 'K80 prototype leak', subjects: ['LM10024'] }, alice);
  const withPhoto = await cases.addEvidence(
    opened.id,
    {
      kind: 'file',
      title: 'Garage camera still, 22:05',
      fileName: 'garage-2205.jpg',
      mediaType: 'image/jpeg',
      content: Buffer.from('JPEG bytes of the garage still'),
    },
    { actor: 'alice', reason: 'the hand-off in the garage' },
  );
  await cases.addNote(opened.id, 'No check-out in the asset register', alice);
  await cases.moveTo(opened.id, 'investigating', alice);
  return { id: opened.id, photo: withPhoto.evidence[0]! };
}

/** Runs SQL on the store's database file while the store is closed, as someone with the file would. */
async function tamperWithDatabase(sql: string): Promise<void> {
  await store.close();
  const instance = await DuckDBInstance.create(join(dataDir, 'molehunt.duckdb'));
  const connection = await instance.connect();
  await connection.run(sql);
  connection.closeSync();
  instance.closeSync();
  store = await openDuckDbStore({ path: join(dataDir, 'molehunt.duckdb') });
  cases = new Cases(store, dataDir);
}

describe('a case', () => {
  it('is what its ledger says: evidence with its hash and custody, notes, status, and a summary to list', async () => {
    const { id, photo } = await referenceCase();
    await cases.viewEvidence(id, photo.id, { actor: 'bob', reason: 'committee preparation' });
    const state = await cases.get(id);
    expect(state.status).toBe('investigating');
    expect(state.notes.map((n) => n.text)).toEqual(['No check-out in the asset register']);
    expect(state.evidence[0]!.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(state.evidence[0]!.custody.map((step) => [step.what, step.by, step.reason])).toEqual([
      ['collected', 'alice', 'the hand-off in the garage'],
      ['viewed', 'bob', 'committee preparation'],
    ]);
    expect(await store.caseSummary(id)).toMatchObject({
      status: 'investigating',
      size: 5,
      subjects: ['LM10024'],
    });
    expect(await cases.check(id)).toMatchObject({ size: 5, problems: [] });
  });

  it('follows the status workflow and refuses a move it has no arrow for, writing nothing', async () => {
    const { id } = await referenceCase();
    await expect(cases.moveTo(id, 'decided', alice)).rejects.toMatchObject({
      code: 'MH_ERR_CASE_STATE',
      message: expect.stringMatching(/closing its vote/),
    });
    await expect(cases.moveTo(id, 'closed', alice)).resolves.toMatchObject({ status: 'closed' });
    await expect(cases.moveTo(id, 'investigating', alice)).rejects.toMatchObject({
      code: 'MH_ERR_CASE_STATE',
    });
    expect((await store.ledger(id)).length).toBe(5);
  });

  it('keeps evidence under legal hold; once released, a purge deletes the content and keeps its hash', async () => {
    const { id, photo } = await referenceCase();
    await cases.act(id, { action: 'case.hold', on: true }, alice);
    await expect(cases.purgeEvidence(id, photo.id, alice)).rejects.toMatchObject({
      code: 'MH_ERR_LEGAL_HOLD',
    });
    expect(await cases.files.check(photo.sha256)).toBe('intact');

    await cases.act(id, { action: 'case.hold', on: false }, { actor: 'alice', reason: 'tribunal closed' });
    const purged = await cases.purgeEvidence(id, photo.id, {
      actor: 'alice',
      reason: 'retention period over',
    });
    expect(purged.evidence[0]).toMatchObject({ purged: true, sha256: photo.sha256 });
    expect(await cases.files.check(photo.sha256)).toBe('missing');
    expect((await cases.check(id)).problems).toEqual([]);
  });
});

describe("the committee's decision", () => {
  async function inReview() {
    const { id } = await referenceCase();
    await cases.moveTo(id, 'committee_review', alice);
    return id;
  }
  const proposal = {
    action: 'decision.propose',
    person: 'LM10024',
    clauses: ['leak'],
    sanctions: ['dismissal', 'no_rehire'],
    summary: 'Handed the K80 prototype over in the garage on 1 September',
  } as const;

  it('is proposed, voted on with a dissent, adopted, and enters the disciplinary history', async () => {
    const id = await inReview();
    await cases.act(
      id,
      { ...proposal, clauses: [...proposal.clauses], sanctions: [...proposal.sanctions] },
      { actor: 'chair' },
    );
    await cases.act(id, { action: 'decision.vote', vote: 'approve' }, { actor: 'chair' });
    await cases.act(id, { action: 'decision.vote', vote: 'approve' }, { actor: 'member2' });
    await cases.act(
      id,
      { action: 'decision.vote', vote: 'reject', dissent: 'A warning would do' },
      { actor: 'member3' },
    );
    await expect(
      cases.act(id, { action: 'decision.vote', vote: 'reject' }, { actor: 'chair' }),
    ).rejects.toMatchObject({
      code: 'MH_ERR_CASE_STATE',
      message: expect.stringMatching(/already has chair's vote/),
    });

    const decided = await cases.closeVote(id, { actor: 'chair' });
    expect(decided.status).toBe('decided');
    expect(decided.decision).toMatchObject({ outcome: 'adopted', sanctions: ['dismissal', 'no_rehire'] });
    expect(decided.decision!.votes.find((v) => v.by === 'member3')?.dissent).toBe('A warning would do');
    const history = (await store.events({ actor: 'LM10024', kinds: ['hr'] })).items;
    expect(history.map((e) => [e.action, e.attrs['molehunt.hr.sanction']])).toEqual([
      ['hr.discipline', 'dismissal,no_rehire'],
    ]);
  });

  it('has its disciplinary record restored when a crash lost it after the vote closed', async () => {
    const id = await inReview();
    await cases.act(id, { ...proposal, clauses: ['leak'], sanctions: ['dismissal'] }, { actor: 'chair' });
    await cases.act(id, { action: 'decision.vote', vote: 'approve' }, { actor: 'chair' });
    await cases.closeVote(id, { actor: 'chair' });
    // What a crash between the ledger entry and the event leaves: the decision adopted, no record in HR's history.
    await tamperWithDatabase(`DELETE FROM events WHERE target = '${id}'`);
    const history = async () => (await store.events({ actor: 'LM10024', kinds: ['hr'] })).items;
    expect(await history()).toEqual([]);
    expect(await cases.restoreDisciplineEvents()).toBe(1);
    expect((await history()).map((e) => [e.action, e.target])).toEqual([['hr.discipline', id]]);
    expect(await cases.restoreDisciplineEvents()).toBe(0);
  });

  it('is rejected when rejections are not outnumbered, and leaves no disciplinary record', async () => {
    const id = await inReview();
    await cases.act(id, { ...proposal, clauses: ['leak'], sanctions: ['warning'] }, { actor: 'chair' });
    await cases.act(id, { action: 'decision.vote', vote: 'approve' }, { actor: 'chair' });
    await cases.act(id, { action: 'decision.vote', vote: 'reject' }, { actor: 'member2' });
    const state = await cases.closeVote(id, { actor: 'chair' });
    expect([state.status, state.decision?.outcome]).toEqual(['committee_review', 'rejected']);
    expect((await store.events({ actor: 'LM10024', kinds: ['hr'] })).items).toEqual([]);
  });

  it('is refused outside committee review, about a non-subject, or without clause and sanction', async () => {
    const { id } = await referenceCase();
    await expect(
      cases.act(id, { ...proposal, clauses: ['leak'], sanctions: ['warning'] }, alice),
    ).rejects.toMatchObject({
      message: expect.stringMatching(/decides only in committee_review/),
    });
    const review = await inReview();
    await expect(
      cases.act(review, { ...proposal, person: 'LM99999', clauses: ['leak'], sanctions: ['warning'] }, alice),
    ).rejects.toMatchObject({ message: expect.stringMatching(/has no subject LM99999/) });
    await expect(
      cases.act(review, { ...proposal, clauses: [], sanctions: ['warning'] }, alice),
    ).rejects.toMatchObject({
      code: 'MH_ERR_CASE_STATE',
    });
  });
});

describe('checking a case', () => {
  it('names the evidence item whose stored content changed by one byte', async () => {
    const { id, photo } = await referenceCase();
    const path = cases.files.path(photo.sha256);
    const bytes = readFileSync(path);
    bytes[3] = bytes[3]! ^ 1;
    chmodSync(path, 0o600);
    writeFileSync(path, bytes);
    expect((await cases.check(id)).problems).toEqual([
      expect.objectContaining({
        kind: 'altered',
        item: photo.id,
        message: expect.stringContaining(photo.title),
      }),
    ]);
  });

  it('names the ledger entry whose stored body changed, by its number', async () => {
    const { id } = await referenceCase();
    await tamperWithDatabase(
      `UPDATE case_ledger SET body = replace(body, 'No check-out', 'A check-out') WHERE case_id = '${id}'`,
    );
    expect((await cases.check(id)).problems).toEqual([
      expect.objectContaining({
        kind: 'altered',
        seq: 2,
        message: expect.stringMatching(/^entry 3 was altered/),
      }),
    ]);
  });

  it.each([
    [
      'removed from the middle',
      'DELETE FROM case_ledger WHERE case_id = $id AND seq = 1',
      'missing',
      /^entry 2 is missing/,
    ],
    [
      'removed from the end',
      'DELETE FROM case_ledger WHERE case_id = $id AND seq = 3',
      'missing',
      /^entries 4 to 4 are missing/,
    ],
    [
      'added after the last signed head',
      `INSERT INTO case_ledger VALUES ($id, 4, '{"action":"note.add"}', '00')`,
      'added',
      /^entries 5 to 5 were added/,
    ],
  ])('names entries %s', async (_how, sql, kind, message) => {
    const { id } = await referenceCase();
    await tamperWithDatabase(sql.replaceAll('$id', `'${id}'`));
    expect((await cases.check(id)).problems).toEqual([
      expect.objectContaining({ kind, message: expect.stringMatching(message) }),
    ]);
  });
});
