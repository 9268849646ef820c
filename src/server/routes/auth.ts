/** @module Logging in and out, the session, and changing one's own password. */
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { UserRecord } from '../../model/index.js';
import { changePassword, login, permissionsOf } from '../../privacy/index.js';
import { hashToken, newSessionToken, SESSION_COOKIE, SESSION_TTL_MS, sessionCookieOptions } from '../auth.js';
import type { Workspace } from '../workspace.js';
import { viewerOf } from './common.js';

function sessionAnswer(reply: FastifyReply, user: UserRecord) {
  return {
    user: { username: user.username, roles: user.roles, mustChangePassword: user.mustChangePassword },
    permissions: permissionsOf(user.roles),
    csrfToken: reply.generateCsrf({ userInfo: user.username }),
  };
}

export function authRoutes(
  app: FastifyInstance,
  workspace: Workspace,
  options: { secureCookies: boolean },
): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  api.post(
    '/api/auth/login',
    {
      config: {
        access: 'public',
        rateLimit: {
          max: 10,
          timeWindow: '1 minute',
          // Per address and user name: one attacker cannot lock everyone out, nor guess one account fast.
          keyGenerator: (request) =>
            `${request.ip}|${(request.body as { username?: string })?.username ?? ''}`,
        },
      },
      schema: {
        tags: ['session'],
        summary: 'Log in; sets the session cookie and returns the CSRF token',
        body: z.strictObject({ username: z.string().min(1).max(64), password: z.string().min(1).max(1024) }),
      },
    },
    async (request, reply) => {
      const user = await login(workspace.store, request.body.username, request.body.password, request.ip);
      const token = newSessionToken();
      const now = Date.now();
      await workspace.store.saveSession({
        tokenHash: hashToken(token),
        username: user.username,
        createdAt: now,
        expiresAt: now + SESSION_TTL_MS,
        ip: request.ip,
      });
      reply.setCookie(SESSION_COOKIE, token, sessionCookieOptions(options.secureCookies));
      return sessionAnswer(reply, user);
    },
  );

  api.get(
    '/api/auth/session',
    {
      config: { access: 'session', beforePasswordChange: true },
      schema: { tags: ['session'], summary: 'The logged-in account, its permissions and a CSRF token' },
    },
    async (request, reply) => sessionAnswer(reply, viewerOf(request).user),
  );

  api.post(
    '/api/auth/logout',
    {
      config: { access: 'session', beforePasswordChange: true },
      schema: { tags: ['session'], summary: 'End the session' },
    },
    async (request, reply) => {
      await workspace.store.deleteSessions({ tokenHash: viewerOf(request).tokenHash });
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.code(204).send();
    },
  );

  api.post(
    '/api/auth/password',
    {
      config: { access: 'session', beforePasswordChange: true },
      schema: {
        tags: ['session'],
        summary: "Change one's own password (required after a one-time password)",
        body: z.strictObject({ current: z.string().min(1).max(1024), next: z.string().min(1).max(1024) }),
      },
    },
    async (request, reply) => {
      await changePassword(workspace.store, viewerOf(request).actor, request.body.current, request.body.next);
      return reply.code(204).send();
    },
  );
}
