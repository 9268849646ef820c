/**
 * @module The report as both renderers draw it: sections of facts, paragraphs and tables, already worded and
 * formatted. Building it once is what keeps the HTML and the PDF in the same order with the same content.
 */
import type { Bilingual } from './labels.js';

/**
 * What a cell says. Fixed labels (a status, a kind) carry their Chinese in `zh`; free text (a title, a note, a
 * name) has only `en`, which holds it as written, whatever its language.
 */
export interface Cell {
  en: string;
  zh?: string;
  /** Hashes, ids and commands: read character by character, so set in a fixed-width face. */
  mono?: boolean;
  /** Something the reader must not miss: a purged item. */
  warn?: boolean;
  /** Said for completeness, not content (no reason recorded). */
  muted?: boolean;
}

export interface FactsBlock {
  kind: 'facts';
  rows: { label: Bilingual; value: Cell }[];
}

/** Prose in both languages; text between backticks is set in the fixed-width face. */
export interface ParagraphBlock {
  kind: 'paragraph';
  title: Bilingual;
  text: Bilingual;
}

export interface TableRow {
  cells: Cell[];
  /** A full-width line under the row, kept on the row's page: an item's SHA-256 is too long for a column. */
  detail?: { label: Bilingual; value: Cell };
  warn?: boolean;
}

export interface TableBlock {
  kind: 'table';
  /** Relative widths; each renderer scales them to its page. */
  columns: { label: Bilingual; width: number }[];
  rows: TableRow[];
}

/** A short explanation under a table, in both languages. */
export interface RemarkBlock {
  kind: 'remark';
  text: Bilingual;
}

/** Free text as written (a decision's reasoning), set as prose at full width and left to run across pages. */
export interface ProseBlock {
  kind: 'prose';
  text: Cell;
}

export interface SubheadingBlock {
  kind: 'subheading';
  text: Cell;
}

export type Block = FactsBlock | ParagraphBlock | TableBlock | SubheadingBlock | RemarkBlock | ProseBlock;

export interface Section {
  /** A stable anchor (`summary`, `timeline`): the HTML's ids, and what tests look for. */
  id: string;
  heading: Bilingual;
  blocks: Block[];
}

export interface ReportDocument {
  caseId: string;
  caseTitle: string;
  sections: Section[];
}

/** A fixed label as a cell. */
export function said(label: Bilingual, extra: Omit<Cell, 'en' | 'zh'> = {}): Cell {
  return { en: label.en, zh: label.zh, ...extra };
}

/** Free text as a cell, shown as written. */
export function written(text: string, extra: Omit<Cell, 'en' | 'zh'> = {}): Cell {
  return { en: text, ...extra };
}
