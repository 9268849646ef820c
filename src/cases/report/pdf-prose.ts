/** @module Prose on PDF pages: the summary's paragraph on what the file proves, in both languages, kept on one page. */
import type { ParagraphBlock } from './document.js';
import { type Box, cellHeight } from './pdf-cell.js';
import { bottomOf, contentWidth, ink, keepRoom, leftOf, pdfFonts, rule, textSize } from './pdf-look.js';

type Doc = PDFKit.PDFDocument;

const codeInk = '#1d3f8f';

function titleOf(block: ParagraphBlock): string {
  return `${block.title.en}   ${block.title.zh}`;
}

export function paragraphHeight(doc: Doc, block: ParagraphBlock): number {
  const width = contentWidth(doc) - 10;
  const prose = (text: string) =>
    cellHeight(doc, { en: text.replaceAll('`', '') }, width, textSize.body + 0.5);
  return (
    6 +
    cellHeight(doc, { en: titleOf(block) }, width, textSize.subheading, true) +
    prose(block.text.en) +
    prose(block.text.zh) +
    16
  );
}

/** Prose in both languages, kept on one page, with a rule down its left side. */
export function drawParagraph(doc: Doc, block: ParagraphBlock): void {
  const x = leftOf(doc) + 10;
  const width = contentWidth(doc) - 10;
  keepRoom(doc, paragraphHeight(doc, block));
  const top = doc.y + 6;
  doc
    .font(pdfFonts.bold)
    .fontSize(textSize.subheading)
    .fillColor(ink)
    .text(titleOf(block), x, top, { width });
  for (const text of [block.text.en, block.text.zh]) writeWithCode(doc, text, { x, y: doc.y + 4, width });
  const end = Math.min(doc.y, bottomOf(doc));
  doc.moveTo(leftOf(doc), top).lineTo(leftOf(doc), end).lineWidth(2).strokeColor(rule).stroke();
  doc.y = end + 8;
}

/**
 * Backticked parts (the root, the key fingerprint, the command) in a darker blue, not in Courier: pdfkit lays out a
 * line mixing fonts with overlapping lines, and Noto's digits and Latin letters read well enough here.
 */
function writeWithCode(doc: Doc, text: string, at: Box): void {
  const parts = text
    .split('`')
    .map((part, index) => ({ part, code: index % 2 === 1 }))
    .filter(({ part }) => part !== '');
  doc.font(pdfFonts.sans).fontSize(textSize.body + 0.5);
  parts.forEach(({ part, code }, index) => {
    doc.fillColor(code ? codeInk : ink);
    const options = { continued: index < parts.length - 1 };
    if (index === 0) doc.text(part, at.x, at.y, { ...options, width: at.width });
    else doc.text(part, options);
  });
}
