/** @module The committee's case report, in HTML and PDF, from the case as its ledger says and the names it needs. */
export { renderReportHtml } from './html.js';
export type { ReportInput, ReportSubject, ReportTimelineLine } from './input.js';
export { type Bilingual, sanctionLabels, voteLabels } from './labels.js';
export { type PdfOptions, renderReportPdf } from './pdf.js';
