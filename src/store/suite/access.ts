/** @module Contract: accounts, sessions, the append-only audit trail, unmask requests, rule switches and settings. */
import { expect, it } from 'vitest';
import type { AuditInput, UserRecord } from '../../model/index.js';
import { type OpenStore, t0, withStore } from './fixtures.js';

const alice: UserRecord = {
  username: 'alice',
  roles: ['investigator'],
  passwordHash: '$argon2id$…',
  mustChangePassword: true,
  disabled: false,
  createdAt: t0,
  updatedAt: t0,
};

function entry(i: number, action = 'person.read'): AuditInput {
  return {
    at: t0 + i,
    user: i % 2 ? 'alice' : 'bob',
    roles: ['analyst'],
    action,
    subject: `E${i}`,
    ip: '127.0.0.1',
  };
}

export function accessTests(open: OpenStore): void {
  const store = withStore(open);

  it('saves, replaces and lists accounts', async () => {
    await store().saveUser(alice);
    await store().saveUser({ ...alice, username: 'bob', roles: ['admin', 'auditor'] });
    await store().saveUser({ ...alice, mustChangePassword: false, lastLoginAt: t0 + 5 });
    expect(await store().user('alice')).toEqual({ ...alice, mustChangePassword: false, lastLoginAt: t0 + 5 });
    expect(await store().user('carol')).toBeUndefined();
    expect((await store().users()).map((u) => [u.username, u.roles])).toEqual([
      ['alice', ['investigator']],
      ['bob', ['admin', 'auditor']],
    ]);
  });

  it('ends one session or all of a user', async () => {
    const session = { username: 'alice', createdAt: t0, expiresAt: t0 + 1000, ip: '127.0.0.1' };
    await store().saveSession({ ...session, tokenHash: 'a1' });
    await store().saveSession({ ...session, tokenHash: 'a2' });
    await store().saveSession({ ...session, tokenHash: 'b1', username: 'bob' });
    expect(await store().findSession('a1')).toEqual({ ...session, tokenHash: 'a1' });
    await store().deleteSessions({ tokenHash: 'a1' });
    expect(await store().findSession('a1')).toBeUndefined();
    await store().deleteSessions({ username: 'alice' });
    expect(await store().findSession('a2')).toBeUndefined();
    expect(await store().findSession('b1')).toBeDefined();
  });

  it('numbers audit entries without gaps, even when appended at once, and reads them newest first', async () => {
    const appended = await Promise.all(Array.from({ length: 12 }, (_, i) => store().appendAudit(entry(i))));
    expect(appended.map((e) => e.seq).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 12 }, (_, i) => i + 1),
    );
    const first = await store().audit({ limit: 5 });
    expect(first.items.map((e) => e.seq)).toEqual([12, 11, 10, 9, 8]);
    const second = await store().audit({ limit: 5, beforeSeq: Number(first.next) });
    expect(second.items.map((e) => e.seq)).toEqual([7, 6, 5, 4, 3]);
    const alices = await store().audit({ user: 'alice', from: t0 + 3, to: t0 + 8 });
    expect(alices.items.map((e) => e.subject)).toEqual(['E7', 'E5', 'E3']);
    expect((await store().audit({ subject: 'E4' })).items[0]).toMatchObject({ ...entry(4), seq: 5 });
  });

  it('keeps unmask requests with their decisions', async () => {
    const request = {
      id: 'u1',
      person: 'E1',
      requestedBy: 'alice',
      reason: 'case 7: verify the garage hand-off',
      at: t0,
      status: 'pending' as const,
    };
    await store().saveUnmaskRequest(request);
    await store().saveUnmaskRequest({ ...request, id: 'u2', person: 'E2', at: t0 + 1 });
    const granted = {
      ...request,
      status: 'granted' as const,
      decidedBy: 'bob',
      decidedAt: t0 + 9,
      expiresAt: t0 + 99,
    };
    await store().saveUnmaskRequest(granted);
    expect(await store().unmaskRequests({ status: 'granted' })).toEqual([granted]);
    expect((await store().unmaskRequests({})).map((r) => r.id)).toEqual(['u2', 'u1']);
    expect(await store().unmaskRequests({ requestedBy: 'bob' })).toEqual([]);
  });

  it('remembers which rules are switched off', async () => {
    await store().setRuleEnabled('r1', false);
    await store().setRuleEnabled('r2', false);
    await store().setRuleEnabled('r1', true);
    expect(await store().disabledRules()).toEqual(['r2']);
  });

  it('keeps the last value saved for a setting, and nothing for one never saved', async () => {
    await store().saveSetting('policy.clauses', '[1]');
    await store().saveSetting('policy.clauses', '[2]');
    await store().saveSetting('notice.zh', '通报');
    expect(await store().setting('policy.clauses')).toBe('[2]');
    expect(await store().setting('notice.zh')).toBe('通报');
    expect(await store().setting('notice.en')).toBeUndefined();
  });
}
