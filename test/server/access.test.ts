/**
 * Deny by default, checked for every role × endpoint: each role reaches exactly the endpoints its permissions name,
 * and no /api route escapes this table.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { roleNames } from '../../src/model/index.js';
import { allows, type Permission } from '../../src/privacy/index.js';
import { type Client, login, type Served, serveDemo } from './workspace.js';

let served: Served;
const clients = new Map<string, Client>();
let ref = '';
let rule = '';

beforeAll(async () => {
  served = await serveDemo();
  for (const role of roleNames) clients.set(role, await login(served, role));
  const view = await served.workspace.current();
  ref = view.directory.refOf(view.alerts[0]!.person, new Set());
  rule = view.context.signals[0]!.rule;
}, 180_000);
afterAll(() => served?.close());

interface Endpoint {
  method: string;
  path: () => string;
  /** The route as registered, to check that the table covers them all. */
  route: string;
  access: Permission | 'session';
  body?: unknown;
}

const endpoints: Endpoint[] = [
  { method: 'GET', route: '/api/auth/session', path: () => '/api/auth/session', access: 'session' },
  { method: 'GET', route: '/api/stats', path: () => '/api/stats', access: 'session' },
  { method: 'GET', route: '/api/alerts', path: () => '/api/alerts', access: 'alerts:read' },
  { method: 'GET', route: '/api/alerts/export', path: () => '/api/alerts/export', access: 'alerts:read' },
  { method: 'GET', route: '/api/persons/:ref', path: () => `/api/persons/${ref}`, access: 'persons:read' },
  {
    method: 'GET',
    route: '/api/persons/:ref/timeline',
    path: () => `/api/persons/${ref}/timeline`,
    access: 'persons:read',
  },
  {
    method: 'GET',
    route: '/api/persons/:ref/timeline/export',
    path: () => `/api/persons/${ref}/timeline/export`,
    access: 'persons:read',
  },
  {
    method: 'GET',
    route: '/api/persons/:ref/risk',
    path: () => `/api/persons/${ref}/risk`,
    access: 'persons:read',
  },
  {
    method: 'POST',
    route: '/api/persons/:ref/unmask',
    path: () => `/api/persons/${ref}/unmask`,
    access: 'persons:unmask',
    body: { reason: 'access matrix test: an unmask with a reason' },
  },
  {
    method: 'GET',
    route: '/api/unmask-requests',
    path: () => '/api/unmask-requests',
    access: 'persons:unmask',
  },
  {
    method: 'POST',
    route: '/api/unmask-requests/:id/approve',
    path: () => '/api/unmask-requests/00000000-0000-4000-8000-000000000000/approve',
    access: 'persons:unmask',
    body: {},
  },
  {
    method: 'POST',
    route: '/api/unmask-requests/:id/deny',
    path: () => '/api/unmask-requests/00000000-0000-4000-8000-000000000000/deny',
    access: 'persons:unmask',
    body: {},
  },
  { method: 'GET', route: '/api/rules', path: () => '/api/rules', access: 'rules:read' },
  {
    method: 'PATCH',
    route: '/api/rules/:id',
    path: () => `/api/rules/${rule}`,
    access: 'rules:write',
    body: { enabled: true },
  },
  {
    method: 'POST',
    route: '/api/rules/:id/run',
    path: () => '/api/rules/unknown-rule/run',
    access: 'rules:write',
  },
  {
    method: 'GET',
    route: '/api/jobs/:id',
    path: () => '/api/jobs/00000000-0000-4000-8000-000000000000',
    access: 'session',
  },
  { method: 'GET', route: '/api/profiles', path: () => '/api/profiles', access: 'imports:read' },
  { method: 'GET', route: '/api/imports', path: () => '/api/imports', access: 'imports:read' },
  { method: 'GET', route: '/api/quarantine', path: () => '/api/quarantine', access: 'imports:read' },
  {
    method: 'POST',
    route: '/api/imports',
    path: () => '/api/imports?profile=unknown-profile&filename=x.csv',
    access: 'imports:write',
  },
  {
    method: 'POST',
    route: '/api/ingest/:profile',
    path: () => '/api/ingest/unknown-profile',
    access: 'imports:write',
  },
  { method: 'GET', route: '/api/audit', path: () => '/api/audit', access: 'audit:read' },
  { method: 'GET', route: '/api/users', path: () => '/api/users', access: 'users:manage' },
  {
    method: 'POST',
    route: '/api/users',
    path: () => '/api/users',
    access: 'users:manage',
    body: { username: '', roles: ['analyst'] },
  },
  {
    method: 'PATCH',
    route: '/api/users/:username',
    path: () => '/api/users/nobody-here',
    access: 'users:manage',
    body: { disabled: true },
  },
  {
    method: 'POST',
    route: '/api/users/:username/reset',
    path: () => '/api/users/nobody-here/reset',
    access: 'users:manage',
  },
  {
    method: 'GET',
    route: '/api/cases',
    path: () => '/api/cases',
    access: 'cases:read',
  },
  {
    method: 'POST',
    route: '/api/cases',
    path: () => '/api/cases',
    access: 'cases:write',
    body: {},
  },
  {
    method: 'GET',
    route: '/api/cases/:id',
    path: () => '/api/cases/C-00000000',
    access: 'cases:read',
  },
  {
    method: 'POST',
    route: '/api/cases/:id/subjects',
    path: () => '/api/cases/C-00000000/subjects',
    access: 'cases:write',
    body: {},
  },
  {
    method: 'POST',
    route: '/api/cases/:id/status',
    path: () => '/api/cases/C-00000000/status',
    access: 'cases:write',
    body: {},
  },
  {
    method: 'POST',
    route: '/api/cases/:id/hold',
    path: () => '/api/cases/C-00000000/hold',
    access: 'cases:write',
    body: {},
  },
  {
    method: 'POST',
    route: '/api/cases/:id/notes',
    path: () => '/api/cases/C-00000000/notes',
    access: 'cases:write',
    body: {},
  },
  {
    method: 'POST',
    route: '/api/cases/:id/tasks',
    path: () => '/api/cases/C-00000000/tasks',
    access: 'cases:write',
    body: {},
  },
  {
    method: 'POST',
    route: '/api/cases/:id/tasks/:task/done',
    path: () => '/api/cases/C-00000000/tasks/T-00000000/done',
    access: 'cases:write',
  },
  {
    method: 'GET',
    route: '/api/cases/:id/check',
    path: () => '/api/cases/C-00000000/check',
    access: 'cases:read',
  },
  {
    method: 'POST',
    route: '/api/cases/:id/export',
    path: () => '/api/cases/C-00000000/export',
    access: 'cases:read',
    body: {},
  },
  {
    method: 'GET',
    route: '/api/ledger-key',
    path: () => '/api/ledger-key',
    access: 'cases:read',
  },
  {
    method: 'POST',
    route: '/api/cases/:id/evidence/events',
    path: () => '/api/cases/C-00000000/evidence/events',
    access: 'cases:write',
    body: {},
  },
  {
    method: 'POST',
    route: '/api/cases/:id/evidence/file',
    path: () => '/api/cases/C-00000000/evidence/file',
    access: 'cases:write',
  },
  {
    method: 'GET',
    route: '/api/cases/:id/evidence/:item/content',
    path: () => '/api/cases/C-00000000/evidence/EV-00000000/content',
    access: 'cases:read',
  },
  {
    method: 'POST',
    route: '/api/cases/:id/evidence/:item/purge',
    path: () => '/api/cases/C-00000000/evidence/EV-00000000/purge',
    access: 'cases:write',
    body: {},
  },
  {
    method: 'POST',
    route: '/api/cases/:id/decision',
    path: () => '/api/cases/C-00000000/decision',
    access: 'cases:decide',
    body: {},
  },
  {
    method: 'POST',
    route: '/api/cases/:id/decision/vote',
    path: () => '/api/cases/C-00000000/decision/vote',
    access: 'cases:decide',
    body: {},
  },
  {
    method: 'POST',
    route: '/api/cases/:id/decision/close',
    path: () => '/api/cases/C-00000000/decision/close',
    access: 'cases:decide',
    body: {},
  },
  {
    method: 'POST',
    route: '/api/cases/:id/decision/return',
    path: () => '/api/cases/C-00000000/decision/return',
    access: 'cases:decide',
    body: {},
  },
  {
    method: 'POST',
    route: '/api/cases/:id/notices',
    path: () => '/api/cases/C-00000000/notices',
    access: 'cases:decide',
    body: {},
  },
  {
    method: 'GET',
    route: '/api/policy',
    path: () => '/api/policy',
    access: 'session',
  },
  {
    method: 'PUT',
    route: '/api/policy/clauses',
    path: () => '/api/policy/clauses',
    access: 'policy:write',
    body: {},
  },
  {
    method: 'PUT',
    route: '/api/policy/notices/:language',
    path: () => '/api/policy/notices/en',
    access: 'policy:write',
    body: {},
  },
  { method: 'GET', route: '/api/leaks/documents', path: () => '/api/leaks/documents', access: 'leaks:read' },
  {
    method: 'POST',
    route: '/api/leaks/documents',
    path: () => '/api/leaks/documents?title=t&fileName=t.txt&classification=secret',
    access: 'leaks:write',
  },
  {
    method: 'GET',
    route: '/api/leaks/documents/:id',
    path: () => '/api/leaks/documents/D-00000000',
    access: 'leaks:read',
  },
  {
    method: 'GET',
    route: '/api/leaks/documents/:id/text',
    path: () => '/api/leaks/documents/D-00000000/text?reason=access%20matrix',
    access: 'leaks:copies',
  },
  {
    method: 'POST',
    route: '/api/leaks/documents/:id/distribution',
    path: () => '/api/leaks/documents/D-00000000/distribution',
    access: 'leaks:write',
    body: { recipients: [] },
  },
  {
    method: 'GET',
    route: '/api/leaks/documents/:id/copies/:recipient',
    path: () => `/api/leaks/documents/D-00000000/copies/${ref}?reason=access%20matrix`,
    access: 'leaks:copies',
  },
  {
    method: 'POST',
    route: '/api/leaks/match',
    path: () => '/api/leaks/match',
    access: 'leaks:read',
    body: { text: 'a text from nowhere' },
  },
  {
    method: 'POST',
    route: '/api/leaks/attribute',
    path: () => '/api/leaks/attribute',
    access: 'leaks:read',
    body: { text: 'a text from nowhere' },
  },
  {
    method: 'POST',
    route: '/api/cases/:id/evidence/attribution',
    path: () => '/api/cases/C-00000000/evidence/attribution',
    access: 'cases:write',
    body: {},
  },
  {
    method: 'POST',
    route: '/api/auth/password',
    path: () => '/api/auth/password',
    access: 'session',
    body: {},
  },
  // Last: it ends the session the rows above use.
  { method: 'POST', route: '/api/auth/logout', path: () => '/api/auth/logout', access: 'session' },
];

