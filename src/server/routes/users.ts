/** @module Accounts, for admins: list, add (with a one-time password), change roles, disable, reset. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { roleNames, type UserRecord } from '../../model/index.js';
import { addUser, resetPassword, updateUser } from '../../privacy/index.js';
import type { Workspace } from '../workspace.js';
import { viewerOf } from './common.js';

/** An account as the API shows it: never the password hash. */
function userView({ passwordHash: _hash, updatedAt: _updated, ...user }: UserRecord) {
  return user;
}

const username = z.strictObject({ username: z.string().min(1).max(64) });

export function userRoutes(app: FastifyInstance, workspace: Workspace): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const { store } = workspace;

  api.get(
    '/api/users',
    { config: { access: 'users:manage' }, schema: { tags: ['users'], summary: 'The accounts' } },
    async () => ({ items: (await store.users()).map(userView) }),
  );

  api.post(
    '/api/users',
    {
      config: { access: 'users:manage' },
      schema: {
        tags: ['users'],
        summary: 'Add an account; the answer holds its one-time password, shown only this once',
        body: z.strictObject({
          username: z.string().min(1).max(64),
          roles: z.array(z.enum(roleNames)).min(1),
        }),
      },
    },
    async (request, reply) => {
      const added = await addUser(store, request.body, viewerOf(request).actor);
      return reply.code(201).send({ user: userView(added.user), oneTimePassword: added.oneTimePassword });
    },
  );

  api.patch(
    '/api/users/:username',
    {
      config: { access: 'users:manage' },
      schema: {
        tags: ['users'],
        summary: 'Change roles, or disable or enable an account (its sessions end)',
        params: username,
        body: z.strictObject({
          roles: z.array(z.enum(roleNames)).min(1).optional(),
          disabled: z.boolean().optional(),
        }),
      },
    },
    async (request) =>
      userView(await updateUser(store, request.params.username, request.body, viewerOf(request).actor)),
  );

  api.post(
    '/api/users/:username/reset',
    {
      config: { access: 'users:manage' },
      schema: { tags: ['users'], summary: 'Give an account a new one-time password', params: username },
    },
    async (request) => ({
      oneTimePassword: await resetPassword(store, request.params.username, viewerOf(request).actor),
    }),
  );
}
