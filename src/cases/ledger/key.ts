/** @module The ledger signing key: an Ed25519 private key in `<dataDir>/ledger.key`, made once and kept for good. */
import {
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  type KeyObject,
} from 'node:crypto';
import { join } from 'node:path';
import { loadOrCreateSecretFile } from '../../config/index.js';

export const LEDGER_KEY_FILE = 'ledger.key';

/**
 * The workspace's ledger signing key, created on first call (PKCS#8 PEM, mode 0600) and read afterwards.
 * Every signed tree head is checked against this key, so a malformed file is an error, never overwritten.
 */
export function loadOrCreateLedgerKey(dataDir: string): KeyObject {
  return loadOrCreateSecretFile<KeyObject>({
    path: join(dataDir, LEDGER_KEY_FILE),
    what: 'the ledger signing key',
    errorCode: 'MH_ERR_LEDGER_KEY',
    create: () => {
      const { privateKey } = generateKeyPairSync('ed25519');
      return { value: privateKey, text: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString() };
    },
    parse: (pem) => {
      let key: KeyObject;
      try {
        key = createPrivateKey(pem);
      } catch (cause) {
        return { problem: 'it is not an unencrypted PEM private key', cause };
      }
      return key.asymmetricKeyType === 'ed25519'
        ? key
        : { problem: `it holds ${key.asymmetricKeyType ?? 'an unknown'} key, not an Ed25519 one` };
    },
    lossIfReplaced:
      "evidence bundles signed before then no longer match this workspace's key, so keep their public key (and its " +
      'fingerprint) with them.',
  });
}

/** The public half as SPKI PEM, the form evidence bundles carry so anyone can check their tree heads. */
export function publicKeyPem(key: KeyObject): string {
  return asEd25519PublicKey(key).export({ type: 'spki', format: 'pem' }).toString();
}

/**
 * `SHA256:` and unpadded base64 of SHA-256 over the raw 32-byte public key: short enough to read out over the phone
 * when comparing the key in a bundle with the one the workspace shows. It looks like an OpenSSH fingerprint but
 * hashes the raw key, not the SSH encoding, so it does not match ssh-keygen output.
 */
export function keyFingerprint(publicKey: KeyObject | string): string {
  const { x } = asEd25519PublicKey(publicKey).export({ format: 'jwk' });
  const digest = createHash('sha256')
    .update(Buffer.from(x ?? '', 'base64url'))
    .digest('base64');
  return `SHA256:${digest.replace(/=+$/, '')}`;
}

/** The Ed25519 public key in a PEM text or a key object (a private key gives its public half). */
export function asEd25519PublicKey(key: KeyObject | string): KeyObject {
  const publicKey = typeof key === 'string' || key.type === 'private' ? createPublicKey(key) : key;
  if (publicKey.asymmetricKeyType !== 'ed25519')
    throw new TypeError(
      `Expected an Ed25519 key, got ${publicKey.asymmetricKeyType ?? `a ${publicKey.type} key`}.`,
    );
  return publicKey;
}
