import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isMolehuntError } from '../model/index.js';
import { loadOrCreatePseudonymKey } from './key.js';

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'molehunt-key-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('loadOrCreatePseudonymKey', () => {
  it('creates the data directory and a 0600 file of 32 random bytes in hex', () => {
    const dataDir = join(root, 'data', 'nested');
    const key = loadOrCreatePseudonymKey(dataDir);
    expect(key).toHaveLength(32);
    const file = join(dataDir, 'pseudonym.key');
    expect(readFileSync(file, 'utf8').trim()).toBe(key.toString('hex'));
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readdirSync(dataDir)).toEqual(['pseudonym.key']);
  });

  it('reads the same key on later calls and never rewrites the file', () => {
    const first = loadOrCreatePseudonymKey(root);
    const file = join(root, 'pseudonym.key');
    const written = statSync(file).mtimeMs;
    expect(loadOrCreatePseudonymKey(root).equals(first)).toBe(true);
    expect(statSync(file).mtimeMs).toBe(written);
    expect(loadOrCreatePseudonymKey(join(root, 'other')).equals(first)).toBe(false);
  });

  it('accepts a key written by hand in upper case with surrounding blanks', () => {
    writeFileSync(join(root, 'pseudonym.key'), ` ${'AB'.repeat(32)}\r\n`);
    expect(loadOrCreatePseudonymKey(root).toString('hex')).toBe('ab'.repeat(32));
  });

  it.each([
    ['empty', ''],
    ['too short', 'ab'.repeat(31)],
    ['not hex', 'zz'.repeat(32)],
  ])('refuses a malformed key file (%s) with a code and what to do, and leaves it be', (_what, content) => {
    const file = join(root, 'pseudonym.key');
    writeFileSync(file, content);
    let error: unknown;
    try {
      loadOrCreatePseudonymKey(root);
    } catch (thrown) {
      error = thrown;
    }
    expect(isMolehuntError(error) && error.code).toBe('MH_ERR_PSEUDONYM_KEY');
    expect((error as Error).message).toContain(file);
    expect((error as Error).message).toMatch(/Restore it from a backup/);
    expect(readFileSync(file, 'utf8')).toBe(content);
  });
});
