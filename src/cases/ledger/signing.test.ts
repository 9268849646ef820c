import { createPublicKey, generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { publicKeyPem } from './key.js';
import { headText, type SignedTreeHead, signHead, type TreeHead, verifyHead } from './signing.js';

const { privateKey } = generateKeyPairSync('ed25519');
const publicKey = createPublicKey(privateKey);
const head: TreeHead = {
  caseId: 'case-2024-017',
  size: 42,
  root: '5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328',
  at: Date.UTC(2024, 4, 1, 12, 34, 56, 789),
};

describe('headText', () => {
  it('is the documented five lines', () => {
    expect(headText(head)).toBe(
      'molehunt case ledger v1\n' +
        'case case-2024-017\n' +
        'size 42\n' +
        'root 5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328\n' +
        'time 2024-05-01T12:34:56.789Z\n',
    );
  });

  it.each([0, 1, 999, 1_000, head.at, Date.UTC(2999, 11, 31, 23, 59, 59, 999)])(
    'writes time %i so that it reads back to the same millisecond',
    (at) => {
      const time = /^time (.+)$/m.exec(headText({ ...head, at }))?.[1];
      expect(Date.parse(time ?? '')).toBe(at);
    },
  );

  it.each<[string, Partial<TreeHead>]>([
    ['a case id that forges the next line', { caseId: 'x\nsize 9' }],
    ['a case id with a carriage return', { caseId: 'x\r' }],
    ['an empty case id', { caseId: '' }],
    ['a case id with a lone surrogate', { caseId: 'x\ud800' }],
    ['a negative size', { size: -1 }],
    ['a fractional size', { size: 1.5 }],
    ['an upper-case root', { root: head.root.toUpperCase() }],
    ['a short root', { root: head.root.slice(2) }],
    ['a fractional time', { at: head.at + 0.5 }],
    ['a time past the range of a Date', { at: 8.64e15 + 1 }],
  ])('refuses %s', (_what, change) => {
    expect(() => headText({ ...head, ...change })).toThrow(/Cannot sign this tree head/);
  });
});

describe('signHead and verifyHead', () => {
  const signed = signHead(head, privateKey);

  it('signs a head that verifies with the public key object, its PEM, or the private key', () => {
    expect(signed).toMatchObject(head);
    expect(Buffer.from(signed.signature, 'base64')).toHaveLength(64);
    expect(verifyHead(signed, publicKey)).toBe(true);
    expect(verifyHead(signed, publicKeyPem(privateKey))).toBe(true);
    expect(verifyHead(signed, privateKey)).toBe(true);
  });

  it('copies only the head fields', () => {
    const extra = { ...head, note: 'not signed' };
    expect(Object.keys(signHead(extra, privateKey)).sort()).toEqual([
      'at',
      'caseId',
      'root',
      'signature',
      'size',
    ]);
  });

  const flippedSignature = (() => {
    const bytes = Buffer.from(signed.signature, 'base64');
    bytes[10]! ^= 0x01;
    return bytes.toString('base64');
  })();

  it.each<[string, Partial<SignedTreeHead>]>([
    ['the size', { size: head.size + 1 }],
    ['the root', { root: `${head.root.slice(0, -1)}9` }],
    ['the time by a millisecond', { at: head.at + 1 }],
    ['the case id', { caseId: 'case-2024-018' }],
    ['one signature byte', { signature: flippedSignature }],
    ['the signature to a non-canonical base64 text', { signature: `${signed.signature}\n` }],
    ['the signature to a short one', { signature: signed.signature.slice(0, 40) }],
    ['the case id to one that cannot be signed', { caseId: 'x\ny' }],
  ])('fails once %s changes', (_what, change) => {
    expect(verifyHead({ ...signed, ...change }, publicKey)).toBe(false);
  });

  it('fails with another Ed25519 key, and is false rather than an error for a key that is not one', () => {
    expect(verifyHead(signed, generateKeyPairSync('ed25519').publicKey)).toBe(false);
    expect(verifyHead(signed, generateKeyPairSync('ec', { namedCurve: 'P-256' }).publicKey)).toBe(false);
    expect(verifyHead(signed, 'not a PEM')).toBe(false);
  });

  it('refuses to sign with anything but an Ed25519 private key', () => {
    expect(() => signHead(head, publicKey)).toThrow(/Ed25519 private key/);
    expect(() => signHead(head, generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey)).toThrow(
      /Ed25519 private key/,
    );
  });
});
