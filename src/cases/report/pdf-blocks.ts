/**
 * @module Drawing the report on PDF pages, block by block: the cover, section headings, facts; and where a page breaks,
 * so that no heading is left alone at the foot of a page; free prose (a decision's reasoning). Tables and the paragraph
 * on what the file proves are drawn by their own files.
 */
import type {
  Block,
  Cell,
  FactsBlock,
  ProseBlock,
  RemarkBlock,
  ReportDocument,
  Section,
} from './document.js';
import { labels } from './labels.js';
import { cellHeight, drawCell } from './pdf-cell.js';
import {
  contentWidth,
  drawRule,
  grey,
  ink,
  keepRoom,
  leftOf,
  pdfFonts,
  rule,
  textSize,
  warnInk,
} from './pdf-look.js';
import { drawParagraph, paragraphHeight } from './pdf-prose.js';
import { drawTable, tableLead } from './pdf-table.js';

type Doc = PDFKit.PDFDocument;

const factLabelWidth = 140;

export function drawCover(doc: Doc, report: ReportDocument): void {
  const x = leftOf(doc);
  const width = contentWidth(doc);
  doc
    .font(pdfFonts.sans)
    .fontSize(textSize.small)
    .fillColor(grey)
    .text(`${labels.report.en.toUpperCase()}  ${labels.report.zh}`, x, doc.y, { width });
  doc
    .font(pdfFonts.bold)
    .fontSize(textSize.title)
    .fillColor(ink)
    .text(report.caseTitle, x, doc.y + 4, { width });
  drawCell(doc, { en: report.caseId, mono: true }, { x, y: doc.y + 2, width }, textSize.subheading);
  drawRule(doc, doc.y + 6, 1.5, ink);
  doc.y += 12;
}

/** A numbered section; its heading moves to the next page with the section's first lines rather than stay alone. */
export function drawSection(doc: Doc, section: Section, number: number): void {
  const x = leftOf(doc);
  const width = contentWidth(doc);
  const title = `${number}. ${section.heading.en}`;
  const headingHeight =
    10 +
    doc.font(pdfFonts.bold).fontSize(textSize.heading).heightOfString(title, { width }) +
    doc.font(pdfFonts.sans).fontSize(textSize.subheading).heightOfString(section.heading.zh, { width }) +
    8;
  keepRoom(doc, headingHeight + leadOf(doc, section.blocks));
  doc.outline.addItem(`${title} ${section.heading.zh}`);
  doc
    .font(pdfFonts.bold)
    .fontSize(textSize.heading)
    .fillColor(ink)
    .text(title, x, doc.y + 10, { width });
  doc
    .font(pdfFonts.sans)
    .fontSize(textSize.subheading)
    .fillColor(grey)
    .text(section.heading.zh, x, doc.y, { width });
  drawRule(doc, doc.y + 2, 0.6, rule);
  doc.y += 8;
  section.blocks.forEach((block, index) => {
    drawBlock(doc, block, section.blocks.slice(index + 1));
  });
}

/** Draws a block; `after` is what follows it in the section, which a subheading must not be parted from. */
function drawBlock(doc: Doc, block: Block, after: Block[]): void {
  switch (block.kind) {
    case 'facts':
      drawFacts(doc, block);
      return;
    case 'paragraph':
      drawParagraph(doc, block);
      return;
    case 'subheading':
      keepRoom(doc, subheadingHeight(doc, block.text) + leadOf(doc, after));
      doc
        .font(pdfFonts.bold)
        .fontSize(textSize.subheading)
        .fillColor(block.text.warn ? warnInk : ink)
        .text(subheadingText(block.text), leftOf(doc), doc.y + 6, { width: contentWidth(doc) });
      doc.y += 3;
      return;
    case 'table':
      drawTable(doc, block);
      return;
    case 'prose':
      keepRoom(doc, proseLead(doc, block));
      drawCell(doc, block.text, { x: leftOf(doc), y: doc.y, width: contentWidth(doc) }, textSize.body + 0.5);
      doc.y += 8;
      return;
    case 'remark':
      keepRoom(doc, remarkHeight(doc, block));
      drawCell(
        doc,
        { ...block.text, muted: true },
        { x: leftOf(doc), y: doc.y, width: contentWidth(doc) },
        textSize.small,
      );
      doc.y += 8;
      return;
  }
}

/** What must fit under a heading, from these blocks, for the heading not to be left alone at the foot of a page. */
function leadOf(doc: Doc, blocks: Block[]): number {
  const [block, ...after] = blocks;
  switch (block?.kind) {
    case undefined:
      return 0;
    case 'facts':
      return block.rows[0] ? factHeight(doc, block.rows[0]) : 0;
    case 'paragraph':
      return paragraphHeight(doc, block);
    case 'subheading':
      return subheadingHeight(doc, block.text) + leadOf(doc, after);
    case 'table':
      return tableLead(doc, block);
    case 'remark':
      return remarkHeight(doc, block);
    case 'prose':
      return proseLead(doc, block);
  }
}

/** Prose needs its first three lines on the page it starts on; the rest runs onto the next pages as it must. */
function proseLead(doc: Doc, block: ProseBlock): number {
  const whole = cellHeight(doc, block.text, contentWidth(doc), textSize.body + 0.5);
  return Math.min(
    whole,
    doc
      .font(pdfFonts.sans)
      .fontSize(textSize.body + 0.5)
      .currentLineHeight(true) * 3,
  );
}

function remarkHeight(doc: Doc, block: RemarkBlock): number {
  return cellHeight(doc, block.text, contentWidth(doc), textSize.small);
}

function subheadingText(text: Cell): string {
  return text.zh === undefined ? text.en : `${text.en}   ${text.zh}`;
}

function subheadingHeight(doc: Doc, text: Cell): number {
  const width = contentWidth(doc);
  return (
    9 + doc.font(pdfFonts.bold).fontSize(textSize.subheading).heightOfString(subheadingText(text), { width })
  );
}

function factHeight(doc: Doc, row: FactsBlock['rows'][number]): number {
  return Math.max(
    cellHeight(doc, row.label, factLabelWidth - 8, textSize.body, true),
    cellHeight(doc, row.value, contentWidth(doc) - factLabelWidth, textSize.body + 0.5),
  );
}

function drawFacts(doc: Doc, block: FactsBlock): void {
  const x = leftOf(doc);
  const valueWidth = contentWidth(doc) - factLabelWidth;
  for (const row of block.rows) {
    const height = factHeight(doc, row);
    keepRoom(doc, height);
    const top = doc.y;
    drawCell(doc, row.label, { x, y: top, width: factLabelWidth - 8 }, textSize.body, true);
    drawCell(doc, row.value, { x: x + factLabelWidth, y: top, width: valueWidth }, textSize.body + 0.5);
    doc.y = top + height + 4;
  }
  doc.y += 4;
}
