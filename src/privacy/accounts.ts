/**
 * @module Local accounts: adding, disabling, resetting and logging in, each leaving an audit entry. The CLI and the
 * HTTP API both go through here, so the same rules and the same trail apply to both.
 */
import { MolehuntError, type Role, roleNames, type UserRecord } from '../model/index.js';
import type { Store } from '../store/index.js';
import { checkNewPassword, hashPassword, oneTimePassword, verifyPassword } from './passwords.js';

/** Who is acting and from where, for the audit trail. */
export interface Actor {
  user: string;
  roles: Role[];
  ip: string;
}

const usernamePattern = /^[A-Za-z0-9._-]{2,64}$/;

function checkUsername(username: string): void {
  if (!usernamePattern.test(username)) {
    throw new MolehuntError(
      'MH_ERR_BAD_REQUEST',
      `user name "${username}" is not allowed; use 2 to 64 letters, digits, dots, dashes or underscores`,
    );
  }
}

export function checkRoles(roles: readonly string[]): Role[] {
  const unknown = roles.filter((role) => !(roleNames as readonly string[]).includes(role));
  if (unknown.length || !roles.length) {
    throw new MolehuntError(
      'MH_ERR_BAD_REQUEST',
      `${unknown.length ? `unknown role ${unknown.join(', ')}` : 'no role given'}; use one or more of ${roleNames.join(', ')}`,
    );
  }
  return [...new Set(roles)] as Role[];
}

async function existing(store: Store, username: string): Promise<UserRecord> {
  const user = await store.user(username);
  if (!user)
    throw new MolehuntError('MH_ERR_NOT_FOUND', `no user "${username}"; list them with molehunt user list`);
  return user;
}

/** Creates an account with a one-time password, which the user must replace at first login. */
export async function addUser(
  store: Store,
  request: { username: string; roles: readonly string[] },
  actor: Actor,
): Promise<{ user: UserRecord; oneTimePassword: string }> {
  checkUsername(request.username);
  const roles = checkRoles(request.roles);
  if (await store.user(request.username)) {
    throw new MolehuntError(
      'MH_ERR_CONFLICT',
      `user "${request.username}" exists already; pick another name`,
    );
  }
  const password = oneTimePassword();
  const now = Date.now();
  const user: UserRecord = {
    username: request.username,
    roles,
    passwordHash: await hashPassword(password),
    mustChangePassword: true,
    disabled: false,
    createdAt: now,
    updatedAt: now,
  };
  await store.saveUser(user);
  await store.appendAudit({
    ...auditOf(actor),
    action: 'user.add',
    subject: user.username,
    detail: roles.join(','),
  });
  return { user, oneTimePassword: password };
}

/** Gives the account a new one-time password and ends its sessions. */
export async function resetPassword(store: Store, username: string, actor: Actor): Promise<string> {
  const user = await existing(store, username);
  const password = oneTimePassword();
  await store.saveUser({
    ...user,
    passwordHash: await hashPassword(password),
    mustChangePassword: true,
    updatedAt: Date.now(),
  });
  await store.deleteSessions({ username });
  await store.appendAudit({ ...auditOf(actor), action: 'user.reset', subject: username });
  return password;
}

/** Changes roles or disables/enables an account; disabling ends its sessions. */
export async function updateUser(
  store: Store,
  username: string,
  change: { roles?: readonly string[]; disabled?: boolean },
  actor: Actor,
): Promise<UserRecord> {
  const user = await existing(store, username);
  const updated: UserRecord = { ...user, updatedAt: Date.now() };
  if (change.roles) updated.roles = checkRoles(change.roles);
  if (change.disabled !== undefined) updated.disabled = change.disabled;
  await store.saveUser(updated);
  if (updated.disabled || change.roles) await store.deleteSessions({ username });
  const detail = [
    change.roles && `roles=${updated.roles.join(',')}`,
    change.disabled !== undefined && `disabled=${updated.disabled}`,
  ]
    .filter(Boolean)
    .join(' ');
  await store.appendAudit({ ...auditOf(actor), action: 'user.update', subject: username, detail });
  return updated;
}

/** The account if the password is right and it is enabled; a failed attempt is audited and says nothing more. */
export async function login(
  store: Store,
  username: string,
  password: string,
  ip: string,
): Promise<UserRecord> {
  const user = await store.user(username);
  // Verify against a real hash even for an unknown name, so timing does not tell which names exist.
  const ok = await verifyPassword(user?.passwordHash ?? DECOY_HASH, password);
  if (!user || !ok || user.disabled) {
    await store.appendAudit({
      at: Date.now(),
      user: '-',
      roles: [],
      action: 'login.failed',
      subject: username,
      ip,
      detail: user?.disabled ? 'account disabled' : 'wrong user name or password',
    });
    throw new MolehuntError(
      'MH_ERR_LOGIN_FAILED',
      'wrong user name or password, or the account is disabled; ask an admin to reset it if you are locked out',
    );
  }
  const updated = { ...user, lastLoginAt: Date.now() };
  await store.saveUser(updated);
  await store.appendAudit({ at: Date.now(), user: username, roles: user.roles, action: 'login', ip });
  return updated;
}

/** Replaces the user's password after checking the current one. */
export async function changePassword(
  store: Store,
  actor: Actor,
  current: string,
  next: string,
): Promise<void> {
  const user = await existing(store, actor.user);
  if (!(await verifyPassword(user.passwordHash, current))) {
    throw new MolehuntError('MH_ERR_LOGIN_FAILED', 'the current password is wrong; type it again');
  }
  checkNewPassword(user.username, next);
  if (next === current)
    throw new MolehuntError('MH_ERR_PASSWORD_WEAK', 'the new password is the current one; choose another');
  await store.saveUser({
    ...user,
    passwordHash: await hashPassword(next),
    mustChangePassword: false,
    updatedAt: Date.now(),
  });
  await store.appendAudit({ ...auditOf(actor), action: 'user.password', subject: user.username });
}

function auditOf(actor: Actor) {
  return { at: Date.now(), user: actor.user, roles: actor.roles, ip: actor.ip };
}

/** An argon2id hash of a random string: checking a password against it costs what a real check costs. */
const DECOY_HASH =
  '$argon2id$v=19$m=19456,t=2,p=1$4rPAvwTFeLdLVNxmbhz70w$xIg1cRhZuJFMv5iG4un86pYqiCxKTtlHjxmmNBunb6Y';
