/** @module Passwords: argon2id hashes, one-time passwords, and what a new password must be. */
import { randomInt } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';
import { MolehuntError } from '../model/index.js';

// argon2id with OWASP's minimum (19 MiB, 2 passes, 1 lane): about 30 ms a login on this machine.
const ARGON2ID = 2;
const options = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, options);
}

/** False for a wrong password and for a hash that is not an argon2 hash at all. */
export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

// No 0/O, 1/l/I: a one-time password is read off a terminal and typed.
const alphabet = 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** 20 random characters in groups of five (about 116 bits), e.g. `k7Qx2-M4tAp-…`. */
export function oneTimePassword(): string {
  const chars = Array.from({ length: 20 }, () => alphabet[randomInt(alphabet.length)]);
  return [0, 5, 10, 15].map((i) => chars.slice(i, i + 5).join('')).join('-');
}

export const MIN_PASSWORD_LENGTH = 12;
const common = ['password', 'molehunt', '123456', 'qwerty', 'letmein', 'welcome', 'admin'];

/** Refuses a new password that is short, contains the user name, or is built on a well-known one. */
export function checkNewPassword(username: string, password: string): void {
  const lower = password.toLowerCase();
  let problem: string | undefined;
  if ([...password].length < MIN_PASSWORD_LENGTH)
    problem = `is shorter than ${MIN_PASSWORD_LENGTH} characters`;
  else if (username.length >= 3 && lower.includes(username.toLowerCase())) problem = 'contains the user name';
  else if (common.some((word) => lower.includes(word))) problem = 'is built on a well-known password';
  if (problem) {
    throw new MolehuntError(
      'MH_ERR_PASSWORD_WEAK',
      `the new password ${problem}; choose a passphrase of ${MIN_PASSWORD_LENGTH} or more characters`,
    );
  }
}
