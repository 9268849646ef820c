/**
 * @module A PDF's text layer back into lines and paragraphs. A PDF holds positioned runs of text, each line of a
 * paragraph apart: a line that ends because the next word did not fit is joined to the next one, a line that ends
 * short keeps its break (a heading, a list item, a paragraph's last line), and a wider gap starts a paragraph.
 */

/** A run of text as the PDF places it (unpdf's structured text items). */
export interface TextRun {
  readonly str: string;
  /** Left edge and baseline, in PDF units (y grows upwards). */
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly fontSize: number;
  readonly hasEOL: boolean;
}

interface Line {
  text: string;
  left: number;
  right: number;
  y: number;
  size: number;
}

/** A gap between baselines this much wider than the page's usual one separates paragraphs. */
const paragraphGap = 1.5;
const cjk = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/u;
const listItem = /^\s*(?:[-*•·▪◦]|\d+[.)]|[a-z][.)]|[（(]?[一二三四五六七八九十\d]+[)）、.])\s/u;

/** The text of every page, lines joined into paragraphs; pages are separated like paragraphs. */
export function layoutText(pages: readonly (readonly TextRun[])[]): string {
  const laidOut = pages.map((runs) => withoutPageNumbers(linesOf(runs))).filter((lines) => lines.length);
  const all = laidOut.flat();
  if (!all.length) return '';
  // Measured over the whole document: a page holding a few lines shows neither the spacing nor the measure.
  const right = Math.max(...all.map((l) => l.right));
  const gap = usualGap(laidOut);
  let text = '';
  let previous: Line | undefined;
  for (const line of all) {
    if (previous) text += breakBetween(previous, line, right, gap);
    text += line.text;
    previous = line;
  }
  return text;
}

/** Runs on one baseline (or up to an end of line the PDF marks) make a line, read left to right. */
function linesOf(runs: readonly TextRun[]): Line[] {
  const lines: Line[] = [];
  let current: Line | undefined;
  let ended = true;
  for (const run of runs) {
    if (run.str === '' && !run.hasEOL) continue;
    const size = run.fontSize || 10;
    if (!current || ended || Math.abs(run.y - current.y) > size * 0.4) {
      current = { text: '', left: run.x, right: run.x, y: run.y, size };
      lines.push(current);
    }
    // A gap wider than a fifth of the type size is a space the PDF did not write as a character.
    const spaced = run.x - current.right > size * 0.2 && !/\s$/.test(current.text) && !/^\s/.test(run.str);
    current.text += (spaced && current.text ? ' ' : '') + run.str;
    if (run.str) current.right = Math.max(current.right, run.x + run.width);
    ended = run.hasEOL;
  }
  return lines
    .map((line) => ({ ...line, text: line.text.replace(/\s+/g, ' ').trim() }))
    .filter((line) => line.text !== '');
}

const pageNumber =
  /^(?:(?:page|p\.)\s*\d+(?:\s*(?:of|\/)\s*\d+)?|[-–—]?\s*\d+\s*[-–—]?|\d+\s*\/\s*\d+|第\s*\d+\s*页(?:\s*[，,]?\s*共\s*\d+\s*页)?)$/iu;

/** A page's number, printed above or below its text, is no part of the document. */
function withoutPageNumbers(lines: Line[]): Line[] {
  if (lines.length > 1 && pageNumber.test(lines.at(-1)!.text)) lines.pop();
  if (lines.length > 1 && pageNumber.test(lines[0]!.text)) lines.shift();
  return lines;
}

/** The most common distance between consecutive baselines on a page: the line spacing of the body text. */
function usualGap(pages: readonly (readonly Line[])[]): number {
  const counts = new Map<number, number>();
  for (const lines of pages) {
    lines.slice(1).forEach((line, i) => {
      const g = Math.round((lines[i]!.y - line.y) * 10) / 10;
      if (g > 0) counts.set(g, (counts.get(g) ?? 0) + 1);
    });
  }
  if (!counts.size) return Number.POSITIVE_INFINITY;
  return [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]![0];
}

function breakBetween(before: Line, line: Line, right: number, gap: number): string {
  const distance = before.y - line.y;
  // Upwards is a new page (or column), which says nothing of paragraphs: only a wrapped line goes on.
  if (distance > gap * paragraphGap) return '\n\n';
  return wraps(before, line, right) ? joiner(before, line) : '\n';
}

/** A line wrapped when the next line's first word would not have fitted in the room left at its end. */
function wraps(before: Line, line: Line, right: number): boolean {
  if (listItem.test(line.text)) return false;
  // What cannot be broken: one Chinese character, or a run of anything else up to a space or a Chinese character.
  const first = /^(?:\p{Script=Han}|[^\s\p{Script=Han}]+)/u.exec(line.text)?.[0] ?? '';
  const perChar = (line.right - line.left) / Math.max(1, [...line.text].length);
  const room = right - before.right;
  // Capitals and digits are wider than the line's average character: allow half as much again.
  return room < (first.length + 1) * perChar * 1.5;
}

/** Wrapped Chinese joins without a space; a word broken with a hyphen is left as the PDF has it. */
function joiner(before: Line, line: Line): string {
  return cjk.test(before.text.at(-1) ?? '') || cjk.test(line.text[0] ?? '') ? '' : ' ';
}
