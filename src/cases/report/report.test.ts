import { beforeAll, describe, expect, it } from 'vitest';
import { escapeHtml } from './html.js';
import { type ReportInput, renderReportHtml, renderReportPdf } from './index.js';
import { pdfPages } from './pdf-text.js';
import {
  manyItemsInput,
  referenceInput,
  referenceItems,
  referenceNote,
  shanghai,
} from './reference-input.js';

const custodyReasons = [
  'the hand-off in the garage',
  'committee preparation: read the plate',
  'to legal counsel for the canary comparison',
  'wrong day; not relevant (retention policy)',
  'file for the ethics committee',
];
const chineseLabels = [
  '摘要',
  '时间线',
  '证据清单',
  '证据保管链',
  '备注与任务',
  '证据账本',
  '委员会审议中',
  '法律保全',
];
/** The reference case's timeline in Shanghai time, in the order it happened (the input gives it shuffled). */
const timelineInOrder = [
  '2026-09-01 21:30:00',
  '2026-09-01 21:47:00',
  '2026-09-01 22:05:00',
  '2026-09-03 09:12:00',
  '2026-09-10 20:14:00',
];

function withNote(input: ReportInput, text: string): ReportInput {
  const note = { id: 'N9', text, by: 'li.wei', at: shanghai('2026-09-09 12:00:00'), seq: 99 };
  return { ...input, case: { ...input.case, notes: [...input.case.notes, note] } };
}

function expectInOrder(text: string, parts: string[]): void {
  const positions = parts.map((part) => text.indexOf(part));
  expect(
    positions.every((position) => position >= 0),
    `all of ${parts.join(', ')} present`,
  ).toBe(true);
  expect(positions).toEqual([...positions].sort((a, b) => a - b));
}

