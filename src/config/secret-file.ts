/**
 * @module Secrets the data directory keeps for good (the pseudonym key, the ledger signing key): created once,
 * mode 0600, and never overwritten, because replacing one silently would change every pseudonym or signature.
 */
import { randomBytes } from 'node:crypto';
import { linkSync, mkdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { type ErrorCode, MolehuntError } from '../model/index.js';

export interface SecretFile<T> {
  path: string;
  /** What it is, for messages: "the pseudonym key". */
  what: string;
  errorCode: ErrorCode;
  /** A new secret and the text to store it as. */
  create(): { value: T; text: string };
  /** The secret in the file's text, or a description of what is wrong with it. */
  parse(text: string): T | { problem: string; cause?: unknown };
  /** What is lost if the file is replaced, said in the message for a malformed file. */
  lossIfReplaced: string;
}

/** The secret in the file, created on the first call. A malformed file is an error naming it, never overwritten. */
export function loadOrCreateSecretFile<T>(secret: SecretFile<T>): T {
  return (
    readSecret(secret) ??
    createSecret(secret) ??
    readSecret(secret) ??
    malformed(secret, 'it vanished just after another process created it')
  );
}

function readSecret<T>(secret: SecretFile<T>): T | undefined {
  let text: string;
  try {
    text = readFileSync(secret.path, 'utf8');
  } catch (cause) {
    if (errno(cause) === 'ENOENT') return undefined;
    throw new MolehuntError(
      secret.errorCode,
      `Cannot read ${secret.what} ${secret.path}: ${(cause as Error).message}. Make it readable by the user molehunt runs as.`,
      { cause },
    );
  }
  const parsed = secret.parse(text);
  if (typeof parsed === 'object' && parsed !== null && 'problem' in parsed) {
    return malformed(secret, parsed.problem, parsed.cause);
  }
  return parsed as T;
}

/**
 * Writes the new secret beside its final name, then links it into place: the link fails if another process got
 * there first (so there is only ever one), and a reader never sees a half-written file. Undefined when another won.
 */
function createSecret<T>(secret: SecretFile<T>): T | undefined {
  const { value, text } = secret.create();
  const temp = `${secret.path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    mkdirSync(dirname(secret.path), { recursive: true });
    writeFileSync(temp, text, { flag: 'wx', mode: 0o600 });
    try {
      linkSync(temp, secret.path);
    } catch (cause) {
      // A file system without hard links: an exclusive create still gives one secret, if not an atomic one.
      if (errno(cause) !== 'EPERM' && errno(cause) !== 'ENOTSUP') throw cause;
      writeFileSync(secret.path, text, { flag: 'wx', mode: 0o600 });
    }
    return value;
  } catch (cause) {
    if (errno(cause) === 'EEXIST') return undefined;
    throw new MolehuntError(
      secret.errorCode,
      `Cannot create ${secret.what} ${secret.path}: ${(cause as Error).message}. Check that the data directory is writable.`,
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

function malformed(secret: SecretFile<unknown>, what: string, cause?: unknown): never {
  throw new MolehuntError(
    secret.errorCode,
    `${capitalized(secret.what)} ${secret.path} is unusable: ${what}. Restore it from a backup of the data directory. ` +
      `Only if none exists, delete it to make a new one: ${secret.lossIfReplaced}`,
    { cause },
  );
}

const capitalized = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function errno(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException | undefined)?.code;
}
