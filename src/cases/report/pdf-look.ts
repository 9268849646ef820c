/** @module The PDF report's page geometry, type sizes and colours, shared by everything that draws on its pages. */

type Doc = PDFKit.PDFDocument;

/** Font names as registered on each document; Courier is one of the 14 fonts every PDF reader has. */
export const pdfFonts = { sans: 'NotoSansSC', bold: 'NotoSansSC-Bold', mono: 'Courier' } as const;

/** A4 in points, with room above and below the text for the running header and the page number. */
export const pageMargins = { top: 62, bottom: 58, left: 50, right: 50 };

export const textSize = { body: 8.5, small: 7.5, subheading: 10, heading: 13, title: 18 };

export const ink = '#1a1a1a';
export const grey = '#555555';
export const rule = '#bbbbbb';
export const warnInk = '#a40000';

export function leftOf(doc: Doc): number {
  return doc.page.margins.left;
}

export function contentWidth(doc: Doc): number {
  return doc.page.width - doc.page.margins.left - doc.page.margins.right;
}

export function topOf(doc: Doc): number {
  return doc.page.margins.top;
}

/** The lowest y text may reach on the page. */
export function bottomOf(doc: Doc): number {
  return doc.page.height - doc.page.margins.bottom;
}

/** Starts a new page unless `height` still fits below the current position. */
export function keepRoom(doc: Doc, height: number): void {
  if (doc.y + height > bottomOf(doc)) doc.addPage();
}

/** A rule across the text column; tables, headings and the running header use it. */
export function drawRule(doc: Doc, y: number, width: number, colour: string): void {
  doc
    .moveTo(leftOf(doc), y)
    .lineTo(leftOf(doc) + contentWidth(doc), y)
    .lineWidth(width)
    .strokeColor(colour)
    .stroke();
}
