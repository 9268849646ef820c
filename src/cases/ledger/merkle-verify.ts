/** @module Checking Merkle proofs (RFC 9162 §2.1.3.2 and §2.1.4.2): all an outside verifier of a bundle needs. */
import { isCount, isHash, nodeHash } from './merkle.js';

/**
 * RFC 9162 §2.1.3.2: true when `proof` shows the leaf at `index` is in the tree of `size` leaves with this root.
 * Anything malformed (sizes, hash lengths, proof length) is false, never an exception.
 */
export function verifyInclusion(
  leaf: Uint8Array,
  index: number,
  size: number,
  proof: readonly Uint8Array[],
  root: Uint8Array,
): boolean {
  if (!isCount(index) || !isCount(size) || index >= size) return false;
  if (!isHash(leaf) || !isHash(root) || !isHashList(proof)) return false;
  let fn = index;
  let sn = size - 1;
  let r = leaf;
  for (const p of proof) {
    if (sn === 0) return false;
    if (fn % 2 === 1 || fn === sn) {
      r = nodeHash(p, r);
      while (fn % 2 === 0 && fn !== 0) [fn, sn] = [half(fn), half(sn)];
    } else {
      r = nodeHash(r, p);
    }
    [fn, sn] = [half(fn), half(sn)];
  }
  return sn === 0 && sameHash(r, root);
}

/**
 * RFC 9162 §2.1.4.2: true when `proof` shows the tree of `newSize` leaves extends the tree of `oldSize` unchanged.
 * Equal sizes need an empty proof and equal roots. An old size of 0 is always false: every tree extends the
 * empty one, so such a "proof" would vouch for nothing. Anything malformed is false, never an exception.
 */
export function verifyConsistency(
  oldSize: number,
  newSize: number,
  oldRoot: Uint8Array,
  newRoot: Uint8Array,
  proof: readonly Uint8Array[],
): boolean {
  if (!isCount(oldSize) || !isCount(newSize) || oldSize < 1 || oldSize > newSize) return false;
  if (!isHash(oldRoot) || !isHash(newRoot) || !isHashList(proof)) return false;
  if (oldSize === newSize) return proof.length === 0 && sameHash(oldRoot, newRoot);
  // Between different sizes an empty proof shows nothing (step 1).
  if (proof.length === 0) return false;
  // A proof from a complete subtree leaves out the old root, which the verifier already holds (step 2).
  const [first, ...rest] = isPowerOfTwo(oldSize) ? [oldRoot, ...proof] : proof;
  let fn = oldSize - 1;
  let sn = newSize - 1;
  while (fn % 2 === 1) [fn, sn] = [half(fn), half(sn)];
  let fr = first!;
  let sr = first!;
  for (const c of rest) {
    if (sn === 0) return false;
    if (fn % 2 === 1 || fn === sn) {
      fr = nodeHash(c, fr);
      sr = nodeHash(c, sr);
      while (fn % 2 === 0 && fn !== 0) [fn, sn] = [half(fn), half(sn)];
    } else {
      sr = nodeHash(sr, c);
    }
    [fn, sn] = [half(fn), half(sn)];
  }
  return sn === 0 && sameHash(fr, oldRoot) && sameHash(sr, newRoot);
}

function isPowerOfTwo(n: number): boolean {
  let k = 1;
  while (k < n) k *= 2;
  return k === n;
}

/** Plain division, not `>>`, so sizes past 2^31 stay exact. */
function half(n: number): number {
  return Math.floor(n / 2);
}

function isHashList(values: readonly unknown[]): boolean {
  return Array.isArray(values) && values.every(isHash);
}

function sameHash(a: Uint8Array, b: Uint8Array): boolean {
  return Buffer.compare(a, b) === 0;
}
