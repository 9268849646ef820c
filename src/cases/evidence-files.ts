/**
 * @module The evidence store: each item's content in a file named by its SHA-256 under `<data>/evidence`, written
 * once and read-only after. The ledger holds the hash, so a changed byte here shows as an altered item.
 */
import { createHash, randomBytes } from 'node:crypto';
import { chmod, mkdir, open, readFile, rename, rm, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { MolehuntError } from '../model/index.js';

export type ContentState = 'intact' | 'altered' | 'missing';

export const sha256Hex = (content: Uint8Array): string => createHash('sha256').update(content).digest('hex');

export class EvidenceFiles {
  constructor(readonly dir: string) {}

  path(sha256: string): string {
    if (!/^[0-9a-f]{64}$/.test(sha256)) throw new Error(`not a SHA-256: ${sha256}`);
    return join(this.dir, sha256.slice(0, 2), sha256);
  }

  /**
   * Stores content durably before its ledger entry is written: a temporary file, synced, renamed into place, the
   * folder synced. A crash before the entry leaves at most an unreferenced file, never an entry without content.
   */
  async put(content: Uint8Array): Promise<{ sha256: string; size: number }> {
    const sha256 = sha256Hex(content);
    const target = this.path(sha256);
    if ((await this.check(sha256)) === 'intact') return { sha256, size: content.length };
    await mkdir(dirname(target), { recursive: true });
    const temporary = `${target}.${randomBytes(6).toString('hex')}.tmp`;
    const file = await open(temporary, 'wx', 0o600);
    try {
      await file.writeFile(content);
      await file.sync();
    } finally {
      await file.close();
    }
    // Read-only from now on: evidence is never edited in place.
    await chmod(temporary, 0o400);
    await rm(target, { force: true });
    await rename(temporary, target);
    const folder = await open(dirname(target), 'r');
    try {
      await folder.sync();
    } finally {
      await folder.close();
    }
    return { sha256, size: content.length };
  }

  /** The content, or MH_ERR_EVIDENCE_MISSING naming the item. */
  async read(sha256: string, item: string): Promise<Buffer> {
    try {
      return await readFile(this.path(sha256));
    } catch (cause) {
      if ((cause as NodeJS.ErrnoException).code !== 'ENOENT') throw cause;
      throw new MolehuntError(
        'MH_ERR_EVIDENCE_MISSING',
        `evidence ${item}: its content (${sha256.slice(0, 12)}…) is not in ${this.dir}; it was purged or deleted outside molehunt`,
        { cause },
      );
    }
  }

  /** Whether the content is there with the hash it is filed under. */
  async check(sha256: string): Promise<ContentState> {
    try {
      await stat(this.path(sha256));
    } catch {
      return 'missing';
    }
    return sha256Hex(await readFile(this.path(sha256))) === sha256 ? 'intact' : 'altered';
  }

  /** Deletes the content (a purge the ledger has recorded). */
  async remove(sha256: string): Promise<void> {
    await rm(this.path(sha256), { force: true });
  }
}
