/**
 * @module The HTML report's stylesheet: readable on screen, and on A4 paper with the case id in each page's header,
 * page numbers in its footer, and no table row split across pages.
 */
import { labels } from './labels.js';

/** The stylesheet, with the case id in the printed page header. */
export function reportCss(caseId: string): string {
  const header = cssString(`molehunt · ${labels.report.en} ${labels.report.zh} · ${caseId}`);
  return `
@page {
  size: A4;
  margin: 20mm 16mm 20mm;
  @top-left { content: ${header}; font: 8pt ${sans}; color: #555; }
  @top-right { content: ${cssString(`${labels.confidential.en} / ${labels.confidential.zh}`)}; font: 8pt ${sans}; color: #555; }
  @bottom-center {
    content: "Page " counter(page) " of " counter(pages) " / 第 " counter(page) " 页，共 " counter(pages) " 页";
    font: 8pt ${sans}; color: #555;
  }
}
:root { color: #1a1a1a; background: #fff; font: 10.5pt/1.45 ${sans}; }
body { max-width: 190mm; margin: 0 auto; padding: 8mm 4mm; }
.zh { display: block; color: #4a4a4a; font-size: 0.92em; }
.mono, code { font-family: ${mono}; font-size: 0.92em; overflow-wrap: anywhere; word-break: break-all; }
.muted { color: #777; font-style: italic; }
.warn { color: #a40000; font-weight: 700; }
.cover { border-bottom: 2px solid #1a1a1a; margin-bottom: 6mm; padding-bottom: 4mm; }
.cover .eyebrow { margin: 0; text-transform: uppercase; letter-spacing: 0.06em; font-size: 9pt; color: #555; }
.cover .eyebrow .zh { display: inline; margin-left: 0.6em; }
h1 { font-size: 20pt; margin: 2mm 0 1mm; }
.cover .case-id { margin: 0; }
h2 { font-size: 14pt; margin: 9mm 0 3mm; border-bottom: 1px solid #bbb; padding-bottom: 1mm; }
h3 { font-size: 11pt; margin: 5mm 0 2mm; }
h2, h3 { break-after: avoid; page-break-after: avoid; }
h3 .zh { display: inline; margin-left: 0.5em; }
.facts { display: grid; grid-template-columns: 42mm 1fr; gap: 1.5mm 5mm; margin: 0; }
.facts dt { font-weight: 700; }
.facts dd { margin: 0; }
.facts dt .zh { font-weight: 400; }
.facts > div { display: contents; }
table { width: 100%; border-collapse: collapse; table-layout: fixed; font-size: 8.5pt; }
thead { display: table-header-group; }
th { text-align: left; vertical-align: bottom; border-bottom: 1.5px solid #1a1a1a; padding: 1mm 1.5mm; }
td { vertical-align: top; border-bottom: 0.5px solid #ccc; padding: 1.2mm 1.5mm; overflow-wrap: anywhere; }
tbody, tr { break-inside: avoid; page-break-inside: avoid; }
tbody.has-detail tr:first-child td { border-bottom: none; }
tr.detail td { padding-top: 0; }
tr.detail .label { color: #555; margin-right: 2mm; }
tr.detail .label .zh { display: inline; margin-left: 0.4em; }
tbody.marked td { background: #fdecec; }
/* Browsers leave backgrounds out of print unless told; a purged row's shading is part of what it says. */
tbody.marked td, .proof { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
.none { color: #777; font-style: italic; }
.prose { margin: 0 0 3mm; }
.remark { font-size: 9pt; color: #4a4a4a; margin: 2mm 0 0; }
.proof { margin-top: 5mm; padding: 3mm 4mm; border: 1px solid #bbb; background: #f7f7f4; break-inside: avoid; }
.proof h3 { margin-top: 0; }
.proof p { margin: 0 0 2mm; }
@media print { body { max-width: none; padding: 0; } }
`;
}

const sans = `"Noto Sans SC", "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", system-ui, sans-serif`;
const mono = `ui-monospace, "SFMono-Regular", Menlo, Consolas, "Liberation Mono", monospace`;

/** A CSS string literal for any text: everything but plain characters is a CSS escape, so `</style>` cannot end it. */
function cssString(text: string): string {
  const escaped = [...text]
    .map((char) => (/^[\p{L}\p{N} .:·/-]$/u.test(char) ? char : `\\${char.codePointAt(0)!.toString(16)} `))
    .join('');
  return `"${escaped}"`;
}
