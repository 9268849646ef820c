/** @module Document fingerprints and containment: is (part of) a registered document in this text, and where? */
import { type Shingle, shinglesOf } from './shingles.js';
import { winnow } from './winnow.js';

/** A text's winnowed fingerprints, each with the span of the text it covers. */
export interface Fingerprint {
  /** Length of the fingerprinted text, in UTF-16 units. */
  readonly length: number;
  /** The selected shingle hashes in text order. */
  readonly entries: readonly Shingle[];
}

/** A passage found in both texts: where it sits in each, and how many fingerprints it shares. */
export interface MatchedSpan {
  readonly candidate: readonly [start: number, end: number];
  readonly document: readonly [start: number, end: number];
  readonly fingerprints: number;
}

/**
 * How much of a candidate text comes from a document. `copy`: most of the candidate is the document (an excerpt,
 * a variant, a reformatted copy); `quotes`: the candidate quotes at least one passage of a sentence or more;
 * `none`: no passage in common beyond chance.
 */
export interface Containment {
  /** Fraction of the candidate's fingerprints found in the document, 0 to 1. */
  readonly score: number;
  readonly matched: number;
  readonly total: number;
  readonly spans: readonly MatchedSpan[];
  readonly verdict: 'copy' | 'quotes' | 'none';
}

/** Window of the winnowing: any shared run of six words or ten CJK characters is always found. */
const window = 3;
/** Fingerprints further apart than this (in characters) belong to different passages. */
const passageGap = 300;

/** Fingerprints a text (a registered document, a mail body, a chat message, a blog post). */
export function fingerprintOf(text: string): Fingerprint {
  return { length: text.length, entries: winnow(shinglesOf(text), window) };
}

/**
 * The share of `candidate`'s fingerprints found in `document`, and the passages they form.
 * @example containment(fingerprintOf(specSheet), fingerprintOf(blogPost)).verdict // 'quotes'
 */
export function containment(document: Fingerprint, candidate: Fingerprint): Containment {
  const positions = new Map<number, Shingle[]>();
  for (const entry of document.entries) {
    const list = positions.get(entry.hash);
    if (list) list.push(entry);
    else positions.set(entry.hash, [entry]);
  }
  const spans: MatchedSpan[] = [];
  let matched = 0;
  for (const entry of candidate.entries) {
    const found = positions.get(entry.hash);
    if (!found) continue;
    matched++;
    const last = spans[spans.length - 1];
    const next = last && found.find((d) => continues(last, entry, d));
    if (last && next) {
      spans[spans.length - 1] = {
        candidate: [last.candidate[0], Math.max(last.candidate[1], entry.end)],
        document: [Math.min(last.document[0], next.start), Math.max(last.document[1], next.end)],
        fingerprints: last.fingerprints + 1,
      };
    } else {
      const d = found[0]!;
      spans.push({ candidate: [entry.start, entry.end], document: [d.start, d.end], fingerprints: 1 });
    }
  }
  const total = candidate.entries.length;
  const score = total === 0 ? 0 : matched / total;
  return { score, matched, total, spans, verdict: verdictOf(score, matched, spans) };
}

/** A fingerprint continues a passage when it follows it closely in both texts. */
function continues(span: MatchedSpan, entry: Shingle, inDocument: Shingle): boolean {
  return (
    entry.start - span.candidate[1] <= passageGap &&
    inDocument.start >= span.document[0] &&
    inDocument.start - span.document[1] <= passageGap
  );
}

/** Thresholds measured on unrelated texts (bench/leaks): they share a fingerprint now and then, never three in a row. */
function verdictOf(score: number, matched: number, spans: readonly MatchedSpan[]): Containment['verdict'] {
  if (matched >= 2 && score >= 0.5) return 'copy';
  if (spans.some((s) => s.fingerprints >= 3)) return 'quotes';
  return 'none';
}
