/**
 * @module Where a leak sits in the base document: shingles shared by both are chained along diagonals into
 * passages; a leak pasted together from two places gives two passages. Each passage is cut into pieces short enough to
 * align exactly, each with the stretch of the base it should align to.
 */
import { locatingWeight, normalizedShingles } from '../fingerprint/shingles.js';
import type { NormalizedText } from '../normalize.js';
import type { Template } from './template.js';

/** A stretch of the leak (normalized offsets) and the stretch of the normalized base it is aligned to. */
export interface Piece {
  /** Which passage of the leak the piece belongs to: passages sit in different places of the document. */
  readonly passage: number;
  readonly leakFrom: number;
  readonly leakTo: number;
  readonly baseFrom: number;
  readonly baseTo: number;
}

interface Hit {
  readonly leak: number;
  readonly leakEnd: number;
  readonly base: number;
  readonly baseEnd: number;
}

/** Hits a passage needs before it counts: fewer happen by chance between unrelated texts. */
const minimumHits = 3;
/** How far beyond its first and last shared shingle a passage may extend (an edited or cut-off sentence). */
const reach = 40;
/** Longest piece aligned at once, in leak characters: alignment is quadratic. */
const maximumPiece = 400;

/** The pieces of the leak that come from the base, in leak order; empty when nothing does. */
export function locate(template: Template, leak: NormalizedText): Piece[] {
  const hits: Hit[] = [];
  for (const shingle of normalizedShingles(leak, locatingWeight[template.plan.language])) {
    for (const base of template.shingles.get(shingle.hash) ?? []) {
      hits.push({
        leak: shingle.start,
        leakEnd: shingle.end,
        base,
        baseEnd: base + (shingle.end - shingle.start),
      });
    }
  }
  hits.sort((a, b) => a.leak - b.leak || a.base - b.base);
  const passages = passagesOf(hits);
  const pieces: Piece[] = [];
  passages.forEach((passage, i) => {
    const leakFrom = Math.max(i === 0 ? 0 : cut(passages[i - 1]!, passage), passage[0]!.leak - reach);
    const last = passage[passage.length - 1]!;
    const leakTo = Math.min(
      i === passages.length - 1 ? leak.text.length : cut(passage, passages[i + 1]!),
      last.leakEnd + reach,
    );
    pieces.push(
      ...split(passage, leakFrom, leakTo, template.base.text.length).map((p) => ({ ...p, passage: i })),
    );
  });
  return pieces;
}

/**
 * Passages, best first: repeatedly the longest chain of hits that continue one another (later in both texts, on
 * nearly the same diagonal), found by dynamic programming so that a phrase the document repeats elsewhere cannot
 * break a passage in two; the leak stretch a passage explains is then taken out. Returned in leak order.
 */
function passagesOf(hits: readonly Hit[]): Hit[][] {
  const passages: Hit[][] = [];
  let remaining = hits;
  for (;;) {
    const passage = longestChain(remaining);
    if (passage.length < minimumHits) break;
    passages.push(passage);
    const [from, to] = [passage[0]!.leak, passage[passage.length - 1]!.leakEnd];
    remaining = remaining.filter((h) => h.leakEnd <= from || h.leak >= to);
  }
  return passages.sort((a, b) => a[0]!.leak - b[0]!.leak);
}

/** Hits looked back at when extending a chain: enough for any gap an edit leaves. */
const lookBack = 400;

function longestChain(hits: readonly Hit[]): Hit[] {
  const length = new Int32Array(hits.length).fill(1);
  const previous = new Int32Array(hits.length).fill(-1);
  let end = -1;
  for (let i = 0; i < hits.length; i++) {
    for (let j = i - 1; j >= Math.max(0, i - lookBack); j--) {
      if (length[j]! + 1 > length[i]! && continues(hits[j]!, hits[i]!)) {
        length[i] = length[j]! + 1;
        previous[i] = j;
      }
    }
    if (end < 0 || length[i]! > length[end]!) end = i;
  }
  const chain: Hit[] = [];
  for (let i = end; i >= 0; i = previous[i]!) chain.push(hits[i]!);
  return chain.reverse();
}

/** `next` continues `hit`: later in both texts, drifting off the diagonal no more than edits explain. */
function continues(hit: Hit, next: Hit): boolean {
  if (next.leak <= hit.leak || next.base <= hit.base) return false;
  const drift = Math.abs(next.base - next.leak - (hit.base - hit.leak));
  return drift <= 25 + 0.15 * (next.leak - hit.leak);
}

/** Where one passage hands over to the next in the leak: halfway between them. */
function cut(before: readonly Hit[], after: readonly Hit[]): number {
  return Math.round((before[before.length - 1]!.leakEnd + after[0]!.leak) / 2);
}

/** Cuts a passage into pieces of at most `maximumPiece`, each with its base stretch and a margin for edits. */
function split(
  passage: readonly Hit[],
  leakFrom: number,
  leakTo: number,
  baseLength: number,
): Omit<Piece, 'passage'>[] {
  const pieces: Omit<Piece, 'passage'>[] = [];
  const count = Math.ceil((leakTo - leakFrom) / maximumPiece);
  const size = Math.ceil((leakTo - leakFrom) / count);
  for (let from = leakFrom; from < leakTo; from += size) {
    const to = Math.min(leakTo, from + size);
    const margin = 24 + Math.round(0.15 * (to - from));
    pieces.push({
      leakFrom: from,
      leakTo: to,
      baseFrom: Math.max(0, diagonalAt(passage, from) + from - margin),
      baseTo: Math.min(baseLength, diagonalAt(passage, to) + to + margin),
    });
  }
  return pieces;
}

/** The passage's offset (base - leak) near a leak position: that of the nearest hit. */
function diagonalAt(passage: readonly Hit[], leak: number): number {
  let nearest = passage[0]!;
  for (const hit of passage) if (Math.abs(hit.leak - leak) < Math.abs(nearest.leak - leak)) nearest = hit;
  return nearest.base - nearest.leak;
}
