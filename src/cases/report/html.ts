/**
 * @module The case report as one self-contained HTML file: no scripts, no fetched resources, every piece of input
 * text escaped, so the committee can open it anywhere and print it on A4.
 */
import { composeReport } from './compose.js';
import type { Block, Cell, ReportDocument, Section, TableBlock, TableRow } from './document.js';
import { reportCss } from './html-style.js';
import type { ReportInput } from './input.js';
import { type Bilingual, labels } from './labels.js';

/**
 * The committee's case report as an HTML5 document.
 *
 * @example writeFileSync('case-report.html', renderReportHtml(input));
 */
export function renderReportHtml(input: ReportInput): string {
  const report = composeReport(input);
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(`${labels.report.en} ${report.caseId}: ${report.caseTitle}`)}</title>`,
    `<style>${reportCss(report.caseId)}</style>`,
    '</head>',
    '<body>',
    cover(report),
    ...report.sections.map((section, index) => renderSection(section, index + 1)),
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/** Text made inert for HTML content and quoted attributes. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => entities[char]!);
}

const entities: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

function cover(report: ReportDocument): string {
  return [
    '<header class="cover">',
    `<p class="eyebrow">${bilingual(labels.report)} · ${bilingual(labels.confidential)}</p>`,
    `<h1>${escapeHtml(report.caseTitle)}</h1>`,
    `<p class="case-id mono">${escapeHtml(report.caseId)}</p>`,
    '</header>',
  ].join('\n');
}

function renderSection(section: Section, number: number): string {
  return [
    `<section id="${escapeHtml(section.id)}">`,
    `<h2>${escapeHtml(`${number}. ${section.heading.en}`)}${zh(section.heading.zh)}</h2>`,
    ...section.blocks.map(renderBlock),
    '</section>',
  ].join('\n');
}

function renderBlock(block: Block): string {
  switch (block.kind) {
    case 'facts':
      return [
        '<dl class="facts">',
        ...block.rows.map((row) => `<div><dt>${bilingual(row.label)}</dt><dd>${cell(row.value)}</dd></div>`),
        '</dl>',
      ].join('\n');
    case 'paragraph':
      return [
        '<div class="proof">',
        `<h3>${bilingual(block.title)}</h3>`,
        `<p>${withCode(block.text.en)}</p>`,
        `<p lang="zh-CN">${withCode(block.text.zh)}</p>`,
        '</div>',
      ].join('\n');
    case 'prose':
      return `<p class="prose">${cell(block.text)}</p>`;
    case 'remark':
      return `<p class="remark">${escapeHtml(block.text.en)}${zh(block.text.zh)}</p>`;
    case 'subheading':
      return `<h3${block.text.warn ? ' class="warn"' : ''}>${cell({ ...block.text, warn: false })}</h3>`;
    case 'table':
      return table(block);
  }
}

function table(block: TableBlock): string {
  if (block.rows.length === 0) return `<p class="none">${bilingual(labels.none)}</p>`;
  const total = block.columns.reduce((sum, column) => sum + column.width, 0);
  return [
    '<table>',
    '<colgroup>',
    ...block.columns.map((column) => `<col style="width: ${((column.width / total) * 100).toFixed(1)}%">`),
    '</colgroup>',
    `<thead><tr>${block.columns.map((column) => `<th scope="col">${bilingual(column.label)}</th>`).join('')}</tr></thead>`,
    ...block.rows.map((row) => tableRow(row, block.columns.length)),
    '</table>',
  ].join('\n');
}

/** Each row is its own tbody so a row and its detail line (an item's SHA-256) stay on one page together. */
function tableRow(row: TableRow, span: number): string {
  const classes = [row.detail ? 'has-detail' : '', row.warn ? 'marked' : ''].filter(Boolean).join(' ');
  const cells = `<tr>${row.cells.map((value) => `<td>${cell(value)}</td>`).join('')}</tr>`;
  const detail = row.detail
    ? `<tr class="detail"><td colspan="${span}"><span class="label">${bilingual(row.detail.label)}</span>` +
      `${cell(row.detail.value)}</td></tr>`
    : '';
  return `<tbody${classes ? ` class="${classes}"` : ''}>${cells}${detail}</tbody>`;
}

function cell(value: Cell): string {
  const classes = [value.mono ? 'mono' : '', value.warn ? 'warn' : '', value.muted ? 'muted' : '']
    .filter(Boolean)
    .join(' ');
  const text = escapeHtml(value.en).replace(/\n/g, '<br>') + (value.zh === undefined ? '' : zh(value.zh));
  return classes ? `<span class="${classes}">${text}</span>` : text;
}

function bilingual(label: Bilingual): string {
  return `${escapeHtml(label.en)}${zh(label.zh)}`;
}

function zh(text: string): string {
  return `<span class="zh" lang="zh-CN">${escapeHtml(text)}</span>`;
}

/** Prose whose backticked parts are things to type or compare, set as code. */
function withCode(text: string): string {
  return text
    .split('`')
    .map((part, index) => (index % 2 === 1 ? `<code>${escapeHtml(part)}</code>` : escapeHtml(part)))
    .join('');
}
