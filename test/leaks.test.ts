/**
 * `molehunt leaks …` as an investigator runs it: register the spec sheet as PDF and DOCX, give five people their
 * own copies, trace a retyped excerpt of one copy back to its recipient, and file the attribution in a case.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { beforeAll, describe, expect, it } from 'vitest';
import { scannedPdf, textDocx, textPdf } from '../src/leaks/fixtures/documents.js';
import { specSheet, unrelatedNotice } from '../src/leaks/fixtures/index.js';
import { openDuckDbStore } from '../src/store/duckdb/index.js';

const data = mkdtempSync(join(tmpdir(), 'molehunt-leaks-cli-'));
const file = (name: string) => join(data, name);

function molehunt(...args: string[]) {
  const run = spawnSync(process.execPath, ['bin/molehunt.js', ...args, '--data', data], { encoding: 'utf8' });
  return { code: run.status, out: run.stdout, err: run.stderr };
}

const people = ['LM1001', 'LM1002', 'LM1003', 'LM1004', 'LM1005'];
const roster = [
  'employee_name,user_id,email,role,business_unit,functional_unit,department,team,supervisor',
  ...people.map(
    (id, i) => `Person ${i},${id},p${i}@lumen.example,Engineer,1,2 - R&D,2 - Hardware,3 - Launch,`,
  ),
].join('\n');

/** What a typist keeps of a copy: no zero-width characters, Latin letters for their Cyrillic lookalikes. */
const retype = (text: string) =>
  text
    .replace(/[\u200b-\u200d\u2060]/g, '')
    .replace(/[\u0400-\u04ff]/g, (c) => 'aceijopsxyABCEHKMOPTX'['асеіјорѕхуАВСЕНКМОРТХ'.indexOf(c)] ?? c);

const registered = (out: string) => /registered (D-[0-9A-F]{8})/.exec(out)?.[1] ?? '';

let pdfDoc = '';
let docxDoc = '';

beforeAll(async () => {
  writeFileSync(file('roster.csv'), `${roster}\n`);
  expect(molehunt('import', 'cert-ldap', file('roster.csv')).code).toBe(0);
  writeFileSync(file('k80-spec.pdf'), await textPdf(specSheet.en));
  writeFileSync(file('k80-spec.docx'), textDocx(specSheet.en));
  writeFileSync(file('scan.pdf'), await scannedPdf());
}, 30_000);

