/**
 * @module A served workspace for API and browser tests: a small demo company (the reference case included) imported
 * into a real DuckDB store, live detection run, one account per role, and the real app on a loopback port.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { loadConfig } from '../../src/config/index.js';
import { detectImported, loadRules, ruleDirs } from '../../src/detect/index.js';
import { type Role, roleNames } from '../../src/model/index.js';
import { addUser, changePassword } from '../../src/privacy/index.js';
import { buildApp, Workspace } from '../../src/server/index.js';
import { openDuckDbStore } from '../../src/store/duckdb/index.js';
import type { Store } from '../../src/store/index.js';
import { generateSmallDemo, importDemo } from '../demo-company.js';

export const PASSWORD = 'correct horse battery staple';

export interface Served {
  app: FastifyInstance;
  store: Store;
  workspace: Workspace;
  url: string;
  dataDir: string;
  /** Every log line the server wrote. */
  logs: string[];
  close(): Promise<void>;
}

/** One account per role, named after it, with its own password already chosen; plus a second investigator and a second committee member. */
export const accounts: Record<string, Role[]> = {
  ...Object.fromEntries(roleNames.map((role) => [role, [role]])),
  investigator2: ['investigator'],
  committee2: ['committee'],
};

export async function serveDemo(options: { employees?: number } = {}): Promise<Served> {
  const dataDir = mkdtempSync(join(tmpdir(), 'molehunt-served-'));
  const demo = join(dataDir, 'demo');
  await generateSmallDemo(demo, { employees: options.employees ?? 100 });
  const store = await openDuckDbStore({ path: join(dataDir, 'molehunt.duckdb') });
  const report = await importDemo(store, demo);
  await detectImported(store, loadRules(ruleDirs(dataDir)), [report.batch.id], { timeZone: 'Asia/Shanghai' });
  const actor = { user: 'test', roles: ['admin' as Role], ip: 'local' };
  for (const [username, roles] of Object.entries(accounts)) {
    const { oneTimePassword } = await addUser(store, { username, roles }, actor);
    await changePassword(store, { user: username, roles, ip: 'local' }, oneTimePassword, PASSWORD);
  }
  const config = loadConfig({ overrides: { dataDir, displayTimeZone: 'Asia/Shanghai' }, env: {} });
  const workspace = new Workspace(store, config);
  const logs: string[] = [];
  const logStream = new PassThrough();
  logStream.on('data', (chunk: Buffer) => logs.push(...chunk.toString('utf8').split('\n').filter(Boolean)));
  const app = await buildApp(workspace, { logStream, logLevel: 'info' });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  return {
    app,
    store,
    workspace,
    url,
    dataDir,
    logs,
    async close() {
      await app.close();
      await store.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** A logged-in HTTP client for one account: the session cookie and CSRF token, over real HTTP. */
export interface Client {
  username: string;
  request(method: string, path: string, body?: unknown, headers?: Record<string, string>): Promise<Response>;
  // biome-ignore lint/suspicious/noExplicitAny: tests read answers loosely and assert what they need
  json<T = any>(method: string, path: string, body?: unknown): Promise<{ status: number; body: T }>;
}

export async function login(served: Served, username: string, password = PASSWORD): Promise<Client> {
  const response = await fetch(`${served.url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (response.status !== 200)
    throw new Error(`login ${username}: ${response.status} ${await response.text()}`);
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  const cookie = response.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const request = (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) =>
    fetch(`${served.url}${path}`, {
      method,
      headers: {
        cookie,
        'x-csrf-token': csrfToken,
        ...(body !== undefined && typeof body !== 'string' ? { 'content-type': 'application/json' } : {}),
        ...headers,
      },
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
  return {
    username,
    request,
    async json(method, path, body) {
      const response = await request(method, path, body);
      const text = await response.text();
      return { status: response.status, body: text ? JSON.parse(text) : undefined };
    },
  };
}
