/**
 * @module Unmasking: an investigator sees a person's identity only after writing down why. A priority person
 * (an executive, a recipient of secret documents) needs a second investigator's approval first.
 */
import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { MolehuntError, type UnmaskRequest } from '../../model/index.js';
import { personRef } from '../views.js';
import type { Workspace } from '../workspace.js';
import { record, resolvePerson, viewerOf } from './common.js';

/** How long a grant lets its holder see the identity: one working day. */
export const GRANT_MS = 8 * 3_600_000;

const decision = z.strictObject({ note: z.string().max(2000).optional() });

export function unmaskRoutes(app: FastifyInstance, workspace: Workspace): void {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.post(
    '/api/persons/:ref/unmask',
    {
      config: { access: 'persons:unmask' },
      schema: {
        tags: ['unmasking'],
        summary: "See a person's identity, with a written reason",
        params: z.strictObject({ ref: z.string().min(1).max(100) }),
        body: z.strictObject({
          reason: z
            .string()
            .trim()
            .min(10, 'write at least 10 characters saying why you need the identity')
            .max(2000),
          caseId: z.string().trim().min(1).max(100).optional(),
        }),
      },
    },
    async (request, reply) => {
      const viewer = viewerOf(request);
      const view = await workspace.current();
      const person = resolvePerson(view, viewer, request.params.ref);
      const now = Date.now();
      const priority = view.isPriority(person);
      const unmask: UnmaskRequest = {
        id: randomUUID(),
        person,
        requestedBy: viewer.user.username,
        reason: request.body.reason,
        at: now,
        status: priority ? 'pending' : 'granted',
        ...(request.body.caseId ? { caseId: request.body.caseId } : {}),
        ...(priority ? {} : { decidedBy: viewer.user.username, decidedAt: now, expiresAt: now + GRANT_MS }),
      };
      await workspace.store.saveUnmaskRequest(unmask);
      await record(workspace, request, {
        action: priority ? 'person.unmask.request' : 'person.unmask',
        subject: person,
        reason: unmask.reason,
        ...(unmask.caseId ? { caseId: unmask.caseId } : {}),
      });
      if (priority) return reply.code(202).send({ status: 'pending', requestId: unmask.id });
      // From now on this viewer sees the person, this answer included (the masker reads the viewer).
      const revealed = new Set([...viewer.revealed, person]);
      request.viewer = { ...viewer, revealed };
      return { status: 'granted', person: personRef(view, person, revealed), expires: unmask.expiresAt };
    },
  );

  api.get(
    '/api/unmask-requests',
    {
      config: { access: 'persons:unmask' },
      schema: {
        tags: ['unmasking'],
        summary: 'Unmask requests, newest first',
        querystring: z.strictObject({ status: z.enum(['pending', 'granted', 'denied']).optional() }),
      },
    },
    async (request) => {
      const viewer = viewerOf(request);
      const view = await workspace.current();
      const query = request.query.status ? { status: request.query.status } : {};
      const requests = await workspace.store.unmaskRequests(query);
      return {
        items: requests.map(({ person, ...rest }) => ({
          ...rest,
          person: personRef(view, person, viewer.revealed),
        })),
      };
    },
  );

  for (const verdict of ['approve', 'deny'] as const) {
    api.post(
      `/api/unmask-requests/:id/${verdict}`,
      {
        config: { access: 'persons:unmask' },
        schema: {
          tags: ['unmasking'],
          summary: `${verdict === 'approve' ? 'Approve' : 'Deny'} another investigator's unmask request`,
          params: z.strictObject({ id: z.string().uuid() }),
          body: decision.optional(),
        },
      },
      async (request) => {
        const viewer = viewerOf(request);
        const [pending] = (await workspace.store.unmaskRequests({ status: 'pending' })).filter(
          (r) => r.id === request.params.id,
        );
        if (!pending) {
          throw new MolehuntError(
            'MH_ERR_CONFLICT',
            'no pending unmask request has that id; it may be decided already',
          );
        }
        if (pending.requestedBy === viewer.user.username) {
          throw new MolehuntError(
            'MH_ERR_FORBIDDEN',
            'a second investigator must decide this request; you cannot decide your own',
          );
        }
        const now = Date.now();
        const decided: UnmaskRequest = {
          ...pending,
          status: verdict === 'approve' ? 'granted' : 'denied',
          decidedBy: viewer.user.username,
          decidedAt: now,
          ...(verdict === 'approve' ? { expiresAt: now + GRANT_MS } : {}),
          ...(request.body?.note ? { note: request.body.note } : {}),
        };
        await workspace.store.saveUnmaskRequest(decided);
        await record(workspace, request, {
          action: `person.unmask.${verdict}`,
          subject: pending.person,
          reason: pending.reason,
          detail: `request ${pending.id} by ${pending.requestedBy}${decided.note ? `: ${decided.note}` : ''}`,
          ...(pending.caseId ? { caseId: pending.caseId } : {}),
        });
        return { status: decided.status };
      },
    );
  }
}
