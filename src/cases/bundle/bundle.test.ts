import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDuckDbStore } from '../../store/duckdb/index.js';
import type { Store } from '../../store/index.js';
import { Cases } from '../cases.js';
import { keyFingerprint, loadOrCreateLedgerKey, signHead } from '../ledger/index.js';
import { exportBundle, type RenderReports } from './export.js';
import { bundlePaths } from './layout.js';
import { verifyBundle } from './verify.js';

let dataDir: string;
let store: Store;
let cases: Cases;
let caseId: string;
let photo: { id: string; title: string };
let first: Uint8Array;
let second: Uint8Array;

/** The reports as bytes that depend on the case, so a report of another state would differ. */
const render: RenderReports = async (state, ledger) => ({
  'report.html': strToU8(`<h1>${state.title}</h1><p>${state.evidence.length} items, root ${ledger.root}</p>`),
});
const investigator = { actor: 'alice', reason: 'for the ethics committee' };

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'molehunt-bundle-'));
  store = await openDuckDbStore({ path: join(dataDir, 'molehunt.duckdb') });
  cases = new Cases(store, dataDir);
  const opened = await cases.open({ title: 'K80 prototype leak', subjects: ['LM10024'] }, investigator);
  caseId = opened.id;
  const added = await cases.addEvidence(
    caseId,
    {
      kind: 'file',
      title: 'Garage camera still, 22:05',
      fileName: 'garage-2205.jpg',
      mediaType: 'image/jpeg',
      content: strToU8('JPEG bytes of the garage still'),
    },
    investigator,
  );
  photo = added.evidence[0]!;
  await cases.act(caseId, { action: 'note.add', id: 'N1', text: '资产登记中没有出库记录' }, investigator);
  first = (await exportBundle(cases, caseId, investigator, render)).zip;
  await cases.addEvidence(
    caseId,
    {
      kind: 'note',
      title: 'Interview with the guard',
      fileName: 'interview.txt',
      mediaType: 'text/plain',
      content: strToU8('The guard saw a grey bag.'),
    },
    investigator,
  );
  second = (await exportBundle(cases, caseId, investigator, render)).zip;
});
afterAll(async () => {
  await store.close();
  rmSync(dataDir, { recursive: true, force: true });
});

/** The bundle with some of its files changed (a function of the old bytes), removed (null) or added. */
function tampered(
  zip: Uint8Array,
  changes: Record<string, ((old: Uint8Array) => Uint8Array) | Uint8Array | null>,
) {
  const files: Record<string, Uint8Array> = unzipSync(zip);
  for (const [name, change] of Object.entries(changes)) {
    if (change === null) delete files[name];
    else files[name] = typeof change === 'function' ? change(files[name]!) : change;
  }
  return zipSync(files);
}

const flipByte = (at: number) => (old: Uint8Array) => {
  const copy = Uint8Array.from(old);
  copy[at] = copy[at]! ^ 1;
  return copy;
};

describe('an exported bundle', () => {
  it('verifies offline: signed head, every entry, every file, and names the key', () => {
    const report = verifyBundle(first);
    expect(report.problems).toEqual([]);
    expect(report).toMatchObject({ caseId, title: 'K80 prototype leak', items: 1, size: 4 });
    expect(report.fingerprint).toBe(keyFingerprint(cases.publicKey));
    expect(Object.keys(unzipSync(first))).toEqual(
      expect.arrayContaining([`evidence/${photo.id}-garage-2205.jpg`, 'report.html', bundlePaths.readme]),
    );
  });

  it('records the export in the chain of custody of every item', async () => {
    const state = await cases.get(caseId);
    expect(state.evidence[0]!.custody.map((step) => step.what)).toEqual([
      'collected',
      'exported',
      'exported',
    ]);
  });

  const photoFile = () => `evidence/${photo.id}-garage-2205.jpg`;
  type Tampering = [string, () => Parameters<typeof tampered>[1], string, boolean];
  it.each<Tampering>([
    ['one byte of an evidence file', () => ({ [photoFile()]: flipByte(2) }), 'altered', true],
    ['an evidence file removed', () => ({ [photoFile()]: null }), 'missing', true],
    ['one byte of the report', () => ({ 'report.html': flipByte(5) }), 'altered', false],
  ])('names the item when %s', (_what, changes, kind, namesPhoto) => {
    const { problems } = verifyBundle(tampered(first, changes()));
    expect(problems).toEqual([expect.objectContaining({ kind, ...(namesPhoto ? { item: photo.id } : {}) })]);
  });

  it('names a ledger entry whose line was edited, with what it recorded', () => {
    const edited = tampered(first, {
      [bundlePaths.entries]: (old) =>
        strToU8(strFromU8(old).replace('Garage camera still', 'Garage camera stilt')),
    });
    const problems = verifyBundle(edited).problems;
    expect(problems[0]).toMatchObject({ kind: 'altered', seq: 1 });
    expect(problems[0]!.message).toMatch(
      /^entry 2 was altered: the addition of evidence EV-\w+ \(Garage camera stilt, 22:05\) is not what the signed head covers$/,
    );
  });

  it('names entries removed from the end and files added to the zip', () => {
    const shortened = tampered(first, {
      [bundlePaths.entries]: (old) =>
        strToU8(`${strFromU8(old).trimEnd().split('\n').slice(0, -1).join('\n')}\n`),
      'evidence/EV-FORGED-photo.jpg': strToU8('planted'),
    });
    const kinds = verifyBundle(shortened).problems.map((p) => [p.kind, p.file]);
    expect(kinds).toEqual(
      expect.arrayContaining([
        ['missing', bundlePaths.entries],
        ['added', 'evidence/EV-FORGED-photo.jpg'],
      ]),
    );
  });

  it('refuses a head whose signature no longer covers it, and a key other than the expected one', () => {
    const head = JSON.parse(strFromU8(unzipSync(first)[bundlePaths.head]!));
    const resized = tampered(first, {
      [bundlePaths.head]: strToU8(JSON.stringify({ ...head, size: head.size - 1 })),
    });
    expect(verifyBundle(resized).problems.map((p) => p.kind)).toContain('signature');
    expect(verifyBundle(first, { key: 'SHA256:somebody-else' }).problems.map((p) => p.kind)).toEqual(['key']);
  });
});

describe('a later bundle of the same case', () => {
  it('proves it extends the earlier one (consistency proof)', () => {
    expect(verifyBundle(second, { against: first }).problems).toEqual([]);
    expect(verifyBundle(second).items).toBe(2);
  });

  it('is refused when the earlier history was rewritten, even re-signed with the real key', () => {
    const files = unzipSync(first);
    const head = JSON.parse(strFromU8(files[bundlePaths.head]!));
    const rewritten = signHead({ ...head, root: 'ab'.repeat(32) }, loadOrCreateLedgerKey(dataDir));
    const forged = tampered(first, { [bundlePaths.head]: strToU8(JSON.stringify(rewritten)) });
    expect(verifyBundle(second, { against: forged }).problems).toEqual([
      expect.objectContaining({
        kind: 'inconsistent',
        message: expect.stringMatching(/does not extend the earlier one/),
      }),
    ]);
  });
});