describe('the HTML case report', () => {
  const input = referenceInput();
  const html = renderReportHtml(input);

  it('lists every evidence item with its full SHA-256, and every custody step with its reason', () => {
    for (const item of input.case.evidence) expect(html).toContain(item.sha256);
    for (const reason of custodyReasons) expect(html).toContain(escapeHtml(reason));
  });

  it('names every section in English and Chinese, the Chinese marked zh-CN; free text as written', () => {
    for (const label of chineseLabels) expect(html).toContain(`lang="zh-CN">${label}`);
    expect(html).toContain('周晨');
    expect(html).toContain('Zhou Chen');
    expect(html).toContain(referenceNote);
  });

  it('prints the timeline in the case zone, named in its heading, in the order things happened', () => {
    expect(html).toContain('Timeline (times in Asia/Shanghai)');
    expectInOrder(html.slice(html.indexOf('id="timeline"')), timelineInOrder);
    expect(html).not.toContain('2026-09-01 13:30:00');
  });

  it('keeps the sections in the committee order, the summary saying what the file proves and how to check it', () => {
    expectInOrder(
      html,
      ['summary', 'timeline', 'evidence', 'custody', 'notes-and-tasks', 'ledger'].map(
        (id) => `<section id="${id}">`,
      ),
    );
    const summary = html.slice(0, html.indexOf('id="timeline"'));
    expect(summary).toContain(`<code>${input.ledger.root}</code>`);
    expect(summary).toContain(`<code>${input.ledger.fingerprint}</code>`);
    expect(summary).toContain('<code>npx molehunt verify &lt;bundle.zip&gt;</code>');
  });

  it('marks a purged item on its row and in its chain of custody', () => {
    const row = html.slice(html.indexOf('<tbody class="has-detail marked">'));
    expect(row.slice(0, row.indexOf('</tbody>'))).toContain(referenceItems.lobby.sha256);
    expect(row).toContain('<span class="warn">PURGED');
    expect(html).toContain(`<h3 class="warn">4. ${referenceItems.lobby.id}`);
  });

  it('makes a <script> in a note, and markup anywhere in the input, inert', () => {
    const hostile = withNote(input, '<script>alert("pwned")</script> & more');
    hostile.case.title = '<img src=x onerror=alert(1)>';
    hostile.subjects = [{ id: 'X', name: '"><b>bold</b>' }];
    const out = renderReportHtml(hostile);
    expect(out).not.toMatch(/<script|<img|<b>/i);
    expect(out).toContain('&lt;script&gt;alert(&quot;pwned&quot;)&lt;/script&gt; &amp; more');
    expect(out).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('stands alone: utf-8, English with Chinese parts marked, no scripts, nothing fetched', () => {
    expect(html.startsWith('<!doctype html>\n<html lang="en">')).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).not.toMatch(/<script|<link|<img|src=|href=|url\(|@import/i);
    expect(html).toContain('@page');
  });

  it('says "None recorded" for an empty list rather than an empty table', () => {
    const out = renderReportHtml({ ...input, case: { ...input.case, notes: [] } });
    expect(out).toContain('<p class="none">None recorded<span class="zh" lang="zh-CN">无记录</span></p>');
  });
});

describe('the PDF case report', () => {
  const input = referenceInput();
  let pdf: Buffer;
  let pages: string[][];
  let text: string;

  beforeAll(async () => {
    pdf = await renderReportPdf(input);
    pages = pdfPages(await renderReportPdf(input, { compress: false }));
    text = pages.flat().join('\n');
  });

  it('is a PDF with Noto Sans SC embedded, its info set from the export', () => {
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const raw = pdf.toString('latin1');
    expect(raw).toContain('/FontFile2');
    expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoSansSC-Regular/);
    expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoSansSC-Bold/);
    expect(raw).toContain('(molehunt)');
    expect(raw).toContain('(D:20260909093000Z)');
  });

  it('gives the same bytes for the same input', async () => {
    expect((await renderReportPdf(input)).equals(pdf)).toBe(true);
  });

  it('holds what the HTML holds: Chinese labels and names, each full SHA-256, the custody reasons', () => {
    for (const label of chineseLabels) expect(text).toContain(label);
    expect(text).toContain('周晨');
    for (const item of input.case.evidence) expect(pages.flat()).toContain(item.sha256);
    for (const reason of custodyReasons) expect(text).toContain(reason);
    expect(text).toContain('PURGED\n已清除');
  });

  it('prints the timeline in Shanghai time, in order, and the sections in the same order as the HTML', () => {
    expectInOrder(text.slice(text.indexOf('2. Timeline')), timelineInOrder);
    expectInOrder(text, [
      '1. Summary',
      '2. Timeline (times in Asia/Shanghai)',
      '3. Evidence',
      '4. Chain of custody',
      '5. Notes and tasks',
      '6. Evidence ledger',
    ]);
  });

  it('heads every page with the case id and numbers it "Page N of M" in both languages', () => {
    expect(pages.length).toBeGreaterThan(1);
    pages.forEach((lines, index) => {
      const [n, m] = [index + 1, pages.length];
      expect(lines).toContain(`molehunt · Case report 案件报告 · ${input.case.id}`);
      expect(lines).toContain(`Page ${n} of ${m} / 第 ${n} 页，共 ${m} 页`);
    });
  });

  it('runs 200 items over many pages, the column heads repeated and every fingerprint whole on one line', async () => {
    const many = manyItemsInput(200);
    const raw = await renderReportPdf(many, { compress: false });
    const manyPages = pdfPages(raw);
    // About 17 evidence rows and 6 custody tables fit a page: some 12 pages of list and 33 of custody.
    expect(manyPages.length).toBeGreaterThanOrEqual(35);
    expect(manyPages.length).toBeLessThanOrEqual(60);
    expect(raw.toString('latin1').match(/\/Type \/Page\n/g)).toHaveLength(manyPages.length);
    const lines = manyPages.flat();
    for (const item of many.case.evidence) expect(lines).toContain(item.sha256);
    const listPages = manyPages.filter((page) => page.includes('SHA-256 fingerprint  SHA-256 指纹'));
    expect(listPages.length).toBeGreaterThan(5);
    for (const page of listPages) expect(page).toContain('Added by, at');
  });

  it('prints a note longer than a page whole, across pages', async () => {
    const sentences = Array.from({ length: 700 }, (_, index) => `Sentence ${index + 1} of the note.`).join(
      ' ',
    );
    const long = pdfPages(await renderReportPdf(withNote(input, sentences), { compress: false }));
    const all = long.flat().join(' ');
    expect(all).toContain('Sentence 1 of');
    expect(all).toContain('Sentence 700 of the note.');
    expect(long.length).toBeGreaterThan(pages.length + 1);
    expect(long.at(-1)).toContain(
      `Page ${long.length} of ${long.length} / 第 ${long.length} 页，共 ${long.length} 页`,
    );
  });
});
