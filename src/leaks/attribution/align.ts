/**
 * @module Aligning a piece of the leak to a stretch of the template: edit distance against a graph (fixed text is
 * a chain of characters, each site forks into its branches), free to start and end anywhere in the stretch. The
 * cheapest path says which branch of each site the leak follows, character by character.
 */
import type { Template } from './template.js';

/** One step of the alignment: a template node matched, substituted or deleted, or a leak character inserted. */
export interface Step {
  /** Graph node, or -1 for an inserted leak character. */
  readonly node: number;
  /** Leak index (normalized, whole leak), or -1 for a deleted node. */
  readonly leak: number;
  readonly exact: boolean;
}

/** The graph of a template stretch: each node one normalized character. */
export interface Graph {
  readonly chars: string;
  /** Normalized base index of a fixed-text node, -1 inside a site. */
  readonly baseIndex: Int32Array;
  /** Template site of a site node, -1 for fixed text. */
  readonly site: Int32Array;
  /** Branch (form) of a site node. */
  readonly form: Int32Array;
  readonly preds: readonly (readonly number[])[];
}

export interface Alignment {
  readonly graph: Graph;
  readonly steps: readonly Step[];
  readonly cost: number;
}

const START = -1;

/** Builds the graph of the normalized base [from, to), widened to whole sites. */
export function graphOf(template: Template, from: number, to: number): Graph {
  const chars: string[] = [];
  const baseIndex: number[] = [];
  const site: number[] = [];
  const form: number[] = [];
  const preds: number[][] = [];
  let ends: number[] = [];
  const add = (ch: string, b: number, s: number, f: number, p: number[]) => {
    chars.push(ch);
    baseIndex.push(b);
    site.push(s);
    form.push(f);
    preds.push(p);
    return chars.length - 1;
  };
  const first = template.siteAt[from] ?? -1;
  let p = first >= 0 ? template.sites[first]!.from : from;
  const last = template.siteAt[to - 1] ?? -1;
  const end = last >= 0 ? template.sites[last]!.to : to;
  while (p < end) {
    const s = template.siteAt[p]!;
    if (s < 0) {
      ends = [add(template.base.text[p]!, p, -1, -1, ends)];
      p++;
      continue;
    }
    const next: number[] = [];
    template.sites[s]!.forms.forEach((text, f) => {
      let prev = ends;
      for (let i = 0; i < text.length; i++) prev = [add(text[i]!, -1, s, f, prev)];
      next.push(...prev);
    });
    ends = [...new Set(next)];
    p = template.sites[s]!.to;
  }
  return {
    chars: chars.join(''),
    baseIndex: Int32Array.from(baseIndex),
    site: Int32Array.from(site),
    form: Int32Array.from(form),
    preds,
  };
}

/** Aligns `leak[leakFrom, leakTo)` to the graph; every leak character is used, the graph only where it fits. */
export function align(graph: Graph, leak: string, leakFrom: number, leakTo: number): Alignment {
  const n = graph.chars.length;
  const m = leakTo - leakFrom;
  const cost = new Int32Array((m + 1) * n);
  // Back pointer: (predecessor + 1) << 2 | move, move 0 = substitute, 1 = delete node, 2 = insert leak char.
  const back = new Int32Array((m + 1) * n);
  for (let j = 0; j <= m; j++) {
    const row = j * n;
    const up = row - n;
    const leakChar = j > 0 ? leak.charCodeAt(leakFrom + j - 1) : -1;
    for (let v = 0; v < n; v++) {
      const preds = graph.preds[v]!;
      let best = Number.MAX_SAFE_INTEGER;
      let code = 0;
      if (j > 0) {
        const sub = leakChar === graph.chars.charCodeAt(v) ? 0 : 1;
        best = j - 1 + sub;
        code = 0;
        for (const u of preds) {
          const c = cost[up + u]! + sub;
          if (c < best) [best, code] = [c, ((u + 1) << 2) | 0];
        }
      }
      if (j + 1 < best) [best, code] = [j + 1, 1];
      for (const u of preds) {
        const c = cost[row + u]! + 1;
        if (c < best) [best, code] = [c, ((u + 1) << 2) | 1];
      }
      if (j > 0 && cost[up + v]! + 1 < best) [best, code] = [cost[up + v]! + 1, ((v + 1) << 2) | 2];
      cost[row + v] = best;
      back[row + v] = code;
    }
  }
  return traceBack(graph, leak, leakFrom, m, cost, back);
}

function traceBack(
  graph: Graph,
  leak: string,
  leakFrom: number,
  m: number,
  cost: Int32Array,
  back: Int32Array,
): Alignment {
  const n = graph.chars.length;
  if (n === 0) return { graph, steps: [], cost: m };
  let v = 0;
  for (let u = 1; u < n; u++) if (cost[m * n + u]! < cost[m * n + v]!) v = u;
  const total = cost[m * n + v]!;
  const steps: Step[] = [];
  let j = m;
  while (v !== START) {
    const code = back[j * n + v]!;
    const move = code & 3;
    const pred = (code >> 2) - 1;
    if (move === 0) {
      steps.push({ node: v, leak: leakFrom + j - 1, exact: leak[leakFrom + j - 1] === graph.chars[v] });
      j--;
      v = pred;
    } else if (move === 1) {
      steps.push({ node: v, leak: -1, exact: false });
      v = pred;
    } else {
      steps.push({ node: -1, leak: leakFrom + j - 1, exact: false });
      j--;
    }
  }
  for (; j > 0; j--) steps.push({ node: -1, leak: leakFrom + j - 1, exact: false });
  return { graph, steps: steps.reverse(), cost: total };
}
