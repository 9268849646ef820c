import { beforeAll, describe, expect, it } from 'vitest';
import { defaultPolicyClauses, sanctionNames } from '../../model/index.js';
import { escapeHtml } from './html.js';
import { type ReportInput, renderReportHtml, renderReportPdf, sanctionLabels } from './index.js';
import { pdfPages } from './pdf-text.js';
import {
  decidedInput,
  referenceDissent,
  referenceStandAside,
  referenceSummary,
} from './reference-decision.js';
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

/** The input with its decision changed, as a later proposal or another workspace's clauses would have it. */
function withDecision(
  input: ReportInput,
  change: Partial<NonNullable<ReportInput['case']['decision']>>,
): ReportInput {
  return { ...input, case: { ...input.case, decision: { ...input.case.decision!, ...change } } };
}

/** PDF text without the line breaks and spaces wrapping put in, to find a long text whole. */
function squashed(text: string): string {
  return text.replace(/\s+/g, '');
}

const [leak, conflict] = defaultPolicyClauses;

describe("the committee's decision in the HTML report", () => {
  const input = decidedInput();
  const html = renderReportHtml(input);
  const section = html.slice(
    html.indexOf('<section id="decision">'),
    html.indexOf('<section id="timeline">'),
  );

  it('has no decision section while the committee has proposed none', () => {
    const undecided = renderReportHtml(referenceInput());
    expect(undecided).not.toContain('id="decision"');
    expect(undecided).not.toContain('委员会决定');
  });

  it('comes right after the summary, naming the person, the outcome and when the vote closed', () => {
    expectInOrder(html, ['<section id="summary">', '<section id="decision">', '<section id="timeline">']);
    expect(section).toContain(
      '2. The committee&#39;s decision<span class="zh" lang="zh-CN">委员会决定</span>',
    );
    expect(section).toContain('<dd>周晨 (Zhou Chen) · LM10024</dd>');
    expect(section).toContain('<dd>Adopted<span class="zh" lang="zh-CN">通过</span></dd>');
    expect(section).toContain('<dd>2026-09-12 11:00:00</dd>');
    expect(section).toContain('<dd>zhang.min</dd>');
    expect(section).toContain('<dd>2026-09-12 10:00:00</dd>');
  });

  it('names the clauses by their titles in both languages, with their wording, and the reasoning', () => {
    for (const clause of [leak!, conflict!]) {
      expect(section).toContain(`${clause.title.en}<span class="zh" lang="zh-CN">${clause.title.zh}</span>`);
      expect(section).toContain(clause.text!.zh);
    }
    expect(section).toContain(`<p class="prose">${escapeHtml(referenceSummary)}</p>`);
  });

  it('prints a clause id the workspace does not list as it is', () => {
    const out = renderReportHtml({ ...input, clauses: defaultPolicyClauses.slice(1) });
    expect(out).toContain('<tr><td>leak</td>');
    expect(out).not.toContain(leak!.title.en);
    expect(out).toContain(conflict!.title.zh);
  });

  it('says every sanction in English and Chinese', () => {
    const out = renderReportHtml(withDecision(input, { sanctions: [...sanctionNames] }));
    expect(out).toContain(
      'Warning; Fine; Demotion; Dismissal; Not to be re-hired; Referral to the judicial authorities' +
        '<span class="zh" lang="zh-CN">警告；罚款；降职；解除劳动合同；不再录用；移送司法机关</span>',
    );
    for (const sanction of sanctionNames) expect(sanctionLabels[sanction].zh).not.toBe('');
  });

  it('lists every vote with its time and its dissent in full, the tally, and how a vote is decided', () => {
    expect(section).toContain(
      '<td>liu.yang</td><td>Reject<span class="zh" lang="zh-CN">反对</span></td><td>2026-09-12 10:40:00</td>' +
        `<td>${escapeHtml(referenceDissent)}</td>`,
    );
    expect(section).toContain(`<td>${referenceStandAside}</td>`);
    expect(section).toContain(
      '2 approve · 1 reject · 1 abstain<span class="zh" lang="zh-CN">同意 2 票 · 反对 1 票 · 弃权 1 票</span>',
    );
    expect(section).toContain('同意票多于反对票即为通过');
  });

  it('lists the notices generated, each with its language and SHA-256', () => {
    for (const notice of input.case.notices) expect(section).toContain(notice.sha256);
    expectInOrder(section, [
      'Notices generated',
      'Chinese<span class="zh" lang="zh-CN">中文</span>',
      'hr.wang',
    ]);
  });

  it('says a vote is still open, with no closing time and no notices', () => {
    const open = renderReportHtml(decidedInput(false));
    expect(open).toContain(
      '<span class="warn">Vote still open<span class="zh" lang="zh-CN">表决尚未结束</span></span>',
    );
    expect(open).not.toContain('Vote closed at');
    expect(open).not.toContain('Notices generated');
  });

  it('makes markup in a dissent or the reasoning inert', () => {
    const hostile = withDecision(input, {
      summary: '<script>alert(1)</script>',
      votes: [{ by: 'x', vote: 'reject', at: 0, dissent: '<img src=x onerror=alert(2)>' }],
    });
    const out = renderReportHtml(hostile);
    expect(out).not.toMatch(/<script|<img/i);
    expect(out).toContain('&lt;img src=x onerror=alert(2)&gt;');
  });
});

