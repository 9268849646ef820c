/** @module An RFC 6962 / RFC 9162 Merkle tree over SHA-256: leaf and node hashes, roots, and the proofs a log hands out. */
import { createHash } from 'node:crypto';

const HASH_BYTES = 32;
const LEAF_PREFIX = Buffer.of(0x00);
const NODE_PREFIX = Buffer.of(0x01);

/** RFC 6962 leaf hash, SHA-256(0x00 || data); the prefix keeps a leaf from passing for an interior node. */
export function leafHash(data: Uint8Array): Buffer {
  return createHash('sha256').update(LEAF_PREFIX).update(data).digest();
}

/** RFC 6962 interior node hash, SHA-256(0x01 || left || right). */
export function nodeHash(left: Uint8Array, right: Uint8Array): Buffer {
  return createHash('sha256').update(NODE_PREFIX).update(left).update(right).digest();
}

/** The Merkle tree hash (MTH) over leaf hashes; the empty tree's is SHA-256 of the empty string. */
export function rootOf(leafHashes: readonly Buffer[]): Buffer {
  checkLeafHashes(leafHashes);
  return rangeRoot(leafHashes, 0, leafHashes.length);
}

/**
 * RFC 6962 PATH(index, D[n]): the sibling hashes from the leaf up to the root, nearest first.
 * @example verifyInclusion(hashes[3], 3, hashes.length, inclusionProof(3, hashes), rootOf(hashes)) // true
 */
export function inclusionProof(index: number, leafHashes: readonly Buffer[]): Buffer[] {
  const size = leafHashes.length;
  if (!isCount(index) || index >= size)
    throw new RangeError(
      `No leaf ${index} in a tree of ${size}: the index must be a whole number below the size.`,
    );
  checkLeafHashes(leafHashes);
  const siblings: Buffer[] = [];
  let start = 0;
  let end = size;
  while (end - start > 1) {
    const split = start + largestPowerOfTwoBelow(end - start);
    if (index < split) {
      siblings.push(rangeRoot(leafHashes, split, end));
      end = split;
    } else {
      siblings.push(rangeRoot(leafHashes, start, split));
      start = split;
    }
  }
  return siblings.reverse();
}

/**
 * Every leaf's inclusion proof at once, equal to inclusionProof(i, leafHashes) for each i, in O(n log n) hashes
 * rather than O(n) for each proof: the tree's levels are built once. A level's last node without a partner moves up
 * unchanged, which is how RFC 6962's left-balanced tree comes out when built bottom-up.
 */
export function inclusionProofs(leafHashes: readonly Buffer[]): Buffer[][] {
  checkLeafHashes(leafHashes);
  const levels: (readonly Buffer[])[] = [leafHashes];
  for (let level = leafHashes; level.length > 1; ) {
    const above: Buffer[] = [];
    for (let i = 0; i < level.length; i += 2) {
      above.push(i + 1 < level.length ? nodeHash(level[i]!, level[i + 1]!) : level[i]!);
    }
    levels.push(above);
    level = above;
  }
  return leafHashes.map((_, index) => {
    const proof: Buffer[] = [];
    let position = index;
    for (const level of levels.slice(0, -1)) {
      const sibling = position ^ 1;
      if (sibling < level.length) proof.push(level[sibling]!);
      position >>= 1;
    }
    return proof;
  });
}

/**
 * RFC 6962 PROOF(oldSize, D[n]): what shows that the first `oldSize` leaves are unchanged in the tree of all of them.
 * Empty when oldSize is the whole tree.
 */
export function consistencyProof(oldSize: number, leafHashes: readonly Buffer[]): Buffer[] {
  const newSize = leafHashes.length;
  if (!isCount(oldSize) || oldSize < 1 || oldSize > newSize)
    throw new RangeError(
      `No consistency proof from size ${oldSize} to ${newSize}: the old size must be an integer from 1 to ${newSize}.`,
    );
  checkLeafHashes(leafHashes);
  const siblings: Buffer[] = [];
  let start = 0;
  let end = newSize;
  // RFC 6962's flag b: while the old tree is a whole left-edge subtree, the verifier already holds its hash.
  let oldTreeIsSubtree = true;
  while (oldSize < end) {
    const split = start + largestPowerOfTwoBelow(end - start);
    if (oldSize <= split) {
      siblings.push(rangeRoot(leafHashes, split, end));
      end = split;
    } else {
      siblings.push(rangeRoot(leafHashes, start, split));
      start = split;
      oldTreeIsSubtree = false;
    }
  }
  const proof = oldTreeIsSubtree ? [] : [rangeRoot(leafHashes, start, end)];
  return proof.concat(siblings.reverse());
}

/**
 * MTH(D[start:end]) without copying: a stack of perfect subtrees, merged as leaves arrive (as in a binary counter),
 * then folded right to left, which gives RFC 6962's left-heavy split in O(n) hashes and O(log n) memory.
 */
function rangeRoot(leafHashes: readonly Buffer[], start: number, end: number): Buffer {
  if (start === end) return createHash('sha256').digest();
  const stack: Buffer[] = [];
  for (let i = start; i < end; i++) {
    let node = leafHashes[i]!;
    for (let count = i - start; count % 2 === 1; count = Math.floor(count / 2))
      node = nodeHash(stack.pop()!, node);
    stack.push(node);
  }
  let root = stack.pop()!;
  while (stack.length > 0) root = nodeHash(stack.pop()!, root);
  return root;
}

function checkLeafHashes(leafHashes: readonly Buffer[]): void {
  const bad = leafHashes.findIndex((hash) => !isHash(hash));
  if (bad !== -1)
    throw new TypeError(
      `Leaf ${bad} is not a ${HASH_BYTES}-byte hash: pass leaf hashes (leafHash(data)), not the entries themselves.`,
    );
}

function largestPowerOfTwoBelow(n: number): number {
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
}

/** A size or index: a whole number a double holds exactly. */
export function isCount(n: number): boolean {
  return Number.isSafeInteger(n) && n >= 0;
}

/** A SHA-256 value: the only length a leaf, node or root hash can have. */
export function isHash(value: unknown): value is Uint8Array {
  return value instanceof Uint8Array && value.length === HASH_BYTES;
}
