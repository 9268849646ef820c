/** @module The pseudonym key: 32 random bytes in `<dataDir>/pseudonym.key`, made once and kept for good. */
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { loadOrCreateSecretFile } from '../config/index.js';

export const PSEUDONYM_KEY_FILE = 'pseudonym.key';

const KEY_BYTES = 32;
const keyText = /^[0-9a-f]{64}$/i;

/**
 * The workspace's pseudonym key, created on first call (mode 0600) and read afterwards.
 * Losing or replacing the key changes every pseudonym, so a malformed file is an error, never overwritten.
 */
export function loadOrCreatePseudonymKey(dataDir: string): Buffer {
  return loadOrCreateSecretFile<Buffer>({
    path: join(dataDir, PSEUDONYM_KEY_FILE),
    what: 'the pseudonym key',
    errorCode: 'MH_ERR_PSEUDONYM_KEY',
    create: () => {
      const key = randomBytes(KEY_BYTES);
      return { value: key, text: `${key.toString('hex')}\n` };
    },
    parse: (text) => {
      const hex = text.trim();
      return keyText.test(hex)
        ? Buffer.from(hex, 'hex')
        : { problem: `it holds ${hex.length} characters, not ${KEY_BYTES * 2} hex digits` };
    },
    lossIfReplaced:
      'every pseudonym then changes, and pseudonyms already written in reports or exports no longer match anyone.',
  });
}
