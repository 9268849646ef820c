/**
 * @module Who is asking and whether they may: the session cookie, the route's declared access, CSRF on changes.
 * Deny by default: every /api route must declare `config.access`, or the server refuses to start.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { committeeStatuses, MolehuntError } from '../model/index.js';
import { allows, type Permission } from '../privacy/index.js';
import type { Viewer } from './viewers.js';
import type { Workspace } from './workspace.js';

/** `public`: no login (login itself, health); `session`: any logged-in account; else the permission needed. */
export type Access = Permission | 'public' | 'session';

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: Access;
    /** Allowed while the account still has its one-time password (session, password change, logout). */
    beforePasswordChange?: boolean;
  }
  interface FastifyRequest {
    viewer?: Viewer;
  }
  interface FastifyInstance {
    /** Every /api route with the access it declared, for the docs and the access tests. */
    apiRoutes: { method: string; url: string; access: Access }[];
  }
}

export const SESSION_COOKIE = 'mh_session';
const SAFE_METHODS = ['GET', 'HEAD', 'OPTIONS'];
export const SESSION_TTL_MS = 12 * 3_600_000;

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function newSessionToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Cookie settings: HttpOnly, SameSite=Strict, Secure (browsers accept Secure cookies from http://localhost). */
export function sessionCookieOptions(secure: boolean) {
  return { path: '/', httpOnly: true, sameSite: 'strict' as const, secure, maxAge: SESSION_TTL_MS / 1000 };
}

/** Refuses any /api route without declared access, and lists them. Register before the first route. */
export function requireDeclaredAccess(app: FastifyInstance): void {
  app.decorate('apiRoutes', []);
  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api/') || route.url.startsWith('/api/docs')) return;
    const access = route.config?.access;
    if (!access) {
      throw new Error(
        `${route.method} ${route.url} declares no config.access; every API route must say who may call it`,
      );
    }
    for (const method of [route.method].flat()) {
      if (method !== 'HEAD') app.apiRoutes.push({ method, url: route.url, access });
    }
  });
}

/** Checks each request against its route's access. Register after the cookie and CSRF plugins, whose hooks it needs. */
export function registerAccessControl(app: FastifyInstance, workspace: Workspace): void {
  app.addHook('onRequest', async (request) => {
    const config = request.routeOptions.config;
    const access = config?.access;
    if (!access || access === 'public') return;
    const viewer = await viewerOf(request, workspace);
    if (!viewer) {
      throw new MolehuntError(
        'MH_ERR_UNAUTHENTICATED',
        'log in first: POST /api/auth/login, or open the web UI',
      );
    }
    request.viewer = viewer;
    if (viewer.user.mustChangePassword && !config.beforePasswordChange) {
      throw new MolehuntError(
        'MH_ERR_FORBIDDEN',
        'this account still has its one-time password; choose your own first (POST /api/auth/password)',
      );
    }
    if (access !== 'session' && !allows(viewer.user.roles, access)) {
      throw new MolehuntError(
        'MH_ERR_FORBIDDEN',
        `your roles (${viewer.user.roles.join(', ')}) do not include ${access}; ask an admin if you need it`,
      );
    }
  });

  // Any change may touch accounts, sessions or grants: forget who the sessions are before the answer goes out.
  app.addHook('onSend', async (request) => {
    if (!SAFE_METHODS.includes(request.method)) workspace.viewers.clear();
  });

  // Every change by a logged-in account must carry the session's CSRF token; csrfProtection answers 403 otherwise.
  app.addHook('preValidation', (request, reply, done) => {
    if (request.viewer && !SAFE_METHODS.includes(request.method)) app.csrfProtection(request, reply, done);
    else done();
  });
}

async function viewerOf(request: FastifyRequest, workspace: Workspace): Promise<Viewer | undefined> {
  const token = request.cookies[SESSION_COOKIE];
  if (!token) return undefined;
  const tokenHash = hashToken(token);
  const viewer = await workspace.viewers.get(tokenHash, () => readViewer(workspace, tokenHash));
  return viewer && { ...viewer, actor: { ...viewer.actor, ip: request.ip } };
}

/** The session's account and grants as stored, or undefined for an unknown, expired or disabled one. */
async function readViewer(workspace: Workspace, tokenHash: string): Promise<Viewer | undefined> {
  const session = await workspace.store.findSession(tokenHash);
  if (!session || session.expiresAt <= Date.now()) return undefined;
  const user = await workspace.store.user(session.username);
  if (!user || user.disabled) return undefined;
  const now = Date.now();
  const grants = await workspace.store.unmaskRequests({ requestedBy: user.username, status: 'granted' });
  const revealed = new Set(
    grants.filter((grant) => (grant.expiresAt ?? 0) > now).map((grant) => grant.person),
  );
  // The committee decides about named persons: the subjects of the cases put to it are not masked for it.
  if (allows(user.roles, 'cases:decide')) {
    for (const summary of await workspace.store.cases()) {
      if (committeeStatuses.includes(summary.status))
        for (const subject of summary.subjects) revealed.add(subject);
    }
  }
  return {
    user,
    revealed,
    actor: { user: user.username, roles: user.roles, ip: session.ip },
    tokenHash,
  };
}