describe('access control', () => {
  it('covers every /api route but the public ones in the table, so none escapes the matrix', () => {
    const api = served.app.apiRoutes
      .filter((route) => route.access !== 'public')
      .map((route) => `${route.method} ${route.url}`);
    const table = new Set(endpoints.map((e) => `${e.method} ${e.route}`));
    expect(api.filter((r) => !table.has(r))).toEqual([]);
    expect(api.length).toBe(endpoints.length);
    expect(
      served.app.apiRoutes
        .filter((r) => r.access === 'public')
        .map((r) => r.url)
        .sort(),
    ).toEqual(['/api/auth/login', '/api/health', '/api/openapi.json']);
  });

  it('answers 401 to every endpoint without a session', async () => {
    for (const endpoint of endpoints) {
      const response = await fetch(`${served.url}${endpoint.path()}`, {
        method: endpoint.method,
        headers: endpoint.body ? { 'content-type': 'application/json' } : {},
        body: endpoint.body ? JSON.stringify(endpoint.body) : undefined,
      });
      expect([endpoint.method, endpoint.route, response.status]).toEqual([
        endpoint.method,
        endpoint.route,
        401,
      ]);
    }
  });

  for (const role of roleNames) {
    it(`lets ${role} reach exactly what its permissions name`, async () => {
      const client = clients.get(role)!;
      for (const endpoint of endpoints) {
        const allowed = endpoint.access === 'session' || allows([role], endpoint.access);
        const response = await client.request(endpoint.method, endpoint.path(), endpoint.body);
        const body = await response.text();
        if (allowed) {
          expect([endpoint.route, response.status], body).not.toEqual([endpoint.route, 403]);
          expect(response.status).not.toBe(401);
        } else {
          expect([endpoint.route, response.status, JSON.parse(body).code]).toEqual([
            endpoint.route,
            403,
            'MH_ERR_FORBIDDEN',
          ]);
        }
      }
    });
  }
});
