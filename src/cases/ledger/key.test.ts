import { createHash, createPublicKey, generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isMolehuntError } from '../../model/index.js';
import { keyFingerprint, loadOrCreateLedgerKey, publicKeyPem } from './key.js';

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'molehunt-ledger-key-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('loadOrCreateLedgerKey', () => {
  it('creates the data directory and a 0600 PKCS#8 PEM file holding an Ed25519 private key', () => {
    const dataDir = join(root, 'data', 'nested');
    const key = loadOrCreateLedgerKey(dataDir);
    expect(key.type).toBe('private');
    expect(key.asymmetricKeyType).toBe('ed25519');
    const file = join(dataDir, 'ledger.key');
    expect(readFileSync(file, 'utf8')).toMatch(
      /^-----BEGIN PRIVATE KEY-----\n[\s\S]+-----END PRIVATE KEY-----\n$/,
    );
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readdirSync(dataDir)).toEqual(['ledger.key']);
  });

  it('reads the same key on later calls and never rewrites the file', () => {
    const first = loadOrCreateLedgerKey(root);
    const file = join(root, 'ledger.key');
    const written = readFileSync(file, 'utf8');
    const writtenAt = statSync(file).mtimeMs;
    expect(keyFingerprint(loadOrCreateLedgerKey(root))).toBe(keyFingerprint(first));
    expect(readFileSync(file, 'utf8')).toBe(written);
    expect(statSync(file).mtimeMs).toBe(writtenAt);
    expect(keyFingerprint(loadOrCreateLedgerKey(join(root, 'other')))).not.toBe(keyFingerprint(first));
  });

  const rsaPem = generateKeyPairSync('rsa', { modulusLength: 1024 })
    .privateKey.export({ type: 'pkcs8', format: 'pem' })
    .toString();

  it.each([
    ['empty', ''],
    ['not PEM', 'this is not a key\n'],
    ['a truncated PEM', '-----BEGIN PRIVATE KEY-----\nMC4CAQAwBQYDK2Vw\n-----END PRIVATE KEY-----\n'],
    ['an RSA key', rsaPem],
  ])('refuses a key file that is %s, says to restore it, and leaves it be', (_what, content) => {
    const file = join(root, 'ledger.key');
    writeFileSync(file, content);
    let error: unknown;
    try {
      loadOrCreateLedgerKey(root);
    } catch (thrown) {
      error = thrown;
    }
    expect(isMolehuntError(error) && error.code).toBe('MH_ERR_LEDGER_KEY');
    expect((error as Error).message).toContain(file);
    expect((error as Error).message).toMatch(/Restore it from a backup/);
    expect((error as Error).message).toMatch(/bundles signed before then no longer match/);
    expect(readFileSync(file, 'utf8')).toBe(content);
  });
});

describe('publicKeyPem and keyFingerprint', () => {
  // RFC 8032 §7.1, test 1: a public key given as its raw 32 bytes.
  const raw = Buffer.from('d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a', 'hex');
  const rfcKey = createPublicKey({
    key: { kty: 'OKP', crv: 'Ed25519', x: raw.toString('base64url') },
    format: 'jwk',
  });

  it('fingerprints the raw 32-byte key, not its DER or PEM wrapping', () => {
    const expected = `SHA256:${createHash('sha256').update(raw).digest('base64').replace(/=+$/, '')}`;
    expect(keyFingerprint(rfcKey)).toBe(expected);
    expect(keyFingerprint(rfcKey)).toMatch(/^SHA256:[A-Za-z0-9+/]{43}$/);
  });

  it('gives one fingerprint for the private key, its public key object and its PEM', () => {
    const key = loadOrCreateLedgerKey(root);
    const pem = publicKeyPem(key);
    expect(pem).toMatch(/^-----BEGIN PUBLIC KEY-----\n/);
    expect(keyFingerprint(pem)).toBe(keyFingerprint(key));
    expect(keyFingerprint(createPublicKey(key))).toBe(keyFingerprint(key));
    expect(publicKeyPem(createPublicKey(pem))).toBe(pem);
  });

  it('refuses a key that is not Ed25519', () => {
    const { publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    expect(() => keyFingerprint(publicKey)).toThrow(/Expected an Ed25519 key, got ec/);
  });
});
