/**
 * @module A short-lived cache of who each session is (account, roles, unmask grants), so a busy server does not
 * read three tables for every request. This server's own changes to accounts, sessions or grants clear it at once;
 * the lifetime bounds how late another API node's changes are seen (cluster mode).
 */
import type { UserRecord } from '../model/index.js';
import type { Actor } from '../privacy/index.js';

/** The logged-in account as a request sees it. */
export interface Viewer {
  user: UserRecord;
  /** Persons this account has unmasked (granted and not expired). */
  revealed: ReadonlySet<string>;
  actor: Actor;
  tokenHash: string;
}

const LIFETIME_MS = 2_000;

export class ViewerCache {
  private readonly entries = new Map<string, { viewer: Promise<Viewer | undefined>; until: number }>();

  get(tokenHash: string, read: () => Promise<Viewer | undefined>): Promise<Viewer | undefined> {
    const now = Date.now();
    const cached = this.entries.get(tokenHash);
    if (cached && cached.until > now) return cached.viewer;
    const viewer = read();
    this.entries.set(tokenHash, { viewer, until: now + LIFETIME_MS });
    viewer.catch(() => this.entries.delete(tokenHash));
    // Sessions past their lifetime would pile up; drop the stale ones now and then.
    if (this.entries.size > 10_000)
      for (const [key, entry] of this.entries) if (entry.until <= now) this.entries.delete(key);
    return viewer;
  }

  /** After any change to accounts, sessions or grants. */
  clear(): void {
    this.entries.clear();
  }
}
