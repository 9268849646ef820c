/**
 * @module The one place every answer passes before it leaves: each person this viewer has not unmasked is replaced by
 * their pseudonym, in JSON answers (error messages included) and in CSV exports alike.
 */
import type { FastifyInstance } from 'fastify';
import type { Workspace } from './workspace.js';

const frozenAnswers = new WeakSet<object>();

/**
 * Marks an answer that will never change and may be served again (a cached timeline): it is then masked once per
 * set of revealed persons instead of on every request. Never mark a live object, such as a running job.
 */
export function unchanging<T extends object>(answer: T): T {
  frozenAnswers.add(answer);
  return answer;
}

export function registerMasking(app: FastifyInstance, workspace: Workspace): void {
  const masked = new WeakMap<object, Map<string, unknown>>();
  app.addHook('preSerialization', async (request, _reply, payload) => {
    if (!request.viewer || payload === null || typeof payload !== 'object') return payload;
    const view = await workspace.current();
    const revealed = request.viewer.revealed;
    if (!frozenAnswers.has(payload)) return view.directory.masker(revealed).json(payload);
    const signature = [...revealed].sort().join(',');
    let copies = masked.get(payload);
    const cached = copies?.get(signature);
    if (cached) return cached;
    const copy = view.directory.masker(revealed).json(payload);
    if (!copies) masked.set(payload, (copies = new Map()));
    copies.set(signature, copy);
    return copy;
  });
  app.addHook('onSend', async (request, reply, payload) => {
    if (!request.viewer || typeof payload !== 'string') return payload;
    if (!String(reply.getHeader('content-type')).startsWith('text/csv')) return payload;
    const view = await workspace.current();
    return view.directory.masker(request.viewer.revealed).text(payload);
  });
}
