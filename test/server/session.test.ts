/** Sessions, CSRF, login limits, one-time passwords and request validation, over real HTTP. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUser } from '../../src/privacy/index.js';
import { login, PASSWORD, type Served, serveDemo } from './workspace.js';

let served: Served;

beforeAll(async () => {
  served = await serveDemo({ employees: 60 });
}, 180_000);
afterAll(() => served?.close());

const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${served.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });

describe('sessions', () => {
  it('sets an HttpOnly, Secure, SameSite=Strict session cookie, and logout ends the session', async () => {
    const response = await post('/api/auth/login', { username: 'analyst', password: PASSWORD });
    const cookie = response.headers.getSetCookie().find((c) => c.startsWith('mh_session='))!;
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/Secure/);
    expect(cookie).toMatch(/SameSite=Strict/);
    const client = await login(served, 'analyst');
    expect((await client.request('GET', '/api/auth/session')).status).toBe(200);
    expect((await client.request('POST', '/api/auth/logout')).status).toBe(204);
    expect((await client.request('GET', '/api/auth/session')).status).toBe(401);
  });

  it('refuses a change without the CSRF token, and accepts it with', async () => {
    const admin = await login(served, 'admin');
    const rule = (await admin.json('GET', '/api/rules')).body.items[0].id;
    const without = await admin.request(
      'PATCH',
      `/api/rules/${rule}`,
      { enabled: false },
      { 'x-csrf-token': '' },
    );
    expect(without.status).toBe(403);
    expect(((await without.json()) as { code: string }).code).toBe('MH_ERR_CSRF');
    const forged = await admin.request(
      'PATCH',
      `/api/rules/${rule}`,
      { enabled: false },
      { 'x-csrf-token': 'abc' },
    );
    expect(forged.status).toBe(403);
    expect((await admin.request('PATCH', `/api/rules/${rule}`, { enabled: false })).status).toBe(200);
    expect(await served.store.disabledRules()).toEqual([rule]);
  });

  it('limits login attempts per address and user name', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) {
      statuses.push((await post('/api/auth/login', { username: 'committee', password: 'wrong' })).status);
    }
    expect(statuses.slice(0, 10).every((s) => s === 401)).toBe(true);
    const limited = await post('/api/auth/login', { username: 'committee', password: PASSWORD });
    expect(limited.status).toBe(429);
    expect(((await limited.json()) as { code: string }).code).toBe('MH_ERR_RATE_LIMITED');
    // Another account from the same address is not locked out.
    expect((await post('/api/auth/login', { username: 'auditor', password: PASSWORD })).status).toBe(200);
  });

  it('makes a one-time password good for nothing but choosing a new one', async () => {
    const { oneTimePassword } = await addUser(
      served.store,
      { username: 'newcomer', roles: ['analyst'] },
      { user: 'test', roles: ['admin'], ip: 'local' },
    );
    const client = await login(served, 'newcomer', oneTimePassword);
    const session = await client.json('GET', '/api/auth/session');
    expect(session.body.user.mustChangePassword).toBe(true);
    expect((await client.json('GET', '/api/alerts')).status).toBe(403);
    const weak = await client.json('POST', '/api/auth/password', { current: oneTimePassword, next: 'short' });
    expect([weak.status, weak.body.code]).toEqual([400, 'MH_ERR_PASSWORD_WEAK']);
    const changed = await client.request('POST', '/api/auth/password', {
      current: oneTimePassword,
      next: 'a long and private passphrase',
    });
    expect(changed.status).toBe(204);
    expect((await client.json('GET', '/api/alerts')).status).toBe(200);
  });

  it('ends the sessions of a disabled account at once', async () => {
    const analyst = await login(served, 'analyst');
    const admin = await login(served, 'admin');
    expect((await admin.json('PATCH', '/api/users/analyst', { disabled: true })).status).toBe(200);
    expect((await analyst.request('GET', '/api/alerts')).status).toBe(401);
    expect((await post('/api/auth/login', { username: 'analyst', password: PASSWORD })).status).toBe(401);
    await admin.json('PATCH', '/api/users/analyst', { disabled: false });
  });
});

describe('validation', () => {
  it('rejects unknown fields and unknown query parameters, naming them', async () => {
    const admin = await login(served, 'admin');
    const body = await admin.json('POST', '/api/users', { username: 'x1', roles: ['analyst'], isRoot: true });
    expect(body.status).toBe(400);
    expect(body.body.code).toBe('MH_ERR_BAD_REQUEST');
    expect(JSON.stringify(body.body.issues)).toContain('isRoot');
    const investigator = await login(served, 'investigator');
    const query = await investigator.json('GET', '/api/alerts?limit=10&sort=name');
    expect(query.status).toBe(400);
    expect(JSON.stringify(query.body.issues)).toContain('sort');
    const range = await investigator.json('GET', '/api/alerts?limit=5000');
    expect(range.status).toBe(400);
    expect(range.body.issues[0].field).toBe('querystring.limit');
  });

  it('pages the alerts queue with a cursor, highest risk first', async () => {
    const investigator = await login(served, 'investigator');
    const all = (await investigator.json('GET', '/api/alerts?limit=500')).body.items;
    expect(all.length).toBeGreaterThan(2);
    const first = (await investigator.json('GET', '/api/alerts?limit=2')).body;
    const second = (await investigator.json('GET', `/api/alerts?limit=2&cursor=${first.next}`)).body;
    expect([...first.items, ...second.items].map((a: { id: string }) => a.id)).toEqual(
      all.slice(0, 4).map((a: { id: string }) => a.id),
    );
    const risks = all.map((a: { risk: number }) => a.risk);
    expect(risks).toEqual([...risks].sort((a, b) => b - a));
  });
});
