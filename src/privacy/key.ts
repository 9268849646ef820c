/** @module The pseudonym key: 32 random bytes in `<dataDir>/pseudonym.key`, made once and kept for good. */
import { randomBytes } from 'node:crypto';
import { linkSync, mkdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { MolehuntError } from '../model/index.js';

export const PSEUDONYM_KEY_FILE = 'pseudonym.key';

const KEY_BYTES = 32;
const keyText = /^[0-9a-f]{64}$/i;

/**
 * The workspace's pseudonym key, created on first call (mode 0600) and read afterwards.
 * Losing or replacing the key changes every pseudonym, so a malformed file is an error, never overwritten.
 */
export function loadOrCreatePseudonymKey(dataDir: string): Buffer {
  const path = join(dataDir, PSEUDONYM_KEY_FILE);
  return (
    readKey(path) ??
    createKey(dataDir, path) ??
    readKey(path) ??
    malformed(path, 'it vanished just after another process created it')
  );
}

/** The key in the file, or undefined when there is no file yet. */
function readKey(path: string): Buffer | undefined {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (cause) {
    if (errno(cause) === 'ENOENT') return undefined;
    throw new MolehuntError(
      'MH_ERR_PSEUDONYM_KEY',
      `Cannot read the pseudonym key ${path}: ${(cause as Error).message}. Make it readable by the user molehunt runs as.`,
      { cause },
    );
  }
  const hex = text.trim();
  if (!keyText.test(hex))
    malformed(path, `it holds ${hex.length} characters, not ${KEY_BYTES * 2} hex digits`);
  return Buffer.from(hex, 'hex');
}

/**
 * Writes a new key beside its final name, then links it into place: the link fails if another process got there
 * first (so there is only ever one key), and a reader never sees a half-written file. Undefined when another won.
 */
function createKey(dataDir: string, path: string): Buffer | undefined {
  const key = randomBytes(KEY_BYTES);
  const temp = `${path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    mkdirSync(dataDir, { recursive: true });
    const text = `${key.toString('hex')}\n`;
    writeFileSync(temp, text, { flag: 'wx', mode: 0o600 });
    try {
      linkSync(temp, path);
    } catch (cause) {
      // A file system without hard links: an exclusive create still gives one key, if not an atomic one.
      if (errno(cause) !== 'EPERM' && errno(cause) !== 'ENOTSUP') throw cause;
      writeFileSync(path, text, { flag: 'wx', mode: 0o600 });
    }
    return key;
  } catch (cause) {
    if (errno(cause) === 'EEXIST') return undefined;
    throw new MolehuntError(
      'MH_ERR_PSEUDONYM_KEY',
      `Cannot create the pseudonym key ${path}: ${(cause as Error).message}. Check that the data directory is writable.`,
      { cause },
    );
  } finally {
    try {
      unlinkSync(temp);
    } catch {
      // Never written, or already gone: nothing to tidy.
    }
  }
}

function malformed(path: string, what: string): never {
  throw new MolehuntError(
    'MH_ERR_PSEUDONYM_KEY',
    `The pseudonym key ${path} is malformed: ${what}. Restore it from a backup of the data directory. ` +
      'Only if none exists, delete it to make a new key: every pseudonym then changes, and pseudonyms already ' +
      'written in reports or exports no longer match anyone.',
  );
}

function errno(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException | undefined)?.code;
}
