import { describe, expect, it } from 'vitest';
import { consistencyProof, inclusionProof, inclusionProofs, leafHash, rootOf } from './merkle.js';
import { verifyConsistency, verifyInclusion } from './merkle-verify.js';

// Every tree shape up to 70 leaves: past 64, so trees with a perfect 64-leaf left half and a ragged right one too.
const MAX_SIZE = 70;
const leaves = Array.from({ length: MAX_SIZE }, (_, i) => leafHash(Buffer.from(`entry ${i}`)));
const sizes = Array.from({ length: MAX_SIZE }, (_, i) => i + 1);

/** A copy with one byte changed, so nothing shared with the original is altered. */
function flipped(hash: Buffer, byte: number): Buffer {
  const copy = Buffer.from(hash);
  copy[byte]! ^= 0x01;
  return copy;
}

function replaced<T>(items: readonly T[], at: number, item: T): T[] {
  return items.map((original, i) => (i === at ? item : original));
}

const everyByte = Array.from({ length: 32 }, (_, i) => i);
// A hash changed anywhere must fail; the first, a middle and the last byte stand for the rest where every byte of
// every node would make the suite slow without testing anything new.
const someBytes = [0, 13, 31];

describe('inclusion proofs, every leaf of every size 1..70', () => {
  it('come out the same one at a time (RFC 6962 PATH) and all at once from the built levels', () => {
    for (const size of sizes) {
      const tree = leaves.slice(0, size);
      const one = tree.map((_, index) => inclusionProof(index, tree).map((node) => node.toString('hex')));
      const all = inclusionProofs(tree).map((proof) => proof.map((node) => node.toString('hex')));
      expect(all, `size ${size}`).toEqual(one);
    }
  });

  const proofLengths = sizes.map((size) =>
    Array.from({ length: size }, (_, index) => inclusionProof(index, leaves.slice(0, size)).length),
  );

  it.each(sizes)('size %i: each proof verifies, and fails once anything in it changes', (size) => {
    const tree = leaves.slice(0, size);
    const root = rootOf(tree);
    const wrong: string[] = [];
    for (let index = 0; index < size; index++) {
      const leaf = tree[index]!;
      const proof = inclusionProof(index, tree);
      const check = (what: string, expected: boolean, ...args: Parameters<typeof verifyInclusion>) => {
        if (verifyInclusion(...args) !== expected) wrong.push(`leaf ${index}: ${what}`);
      };
      check('the proof as made', true, leaf, index, size, proof, root);
      for (const byte of everyByte)
        check(`leaf byte ${byte}`, false, flipped(leaf, byte), index, size, proof, root);
      for (const byte of someBytes) {
        check(`root byte ${byte}`, false, leaf, index, size, proof, flipped(root, byte));
        proof.forEach((node, at) => {
          const altered = replaced(proof, at, flipped(node, byte));
          check(`proof[${at}] byte ${byte}`, false, leaf, index, size, altered, root);
        });
      }
      if (proof.length > 0) check('a node dropped', false, leaf, index, size, proof.slice(0, -1), root);
      check('a node added', false, leaf, index, size, [...proof, root], root);
      for (let other = 0; other < size; other++)
        if (other !== index) check(`index ${other}`, false, leaf, other, size, proof, root);
      // The proof alone cannot pin the size: another size verifies exactly when it gives this leaf the same path
      // (leaf 0 of 5 and of 6 both have three right-hand siblings). The signed tree head is what pins the size.
      for (let other = index + 1; other <= MAX_SIZE; other++) {
        if (other === size) continue;
        const samePath = proofLengths[other - 1]![index] === proof.length;
        check(`size ${other}`, samePath, leaf, index, other, proof, root);
      }
    }
    expect(wrong).toEqual([]);
  });

  it.each(sizes)('size %i: changing any other leaf changes the root, and no old proof fits it', (size) => {
    const tree = leaves.slice(0, size);
    const root = rootOf(tree);
    const proofs = tree.map((_, index) => inclusionProof(index, tree));
    const wrong: string[] = [];
    for (let changed = 0; changed < size; changed++) {
      const tampered = rootOf(replaced(tree, changed, leafHash(Buffer.from(`forged ${changed}`))));
      if (tampered.equals(root)) wrong.push(`leaf ${changed} changed, root did not`);
      proofs.forEach((proof, index) => {
        if (index !== changed && verifyInclusion(tree[index]!, index, size, proof, tampered))
          wrong.push(`leaf ${changed} changed, leaf ${index} still verifies`);
      });
    }
    expect(wrong).toEqual([]);
  });
});

describe('consistency proofs, every old size of every size 1..70', () => {
  // forgedRoots[oldSize - 1][changed]: the root of an old tree whose leaf `changed` differs, so it is no prefix.
  const forgedRoots = sizes.map((oldSize) =>
    Array.from({ length: oldSize }, (_, changed) =>
      rootOf(replaced(leaves.slice(0, oldSize), changed, leafHash(Buffer.from(`forged ${changed}`)))),
    ),
  );

  it.each(sizes)('size %i: each proof verifies, and fails once anything in it changes', (newSize) => {
    const tree = leaves.slice(0, newSize);
    const newRoot = rootOf(tree);
    const wrong: string[] = [];
    for (let oldSize = 1; oldSize <= newSize; oldSize++) {
      const oldRoot = rootOf(tree.slice(0, oldSize));
      const proof = consistencyProof(oldSize, tree);
      const check = (what: string, expected: boolean, ...args: Parameters<typeof verifyConsistency>) => {
        if (verifyConsistency(...args) !== expected) wrong.push(`from ${oldSize}: ${what}`);
      };
      check('the proof as made', true, oldSize, newSize, oldRoot, newRoot, proof);
      for (const byte of someBytes) {
        check(`old root byte ${byte}`, false, oldSize, newSize, flipped(oldRoot, byte), newRoot, proof);
        check(`new root byte ${byte}`, false, oldSize, newSize, oldRoot, flipped(newRoot, byte), proof);
        proof.forEach((node, at) => {
          const altered = replaced(proof, at, flipped(node, byte));
          check(`proof[${at}] byte ${byte}`, false, oldSize, newSize, oldRoot, newRoot, altered);
        });
      }
      if (proof.length > 0)
        check('a node dropped', false, oldSize, newSize, oldRoot, newRoot, proof.slice(0, -1));
      check('a node added', false, oldSize, newSize, oldRoot, newRoot, [...proof, newRoot]);
      forgedRoots[oldSize - 1]!.forEach((forgedRoot, changed) => {
        check(`leaf ${changed} not a prefix`, false, oldSize, newSize, forgedRoot, newRoot, proof);
      });
    }
    expect(wrong).toEqual([]);
  });
});
