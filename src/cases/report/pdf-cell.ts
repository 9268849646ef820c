/**
 * @module One cell of text on a PDF page: its English (or its free text, as written) and, beneath it in grey, its
 * Chinese label. Measuring and drawing share the font choice, so a row is as tall as what is drawn in it.
 */
import type { Cell } from './document.js';
import { grey, ink, pdfFonts, warnInk } from './pdf-look.js';

type Doc = PDFKit.PDFDocument;

/** Where a cell goes: its top-left corner and the width its text wraps at. */
export interface Box {
  x: number;
  y: number;
  width: number;
}

/** The font a cell's text is set in; Courier has no glyphs beyond ASCII, so other text stays in Noto Sans SC. */
function fontOf(cell: Cell, bold = false): string {
  if (cell.mono && /^[\x20-\x7e\n]*$/.test(cell.en)) return pdfFonts.mono;
  return bold || cell.warn ? pdfFonts.bold : pdfFonts.sans;
}

export function cellHeight(doc: Doc, cell: Cell, width: number, size: number, bold = false): number {
  const font = fontOf(cell, bold);
  return (
    baselineShift(font, size) +
    measure(doc, cell.en, font, size, width) +
    (cell.zh === undefined ? 0 : measure(doc, cell.zh, pdfFonts.sans, size - 0.5, width))
  );
}

/** Draws a cell and returns the y below it. */
export function drawCell(doc: Doc, cell: Cell, box: Box, size: number, bold = false): number {
  let below = box.y;
  if (cell.en !== '') {
    const font = fontOf(cell, bold);
    doc
      .font(font)
      .fontSize(size)
      .fillColor(cell.warn ? warnInk : cell.muted ? grey : ink)
      .text(cell.en, box.x, below + baselineShift(font, size), { width: box.width });
    below = doc.y;
  }
  if (cell.zh !== undefined) {
    doc
      .font(pdfFonts.sans)
      .fontSize(size - 0.5)
      .fillColor(cell.warn ? warnInk : grey)
      .text(cell.zh, box.x, below, { width: box.width });
    below = doc.y;
  }
  return below;
}

/**
 * pdfkit places a line by its top, at the font's ascent above the baseline. Courier's ascent (629/1000 em) is about
 * half Noto Sans SC's (1160/1000 em), so Courier text is moved down by the difference to sit on the same baseline
 * as the Noto text beside it.
 */
function baselineShift(font: string, size: number): number {
  return font === pdfFonts.mono ? ((1160 - 629) / 1000) * size : 0;
}

function measure(doc: Doc, text: string, font: string, size: number, width: number): number {
  if (text === '') return 0;
  return doc.font(font).fontSize(size).heightOfString(text, { width });
}
