import { describe, expect, it } from 'vitest';
import { consistencyProof, inclusionProof, leafHash, rootOf } from './merkle.js';
import { verifyConsistency, verifyInclusion } from './merkle-verify.js';

// The Certificate Transparency reference vectors, as published in transparency-dev/merkle
// (testonly/constants.go and proof/verify_test.go). A tree no other implementation agrees with proves nothing.
const unhex = (hex: string) => Buffer.from(hex, 'hex');
const hex = (hash: Uint8Array) => Buffer.from(hash).toString('hex');
const referenceLeaves = [
  '',
  '00',
  '10',
  '2021',
  '3031',
  '40414243',
  '5051525354555657',
  '606162636465666768696a6b6c6d6e6f',
].map((data) => leafHash(unhex(data)));
const referenceRoots = [
  'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
  '6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d',
  'fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125',
  'aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77',
  'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7',
  '4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4',
  '76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef',
  'ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c',
  '5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328',
];
const referenceInclusionProofs = [
  { index: 0, size: 8, proof: ['96a296d2', '5f083f0a', '6b47aaf2'] },
  { index: 5, size: 8, proof: ['bc1a0643', 'ca854ea1', 'd37ee418'] },
  { index: 2, size: 3, proof: ['fac54203'] },
  { index: 1, size: 5, proof: ['6e340b9c', '5f083f0a', 'bc1a0643'] },
  { index: 0, size: 1, proof: [] },
];
const referenceConsistencyProofs = [
  { oldSize: 1, newSize: 8, proof: ['96a296d2', '5f083f0a', '6b47aaf2'] },
  { oldSize: 6, newSize: 8, proof: ['0ebc5d34', 'ca854ea1', 'd37ee418'] },
  { oldSize: 2, newSize: 5, proof: ['5f083f0a', 'bc1a0643'] },
  { oldSize: 6, newSize: 7, proof: ['0ebc5d34', 'b08693ec', 'd37ee418'] },
  { oldSize: 1, newSize: 1, proof: [] },
];
// The proofs above abbreviated to 8 hex digits; these are the full node hashes they name.
const nodes = [
  '96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7',
  '5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e',
  '6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4',
  'bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b',
  'ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0',
  'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7',
  'fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125',
  '6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d',
  '0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a',
  'b08693ec2e721597130641e8211e7eedccb4c26413963eee6c1e2ed16ffb1a5f',
];
const node = (prefix: string) => nodes.find((full) => full.startsWith(prefix))!;
const rootAt = (size: number) => unhex(referenceRoots[size]!);

describe('rootOf matches the RFC 6962 reference roots', () => {
  it.each(referenceRoots.map((root, size) => [size, root]))('size %i', (size, root) => {
    expect(hex(rootOf(referenceLeaves.slice(0, size as number)))).toBe(root);
  });
});

describe('inclusion proofs match the reference', () => {
  it.each(referenceInclusionProofs)('leaf $index of $size', ({ index, size, proof }) => {
    const tree = referenceLeaves.slice(0, size);
    expect(inclusionProof(index, tree).map(hex)).toEqual(proof.map(node));
    expect(verifyInclusion(tree[index]!, index, size, proof.map(node).map(unhex), rootAt(size))).toBe(true);
  });
});

describe('consistency proofs match the reference', () => {
  it.each(referenceConsistencyProofs)('$oldSize to $newSize', ({ oldSize, newSize, proof }) => {
    const tree = referenceLeaves.slice(0, newSize);
    expect(consistencyProof(oldSize, tree).map(hex)).toEqual(proof.map(node));
    const given = proof.map(node).map(unhex);
    expect(verifyConsistency(oldSize, newSize, rootAt(oldSize), rootAt(newSize), given)).toBe(true);
  });
});

describe('arguments', () => {
  const tree = referenceLeaves.slice(0, 5);

  it.each([-1, 5, 1.5, Number.NaN])('inclusionProof refuses leaf index %s of 5', (index) => {
    expect(() => inclusionProof(index, tree)).toThrow(/No leaf .* in a tree of 5/);
  });

  it.each([0, 6, 2.5])('consistencyProof refuses old size %s of 5', (oldSize) => {
    expect(() => consistencyProof(oldSize, tree)).toThrow(/old size must be an integer from 1 to 5/);
  });

  it('refuses entries passed where leaf hashes belong', () => {
    expect(() => rootOf([leafHash(Buffer.from('a')), Buffer.from('entry')])).toThrow(
      /Leaf 1 is not a 32-byte hash/,
    );
  });

  it('verifyInclusion is false, not an error, for impossible sizes and hashes of the wrong length', () => {
    const leaf = tree[0]!;
    const proof = inclusionProof(0, tree);
    const root = rootOf(tree);
    expect(verifyInclusion(leaf, 5, 5, proof, root)).toBe(false);
    expect(verifyInclusion(leaf, -1, 5, proof, root)).toBe(false);
    expect(verifyInclusion(leaf, 0, 0, [], rootOf([]))).toBe(false);
    expect(verifyInclusion(leaf.subarray(1), 0, 5, proof, root)).toBe(false);
    expect(verifyInclusion(leaf, 0, 5, [...proof.slice(0, 2), Buffer.alloc(31)], root)).toBe(false);
    expect(verifyInclusion(leaf, 0, 5, 'junk' as unknown as Buffer[], root)).toBe(false);
  });

  it('verifyConsistency from the empty tree is false: it would vouch for nothing', () => {
    expect(verifyConsistency(0, 3, rootOf([]), rootAt(3), [])).toBe(false);
    expect(verifyConsistency(0, 0, rootOf([]), rootOf([]), [])).toBe(false);
  });

  it('verifyConsistency is false for a shrinking tree, equal sizes with a proof, and a missing proof', () => {
    expect(verifyConsistency(5, 3, rootAt(5), rootAt(3), consistencyProof(3, tree))).toBe(false);
    expect(verifyConsistency(3, 3, rootAt(3), rootAt(3), [rootAt(3)])).toBe(false);
    expect(verifyConsistency(3, 3, rootAt(3), rootAt(4), [])).toBe(false);
    expect(verifyConsistency(3, 5, rootAt(3), rootAt(5), [])).toBe(false);
  });
});
