/**
 * @module The case report as a PDF on A4, with Noto Sans SC embedded so the Chinese renders on any machine, the
 * case id on every page and "Page N of M" under it. Same sections, same order, as the HTML.
 */
import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';
import { composeReport } from './compose.js';
import type { ReportInput } from './input.js';
import { labels, pageOf } from './labels.js';
import { drawCover, drawSection } from './pdf-blocks.js';
import { contentWidth, drawRule, grey, leftOf, pageMargins, pdfFonts, rule, textSize } from './pdf-look.js';

const resolve = createRequire(import.meta.url).resolve;

export interface PdfOptions {
  /**
   * Deflate the page contents (the default). Off, the text operators stay readable in the file: tests use it to
   * look inside without a PDF parser.
   */
  compress?: boolean;
}

/**
 * The committee's case report as a PDF. The same input gives the same bytes: the creation date is the export time,
 * and pdfkit derives the document ID from the info dictionary.
 *
 * @example writeFileSync('case-report.pdf', await renderReportPdf(input));
 */
export async function renderReportPdf(input: ReportInput, options: PdfOptions = {}): Promise<Buffer> {
  const report = composeReport(input);
  const doc = new PDFDocument({
    size: 'A4',
    margins: pageMargins,
    bufferPages: true,
    compress: options.compress ?? true,
    lang: 'en',
    displayTitle: true,
    info: {
      Title: `${labels.report.en} ${report.caseId}: ${report.caseTitle}`,
      Author: 'molehunt',
      Subject: `${labels.report.en} / ${labels.report.zh}`,
      Creator: 'molehunt',
      CreationDate: new Date(input.exportedAt),
    },
  });
  const bytes = collect(doc);
  doc.registerFont(
    pdfFonts.sans,
    resolve('@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf'),
  );
  doc.registerFont(pdfFonts.bold, resolve('@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf'));

  drawCover(doc, report);
  for (const [index, section] of report.sections.entries()) drawSection(doc, section, index + 1);
  stampPages(doc, report.caseId);
  doc.end();
  return bytes;
}

function collect(doc: PDFKit.PDFDocument): Promise<Buffer> {
  const chunks: Buffer[] = [];
  return new Promise((done, fail) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => done(Buffer.concat(chunks)));
    doc.on('error', fail);
  });
}

/** The running header and the page number, drawn once every page exists, which is why pages are buffered. */
function stampPages(doc: PDFKit.PDFDocument, caseId: string): void {
  const { start, count } = doc.bufferedPageRange();
  for (let index = start; index < start + count; index += 1) {
    doc.switchToPage(index);
    const x = leftOf(doc);
    const width = contentWidth(doc);
    const bottomMargin = doc.page.margins.bottom;
    // Text below the bottom margin would otherwise make pdfkit start a new page.
    doc.page.margins.bottom = 0;
    doc.font(pdfFonts.sans).fontSize(textSize.small).fillColor(grey);
    doc.text(`molehunt · ${labels.report.en} ${labels.report.zh} · ${caseId}`, x, 30, {
      width,
      lineBreak: false,
    });
    doc.text(`${labels.confidential.en} / ${labels.confidential.zh}`, x, 30, { width, align: 'right' });
    drawRule(doc, 44, 0.5, rule);
    const page = pageOf(index - start + 1, count);
    doc.text(`${page.en} / ${page.zh}`, x, doc.page.height - 38, { width, align: 'center' });
    doc.page.margins.bottom = bottomMargin;
  }
}
