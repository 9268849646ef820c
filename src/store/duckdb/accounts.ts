/** @module Accounts and their sessions. */
import type { Role, SessionRecord, UserRecord } from '../../model/index.js';
import type { Db, Row } from './session.js';

export async function saveUser(db: Db, user: UserRecord): Promise<void> {
  await db.run(
    `INSERT OR REPLACE INTO users
       (username, roles, password_hash, must_change_password, disabled, created_at, updated_at, last_login_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [
      user.username,
      JSON.stringify(user.roles),
      user.passwordHash,
      user.mustChangePassword,
      user.disabled,
      user.createdAt,
      user.updatedAt,
      user.lastLoginAt ?? null,
    ],
  );
}

function toUser(row: Row): UserRecord {
  const user: UserRecord = {
    username: row.username as string,
    roles: JSON.parse(row.roles as string) as Role[],
    passwordHash: row.password_hash as string,
    mustChangePassword: row.must_change_password as boolean,
    disabled: row.disabled as boolean,
    createdAt: Number(row.created_at),
    updatedAt: Number(row.updated_at),
  };
  if (row.last_login_at !== null) user.lastLoginAt = Number(row.last_login_at);
  return user;
}

export async function readUser(db: Db, username: string): Promise<UserRecord | undefined> {
  const [row] = await db.rows('SELECT * FROM users WHERE username = $1', [username]);
  return row && toUser(row);
}

export async function readUsers(db: Db): Promise<UserRecord[]> {
  return (await db.rows('SELECT * FROM users ORDER BY username')).map(toUser);
}

export async function saveSession(db: Db, session: SessionRecord): Promise<void> {
  await db.run(
    'INSERT OR REPLACE INTO sessions (token_hash, username, created_at, expires_at, ip) VALUES ($1, $2, $3, $4, $5)',
    [session.tokenHash, session.username, session.createdAt, session.expiresAt, session.ip],
  );
}

export async function readSession(db: Db, tokenHash: string): Promise<SessionRecord | undefined> {
  const [row] = await db.rows('SELECT * FROM sessions WHERE token_hash = $1', [tokenHash]);
  if (!row) return undefined;
  return {
    tokenHash: row.token_hash as string,
    username: row.username as string,
    createdAt: Number(row.created_at),
    expiresAt: Number(row.expires_at),
    ip: row.ip as string,
  };
}

export async function deleteSessions(
  db: Db,
  which: { tokenHash: string } | { username: string },
): Promise<void> {
  if ('tokenHash' in which) await db.run('DELETE FROM sessions WHERE token_hash = $1', [which.tokenHash]);
  else await db.run('DELETE FROM sessions WHERE username = $1', [which.username]);
}
