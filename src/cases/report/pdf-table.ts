/**
 * @module Tables on PDF pages, drawn simply: text rows with rules. A page breaks between rows, never inside one, and
 * the column heads are repeated at the top of the next page.
 */
import type { Cell, TableBlock, TableRow } from './document.js';
import { labels } from './labels.js';
import { cellHeight, drawCell } from './pdf-cell.js';
import {
  bottomOf,
  contentWidth,
  drawRule,
  grey,
  ink,
  keepRoom,
  leftOf,
  pdfFonts,
  rule,
  textSize,
  topOf,
} from './pdf-look.js';

type Doc = PDFKit.PDFDocument;

const pad = 3;
const noneHeight = 24;
const detailLabelWidth = 145;
const warnFill = '#fdecec';

export function drawTable(doc: Doc, table: TableBlock): void {
  if (table.rows.length === 0) {
    keepRoom(doc, noneHeight);
    drawCell(
      doc,
      { ...labels.none, muted: true },
      { x: leftOf(doc), y: doc.y, width: contentWidth(doc) },
      textSize.body,
    );
    doc.y += 8;
    return;
  }
  const { widths, heads, headHeight, heights, room } = layout(doc, table);
  keepRoom(doc, tableLead(doc, table));
  drawHeads(doc, heads, widths, headHeight);
  table.rows.forEach((row, index) => {
    const height = heights[index]!;
    if (height > room) {
      flowRow(doc, table, row);
      return;
    }
    if (doc.y + height > bottomOf(doc)) {
      doc.addPage();
      drawHeads(doc, heads, widths, headHeight);
    }
    drawRow(doc, row, widths, height);
  });
  doc.y += 8;
}

/**
 * The height a table needs on the page it starts on: its column heads and first row, or all of it when it is short
 * (an item's few custody steps), since a short table reads better whole.
 */
export function tableLead(doc: Doc, table: TableBlock): number {
  if (table.rows.length === 0) return noneHeight;
  const { headHeight, heights, room } = layout(doc, table);
  const whole = headHeight + heights.reduce((sum, height) => sum + height, 0);
  return whole <= room / 3 ? whole : headHeight + Math.min(heights[0]!, room);
}

function layout(doc: Doc, table: TableBlock) {
  const total = table.columns.reduce((sum, column) => sum + column.width, 0);
  const widths = table.columns.map((column) => (column.width / total) * contentWidth(doc));
  const heads: Cell[] = table.columns.map((column) => column.label);
  const headHeight = rowHeight(doc, heads, widths, textSize.small, true);
  const heights = table.rows.map(
    (row) => rowHeight(doc, row.cells, widths, textSize.body) + detailHeight(doc, row),
  );
  // A row taller than an empty page cannot be kept whole; it is written out line by line instead (flowRow).
  const room = bottomOf(doc) - topOf(doc) - headHeight;
  return { widths, heads, headHeight, heights, room };
}

function rowHeight(doc: Doc, cells: Cell[], widths: number[], size: number, bold = false): number {
  const heights = cells.map((cell, index) => cellHeight(doc, cell, widths[index]! - 2 * pad, size, bold));
  return Math.max(...heights) + 2 * pad;
}

function detailHeight(doc: Doc, row: TableRow): number {
  if (!row.detail) return 0;
  return Math.max(
    cellHeight(doc, detailLabel(row.detail), detailLabelWidth, textSize.small),
    cellHeight(doc, row.detail.value, detailValueWidth(doc), textSize.body),
  );
}

/** The detail's label on one line, both languages, so a row with a fingerprint is one line taller, not two. */
function detailLabel(detail: NonNullable<TableRow['detail']>): Cell {
  return { en: `${detail.label.en}  ${detail.label.zh}`, muted: true };
}

function detailValueWidth(doc: Doc): number {
  return contentWidth(doc) - detailLabelWidth - 2 * pad;
}

function drawHeads(doc: Doc, heads: Cell[], widths: number[], height: number): void {
  const top = doc.y;
  let x = leftOf(doc);
  heads.forEach((head, index) => {
    drawCell(doc, head, { x: x + pad, y: top + pad, width: widths[index]! - 2 * pad }, textSize.small, true);
    x += widths[index]!;
  });
  drawRule(doc, top + height, 1.2, ink);
  doc.y = top + height;
}

function drawRow(doc: Doc, row: TableRow, widths: number[], height: number): void {
  const top = doc.y;
  if (row.warn) doc.rect(leftOf(doc), top, contentWidth(doc), height).fill(warnFill);
  let x = leftOf(doc);
  row.cells.forEach((cell, index) => {
    drawCell(doc, cell, { x: x + pad, y: top + pad, width: widths[index]! - 2 * pad }, textSize.body);
    x += widths[index]!;
  });
  if (row.detail) {
    const y = top + height - detailHeight(doc, row) - pad;
    const x = leftOf(doc) + pad;
    drawCell(doc, detailLabel(row.detail), { x, y, width: detailLabelWidth }, textSize.small);
    drawCell(
      doc,
      row.detail.value,
      { x: x + detailLabelWidth, y, width: detailValueWidth(doc) },
      textSize.body,
    );
  }
  drawRule(doc, top + height, 0.4, rule);
  doc.y = top + height;
}

/** A row longer than a page (a very long note): each column as a labelled paragraph, left to break where it must. */
function flowRow(doc: Doc, table: TableBlock, row: TableRow): void {
  const width = contentWidth(doc);
  const x = leftOf(doc);
  const parts = table.columns.map((column, index) => ({ label: column.label, value: row.cells[index]! }));
  for (const { label, value } of row.detail ? [...parts, row.detail] : parts) {
    doc
      .font(pdfFonts.bold)
      .fontSize(textSize.small)
      .fillColor(grey)
      .text(`${label.en} / ${label.zh}`, x, doc.y + pad, { width });
    drawCell(doc, value, { x, y: doc.y, width }, textSize.body);
  }
  doc.y += pad;
  drawRule(doc, doc.y, 0.4, rule);
}