describe("the committee's decision in the PDF report", () => {
  const input = decidedInput();
  let text: string;

  beforeAll(async () => {
    text = pdfPages(await renderReportPdf(input, { compress: false }))
      .flat()
      .join('\n');
  });

  it('gives the same bytes for the same decided input', async () => {
    expect((await renderReportPdf(input)).equals(await renderReportPdf(decidedInput()))).toBe(true);
  });

  it('has the decision as its second section, and none in a case without one', async () => {
    expectInOrder(text, ['1. Summary', "2. The committee's decision", '委员会决定', '3. Timeline']);
    const undecided = pdfPages(await renderReportPdf(referenceInput(), { compress: false })).flat();
    expect(undecided.join('\n')).not.toContain("committee's decision");
  });

  it('holds what the HTML holds: the person, clause titles, sanctions, every dissent in full, the tally', () => {
    const all = squashed(text);
    expect(text).toContain('周晨 (Zhou Chen) · LM10024');
    for (const clause of [leak!, conflict!]) {
      expect(text).toContain(clause.title.en);
      expect(text).toContain(clause.title.zh);
    }
    expect(text).toContain('解除劳动合同；不再录用；移送司法机关');
    for (const written of [referenceDissent, referenceStandAside, referenceSummary]) {
      expect(all).toContain(squashed(written));
    }
    expect(text).toContain('同意 2 票 · 反对 1 票 · 弃权 1 票');
    for (const notice of input.case.notices) expect(text).toContain(notice.sha256);
  });

  it('says a vote is still open', async () => {
    const open = pdfPages(await renderReportPdf(decidedInput(false), { compress: false })).flat();
    expect(open).toContain('Vote still open');
    expect(open).toContain('表决尚未结束');
  });

  it('prints reasoning longer than a page whole, across pages', async () => {
    const reasoning = Array.from({ length: 600 }, (_, index) => `Reason ${index + 1} of the committee.`).join(
      ' ',
    );
    const pages = pdfPages(
      await renderReportPdf(withDecision(input, { summary: reasoning }), { compress: false }),
    );
    // Each page's running header and number are drawn last on it, so they are left out to read the text through.
    const running = /^(molehunt · |Confidential: |Page \d+ of )/;
    const body = pages.flat().filter((line) => !running.test(line));
    expect(squashed(body.join(''))).toContain(squashed(reasoning));
    expect(pages.length).toBeGreaterThan(4);
    expectInOrder(pages.flat().join('\n'), ['Reason 600 of', '3. Timeline']);
    const n = pages.length;
    expect(pages.at(-1)).toContain(`Page ${n} of ${n} / 第 ${n} 页，共 ${n} 页`);
  });
});