describe('molehunt leaks', () => {
  it('registers the spec sheet from a PDF and from a Word file, reading the same text from both', async () => {
    const pdf = molehunt(
      'leaks',
      'register',
      file('k80-spec.pdf'),
      '--title',
      'K80 Ultra spec sheet',
      '--classification',
      'secret',
      '--owner',
      'LM1002',
    );
    expect([pdf.code, pdf.err]).toEqual([0, '']);
    expect(pdf.out).toMatch(/secret, en, 4550 characters of text from k80-spec\.pdf \(application\/pdf\)/);
    const docx = molehunt(
      'leaks',
      'register',
      file('k80-spec.docx'),
      '--title',
      'K80 Ultra spec sheet (Word)',
      '--classification',
      'confidential',
    );
    expect(docx.code).toBe(0);
    pdfDoc = registered(pdf.out);
    docxDoc = registered(docx.out);

    const store = await openDuckDbStore({ path: file('molehunt.duckdb') });
    try {
      expect(await store.leakDocumentText(pdfDoc)).toBe(specSheet.en.trim());
      expect(await store.leakDocumentText(docxDoc)).toBe(specSheet.en.trim());
    } finally {
      await store.close();
    }
    expect(molehunt('leaks', 'list').out).toMatch(new RegExp(`${pdfDoc}\\s+secret\\s+en\\s+—`));
  }, 30_000);

  it('writes one copy per recipient, writes one again, then attributes a retyped excerpt and files the report in a case', async () => {
    const out = file('copies');
    const to = people.flatMap((p) => ['--to', p]);
    const sent = molehunt('leaks', 'distribute', pdfDoc, ...to, '--out', out);
    expect([sent.code, sent.err]).toEqual([0, '']);
    expect(sent.out).toMatch(/distributed D-\w+ to 5 recipients, with invisible marks/);
    expect(readdirSync(out).sort()).toEqual(people.map((p) => `${p}.txt`));
    const copies = people.map((p) => readFileSync(join(out, `${p}.txt`), 'utf8'));
    expect(new Set(copies).size).toBe(5);
    expect(molehunt('leaks', 'show', pdfDoc).out).toMatch(
      /to 5 recipients, with invisible marks:\n\s+LM1001, LM1002/,
    );

    const again = file('copy-again');
    expect(molehunt('leaks', 'copy', pdfDoc, 'LM1004', '--out', again, '--reason', 'x').code).toBe(2);
    const rewritten = molehunt('leaks', 'copy', pdfDoc, 'LM1004', '--out', again, '--reason', 'mail bounced');
    expect([rewritten.code, rewritten.err]).toEqual([0, '']);
    expect(readFileSync(join(again, 'LM1004.txt'), 'utf8')).toBe(copies[3]);
    expect(molehunt('leaks', 'copy', pdfDoc, 'LM1004', '--out', again, '--reason', 'mail bounced').code).toBe(
      2,
    );
    expect(
      molehunt('leaks', 'copy', pdfDoc, 'LM9999', '--out', again, '--reason', 'mail bounced').err,
    ).toMatch(/LM9999 received no copy/);
    const store = await openDuckDbStore({ path: file('molehunt.duckdb') });
    try {
      const { items } = await store.audit({ limit: 5 });
      expect(items.find((e) => e.action === 'leak.copy.read')).toMatchObject({
        subject: pdfDoc,
        detail: 'LM1004',
        reason: 'mail bounced',
      });
    } finally {
      await store.close();
    }

    writeFileSync(file('blog.txt'), retype(copies[2]!).slice(1500, 1800));
    const attributed = molehunt('leaks', 'attribute', file('blog.txt'));
    expect(attributed.code).toBe(0);
    expect(attributed.out).toMatch(new RegExp(`document ${pdfDoc} `));
    expect(attributed.out).toMatch(/verdict {2}recipient/);
    expect(attributed.out).toMatch(/named {4}LM1003/);
    expect(attributed.out).toMatch(/1\s+LM1003\s+100\.00%/);
    expect(attributed.out).toMatch(/\d+ decide:\nat\s+kind/);

    const opened = molehunt(
      'case',
      'open',
      '--title',
      'K80 leak',
      '--subject',
      'LM1003',
      '--reason',
      'blog post',
    );
    const caseId = /opened case (C-\w+)/.exec(opened.out)?.[1] ?? '';
    expect(molehunt('leaks', 'attribute', file('blog.txt'), '--case', caseId).code).toBe(2);
    const filed = molehunt(
      'leaks',
      'attribute',
      file('blog.txt'),
      '--case',
      caseId,
      '--reason',
      'found online',
    );
    expect(filed.code).toBe(0);
    const sha = /evidence EV-\w+ added \(attribution report, sha256 ([0-9a-f]{64})\)/.exec(filed.out)?.[1];
    expect(sha).toBeDefined();
    expect(molehunt('case', 'show', caseId).out).toMatch(
      new RegExp(`attribution\\s+Attribution of blog\\.txt to ${pdfDoc}: LM1003\\s+${sha}`),
    );
  }, 60_000);

  it('finds the document in a GBK-encoded excerpt, and nothing in an unrelated text', () => {
    writeFileSync(file('k80.zh.txt'), specSheet.zh);
    const zh = molehunt(
      'leaks',
      'register',
      file('k80.zh.txt'),
      '--title',
      'K80 规格表',
      '--classification',
      'secret',
    );
    expect(zh.out).toMatch(/secret, zh, /);
    writeFileSync(
      file('forum.txt'),
      iconv.encode(specSheet.zh.slice(400, 800).replaceAll('\n', '\r\n'), 'gbk'),
    );
    const found = molehunt('leaks', 'match', file('forum.txt'));
    expect(found.out).toMatch(new RegExp(`${registered(zh.out)}\\s+a copy\\s+(9\\d|100)\\.\\d+%`));

    writeFileSync(file('canteen.txt'), unrelatedNotice.en);
    const none = molehunt('leaks', 'match', file('canteen.txt'));
    expect([none.code, none.out]).toEqual([0, `${file('canteen.txt')}: no registered document in it\n`]);
    expect(molehunt('leaks', 'attribute', file('canteen.txt')).out).toMatch(
      /no registered document in it; nothing/,
    );
  }, 30_000);

  it('refuses bad input with what to do, exiting 1 (2 for a misused command)', () => {
    const unknown = molehunt(
      'leaks',
      'distribute',
      docxDoc,
      '--to',
      'LM1001',
      '--to',
      'LM7777',
      '--out',
      file('x'),
    );
    expect(unknown.code).toBe(1);
    expect(unknown.err).toMatch(/no person LM7777 in the roster: .* \[MH_ERR_PERSON_UNKNOWN\]/);
    const again = molehunt('leaks', 'distribute', pdfDoc, '--to', 'LM1003', '--out', file('y'));
    expect(again.code).toBe(1);
    expect(again.err).toMatch(
      /LM1003 has a copy already .*register the file again .*\[MH_ERR_LEAK_DISTRIBUTED\]/,
    );
    const scan = molehunt(
      'leaks',
      'register',
      file('scan.pdf'),
      '--title',
      'scan',
      '--classification',
      'secret',
    );
    expect(scan.code).toBe(1);
    expect(scan.err).toMatch(
      /scan\.pdf has no text layer .*run OCR on it first.*\[MH_ERR_DOCUMENT_NO_TEXT\]/,
    );
    const missing = molehunt(
      'leaks',
      'register',
      file('nope.pdf'),
      '--title',
      'x',
      '--classification',
      'secret',
    );
    expect(missing.code).toBe(1);
    expect(missing.err).toMatch(/cannot read .*nope\.pdf: no such file/);
    writeFileSync(file('broken.docx'), 'not a word file');
    const broken = molehunt(
      'leaks',
      'register',
      file('broken.docx'),
      '--title',
      'x',
      '--classification',
      'secret',
    );
    expect(broken.err).toMatch(
      /broken\.docx is not a DOCX file inside .*save it again \[MH_ERR_INPUT_UNREADABLE\]/,
    );
    const level = molehunt(
      'leaks',
      'register',
      file('k80-spec.pdf'),
      '--title',
      'x',
      '--classification',
      'top',
    );
    expect([level.code, level.err]).toEqual([
      2,
      expect.stringMatching(/use one of internal, confidential, secret/),
    ]);
    expect(molehunt('leaks', 'register', file('k80-spec.pdf'), '--title', 'x').code).toBe(2);
    expect(molehunt('leaks', 'show', 'D-00000000').err).toMatch(/no document D-00000000/);
    for (const command of ['register', 'list', 'show', 'distribute', 'copy', 'match', 'attribute']) {
      const help = spawnSync(process.execPath, ['bin/molehunt.js', 'leaks', command, '--help'], {
        encoding: 'utf8',
      });
      expect([help.status, help.stdout], command).toEqual([0, expect.stringMatching(/--data <dir>/)]);
    }
  }, 60_000);
});
