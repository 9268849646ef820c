/**
 * @module Reading an aligned piece: which alternative each site shows, and which symbol each invisible mark. A site
 * is read only where the leak matches it and two characters either side exactly; anything edited there makes it
 * unreadable rather than misread.
 */
import { zeroWidthSymbols } from '../canary/marks.js';
import { cyrillicFor } from '../homoglyphs.js';
import { type NormalizedText, originalSpan } from '../normalize.js';
import type { Alignment, Step } from './align.js';
import type { Template, TemplateSite } from './template.js';

/** What the leak shows at one site or mark. */
export interface Reading {
  readonly layer: 'site' | 'mark';
  /** The passage of the leak it was read in (see `locate`). */
  readonly passage: number;
  /** Index into `plan.sites` or `plan.marks.sites`. */
  readonly index: number;
  /** The alternative (or mark symbol) the leak shows; null where editing made it unreadable. */
  readonly symbol: number | null;
  /** Where it is in the leaked text (original offsets). */
  readonly leakStart: number;
  readonly leakEnd: number;
}

/** Whether the leak kept what retyping loses, judged on the whole leak before any site is read. */
export interface LeakSurface {
  /** Full-width punctuation where the base has it, so width sites can be read. */
  readonly widthsKept: boolean;
  /** Some invisible mark survived, so marks can be read. */
  readonly marksPresent: boolean;
}

const context = 2;
const invisible = /\p{Default_Ignorable_Code_Point}/gu;
const lookalikes = new Set(Object.values(cyrillicFor));

/** What the leak kept of what retyping loses, judged on all its aligned pieces. */
export function surfaceOf(
  template: Template,
  alignments: readonly Alignment[],
  leak: NormalizedText,
): LeakSurface {
  let checked = 0;
  let kept = 0;
  for (const { graph, steps } of alignments) {
    for (const step of steps) {
      const b = step.exact ? graph.baseIndex[step.node]! : -1;
      if (b < 0) continue;
      const baseRaw = template.plan.base.slice(template.base.starts[b], template.base.ends[b]);
      if (!isWideForm(baseRaw)) continue;
      checked++;
      if (leak.original.slice(leak.starts[step.leak], leak.ends[step.leak]) === baseRaw) kept++;
    }
  }
  // Where the fixed text has too few full-width characters to judge, any full-width form at all shows the leak was
  // not folded: normalization would have left none.
  return {
    widthsKept: checked >= 2 ? kept >= 0.8 * checked : /[\uff01-\uff5e]/.test(leak.original),
    marksPresent: template.plan.marks !== undefined && carriesMarks(leak.original),
  };
}

/** True when the text carries any zero-width mark symbol or lookalike letter. */
function carriesMarks(text: string): boolean {
  for (const ch of text)
    if (lookalikes.has(ch) || (zeroWidthSymbols as readonly string[]).includes(ch)) return true;
  return false;
}

/** Every site and mark the aligned piece covers, read or unreadable. */
export function readPiece(
  template: Template,
  alignment: Alignment,
  passage: number,
  leak: NormalizedText,
  surface: LeakSurface,
): Reading[] {
  const { graph, steps } = alignment;
  const siteSteps = new Map<number, [number, number]>();
  const baseStep = new Map<number, number>();
  steps.forEach((step, i) => {
    if (step.node < 0) return;
    const s = graph.site[step.node]!;
    if (s >= 0) {
      const span = siteSteps.get(s);
      siteSteps.set(s, span ? [span[0], i] : [i, i]);
    } else baseStep.set(graph.baseIndex[step.node]!, i);
  });
  const readings: Reading[] = [];
  template.sites.forEach((site, s) => {
    const span = siteSteps.get(s) ?? emptyBranchSpan(site, baseStep);
    const reading = span && readSite(template, site, span, steps, graph.form, leak, surface);
    if (reading) readings.push({ ...reading, passage });
  });
  template.markAt.forEach((at, m) => {
    const i = at >= 0 ? baseStep.get(at) : undefined;
    if (i !== undefined && steps[i]!.exact) {
      readings.push({ ...readMark(template, m, at, steps[i]!.leak, leak, surface), passage });
    }
  });
  return readings;
}

/** A site whose empty branch was taken shows no nodes: it sits between the steps of its neighbours. */
function emptyBranchSpan(
  site: TemplateSite,
  baseStep: ReadonlyMap<number, number>,
): [number, number] | undefined {
  const after = baseStep.get(site.to);
  const before = baseStep.get(site.from - 1);
  return after !== undefined && before === after - 1 && site.forms.includes('')
    ? [after, after - 1]
    : undefined;
}

function readSite(
  template: Template,
  site: TemplateSite,
  [a, b]: [number, number],
  steps: readonly Step[],
  form: Int32Array,
  leak: NormalizedText,
  surface: LeakSurface,
): Omit<Reading, 'passage'> | undefined {
  if (a - context < 0 || b + context >= steps.length) return undefined;
  const around = steps.slice(a - context, b + context + 1);
  const [leakStart, leakEnd] = leakSpanOf(leak, steps, a, b);
  const base = { layer: 'site' as const, index: site.site, leakStart, leakEnd };
  if (!around.every((step) => step.exact)) return { ...base, symbol: null };
  const branch = b >= a ? form[steps[a]!.node]! : site.forms.indexOf('');
  if (site.kind !== 'width') return { ...base, symbol: site.alternativeOfForm[branch]! };
  if (!surface.widthsKept) return { ...base, symbol: null };
  const raw = leak.original.slice(leakStart, leakEnd).replace(invisible, '');
  const alternative = template.plan.sites[site.site]!.alternatives.indexOf(raw);
  return { ...base, symbol: alternative >= 0 ? alternative : null };
}

function readMark(
  template: Template,
  m: number,
  at: number,
  j: number,
  leak: NormalizedText,
  surface: LeakSurface,
): Omit<Reading, 'passage'> {
  const [leakStart, leakEnd] = originalSpan(leak, j, j + 1);
  const base = { layer: 'mark' as const, index: m, leakStart, leakEnd };
  if (!surface.marksPresent) return { ...base, symbol: null };
  if (template.plan.marks!.sites[m]!.kind === 'zero-width') {
    const gap = leak.original.slice(j > 0 ? leak.ends[j - 1]! : 0, leakStart);
    const symbol = zeroWidthSymbols.findIndex((z) => gap.includes(z));
    return { ...base, symbol: symbol >= 0 ? symbol : null };
  }
  const latin = template.plan.base.slice(template.base.starts[at], template.base.ends[at]);
  const shown = leak.original.slice(leakStart, leakEnd);
  return { ...base, symbol: shown === latin ? 0 : shown === cyrillicFor[latin] ? 1 : null };
}

/** Full-width forms and ideographic punctuation that NFKC folds to ASCII: what retyping tends to lose. */
function isWideForm(ch: string): boolean {
  const code = ch.charCodeAt(0);
  return ch.length === 1 && code >= 0xff01 && code <= 0xff5e;
}

/** The leak characters aligned to steps [a, b]; for a site whose characters were all deleted, the point between. */
function leakSpanOf(leak: NormalizedText, steps: readonly Step[], a: number, b: number): [number, number] {
  const inside = steps.slice(a, b + 1).filter((s) => s.leak >= 0);
  if (inside.length > 0) return originalSpan(leak, inside[0]!.leak, inside[inside.length - 1]!.leak + 1);
  const before = steps
    .slice(0, a)
    .reverse()
    .find((s) => s.leak >= 0);
  return originalSpan(leak, before ? before.leak + 1 : 0, before ? before.leak + 1 : 0);
}
