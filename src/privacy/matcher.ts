/**
 * @module A multi-pattern matcher: one trie over every identifier, built once, that finds the leftmost-longest
 * match in a single scan. Patterns that start or end with a letter or digit match only at word boundaries there;
 * CJK characters are not word characters, since Chinese text has no boundaries to respect.
 */

let foldTable: Uint16Array | undefined;
let wordTable: Uint8Array | undefined;

/** Per UTF-16 code unit: its lower case when that is one code unit too (so offsets never shift). */
function fold(): Uint16Array {
  if (!foldTable) {
    foldTable = new Uint16Array(0x10000);
    for (let c = 0; c < 0x10000; c++) {
      const lower = String.fromCharCode(c).toLowerCase();
      foldTable[c] = lower.length === 1 ? lower.charCodeAt(0) : c;
    }
  }
  return foldTable;
}

/** Per UTF-16 code unit: 1 for a letter, digit or mark of an alphabetic script (not Han, kana or Hangul). */
function word(): Uint8Array {
  if (!wordTable) {
    wordTable = new Uint8Array(0x10000);
    const wordy = /[\p{L}\p{N}\p{M}]/u;
    const cjk = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Bopomofo}]/u;
    for (let c = 0; c < 0x10000; c++) {
      const s = String.fromCharCode(c);
      wordTable[c] = wordy.test(s) && !cjk.test(s) ? 1 : 0;
    }
  }
  return wordTable;
}

/** The form patterns are compared in: each code unit folded to lower case. */
export function foldKey(s: string): string {
  const table = fold();
  let out = '';
  for (let i = 0; i < s.length; i++) out += String.fromCharCode(table[s.charCodeAt(i)]!);
  return out;
}

/** Receives each match: `[start, end)` in the text and the index of the pattern. */
export type OnMatch = (start: number, end: number, pattern: number) => void;

export class Matcher {
  private readonly fold = fold();
  private readonly word = word();
  /** The root's children by code unit, for a one-lookup first step; 0 means none (no edge leads to the root). */
  private readonly root = new Int32Array(0x10000);
  // Other nodes' children lie in one sorted run of `labels`/`targets` from `first[node]`, `count[node]` long.
  private readonly first: Int32Array;
  private readonly count: Int32Array;
  private readonly labels: Uint16Array;
  private readonly targets: Int32Array;
  /** Pattern index + 1 where a pattern ends, else 0. */
  private readonly terminal: Int32Array;
  /** 1 where the pattern ending here ends in a word character, so the next character must not be one. */
  private readonly rightBound: Uint8Array;

  /** Patterns equal after `foldKey` match as the first of them; empty ones are ignored. */
  constructor(patterns: readonly string[]) {
    const keys = patterns
      .map((pattern, index) => ({ key: foldKey(pattern), index }))
      .filter((p) => p.key.length > 0)
      .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.index - b.index))
      .filter((p, k, sorted) => k === 0 || sorted[k - 1]!.key !== p.key);
    const first: number[] = [0];
    const count: number[] = [0];
    const terminal: number[] = [0];
    const rightBound: number[] = [0];
    const labels: number[] = [];
    const targets: number[] = [];

    // Sorted keys sharing a prefix of length `depth` form one run; their next characters are the node's children,
    // whose slots are reserved together so that each node's children stay contiguous.
    const build = (lo: number, hi: number, depth: number): number => {
      const node = first.length;
      first.push(labels.length);
      count.push(0);
      terminal.push(0);
      rightBound.push(0);
      let k = lo;
      if (keys[k]!.key.length === depth) {
        const key = keys[k]!.key;
        terminal[node] = keys[k]!.index + 1;
        rightBound[node] = this.word[key.charCodeAt(key.length - 1)]!;
        k++;
      }
      for (let r = k; r < hi; r = runEnd(r, hi, depth)) {
        labels.push(keys[r]!.key.charCodeAt(depth));
        targets.push(0);
      }
      count[node] = labels.length - first[node]!;
      for (let r = k, slot = first[node]!; r < hi; slot++) {
        const end = runEnd(r, hi, depth);
        targets[slot] = build(r, end, depth + 1);
        r = end;
      }
      return node;
    };
    const runEnd = (lo: number, hi: number, depth: number): number => {
      const c = keys[lo]!.key.charCodeAt(depth);
      let end = lo + 1;
      while (end < hi && keys[end]!.key.charCodeAt(depth) === c) end++;
      return end;
    };
    for (let r = 0; r < keys.length; ) {
      const end = runEnd(r, keys.length, 0);
      this.root[keys[r]!.key.charCodeAt(0)] = build(r, end, 1);
      r = end;
    }

    this.first = Int32Array.from(first);
    this.count = Int32Array.from(count);
    this.terminal = Int32Array.from(terminal);
    this.rightBound = Uint8Array.from(rightBound);
    this.labels = Uint16Array.from(labels);
    this.targets = Int32Array.from(targets);
  }

  /**
   * Finds the leftmost-longest match at or after `from` that respects word boundaries, and writes its start, end
   * (exclusive) and pattern index into `found`. False when there is none. Call again from the end for the next one.
   */
  find(text: string, from: number, found: Int32Array): boolean {
    const { fold, word, root, terminal, rightBound } = this;
    const n = text.length;
    for (let i = from; i < n; i++) {
      const c = text.charCodeAt(i);
      // Inside a word: no pattern starting with a word character may begin here, and no other kind starts with c.
      if (i > 0 && word[c] === 1 && word[text.charCodeAt(i - 1)] === 1) continue;
      let node = root[fold[c]!]!;
      let best = -1;
      let bestPattern = 0;
      let j = i + 1;
      while (node !== 0) {
        const t = terminal[node]!;
        if (t !== 0 && (rightBound[node] === 0 || j === n || word[text.charCodeAt(j)] === 0)) {
          best = j;
          bestPattern = t - 1;
        }
        if (j === n) break;
        node = this.child(node, fold[text.charCodeAt(j)]!);
        j++;
      }
      if (best >= 0) {
        found[0] = i;
        found[1] = best;
        found[2] = bestPattern;
        return true;
      }
    }
    return false;
  }

  /** Calls `onMatch` for every match, left to right, never overlapping. */
  scan(text: string, onMatch: OnMatch): void {
    const found = new Int32Array(3);
    for (let from = 0; this.find(text, from, found); from = found[1]!)
      onMatch(found[0]!, found[1]!, found[2]!);
  }

  private child(node: number, c: number): number {
    const { labels } = this;
    let lo = this.first[node]!;
    let hi = lo + this.count[node]!;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const label = labels[mid]!;
      if (label === c) return this.targets[mid]!;
      if (label < c) lo = mid + 1;
      else hi = mid;
    }
    return 0;
  }
}
