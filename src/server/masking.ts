/**
 * @module The one place every answer passes before it leaves: each person this viewer has not unmasked is replaced by
 * their pseudonym, in JSON answers (error messages included) and in CSV exports alike.
 */
import type { FastifyInstance } from 'fastify';
import type { Workspace } from './workspace.js';

export function registerMasking(app: FastifyInstance, workspace: Workspace): void {
  app.addHook('preSerialization', async (request, _reply, payload) => {
    if (!request.viewer || payload === null || typeof payload !== 'object') return payload;
    const view = await workspace.current();
    return view.directory.masker(request.viewer.revealed).json(payload);
  });
  app.addHook('onSend', async (request, reply, payload) => {
    if (!request.viewer || typeof payload !== 'string') return payload;
    if (!String(reply.getHeader('content-type')).startsWith('text/csv')) return payload;
    const view = await workspace.current();
    return view.directory.masker(request.viewer.revealed).text(payload);
  });
}
