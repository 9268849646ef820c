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
  // An unchanging answer's masked copy and its JSON text, per set of revealed persons.
  const masked = new WeakMap<object, Map<string, { copy: unknown; json?: string }>>();
  app.addHook('preSerialization', async (request, reply, payload) => {
    if (!request.viewer || payload === null || typeof payload !== 'object') return payload;
    const view = await workspace.current();
    const revealed = request.viewer.revealed;
    if (!frozenAnswers.has(payload)) return view.directory.masker(revealed).json(payload);
    const signature = [...revealed].sort().join(',');
    let copies = masked.get(payload);
    if (!copies) {
      copies = new Map();
      masked.set(payload, copies);
    }
    let entry = copies.get(signature);
    if (!entry) {
      entry = { copy: view.directory.masker(revealed).json(payload) };
      copies.set(signature, entry);
    }
    const cached = entry;
    reply.serializer((copy: unknown) => {
      cached.json ??= JSON.stringify(copy);
      return cached.json;
    });
    return cached.copy;
  });
  app.addHook('onSend', async (request, reply, payload) => {
    if (!request.viewer || typeof payload !== 'string') return payload;
    if (!String(reply.getHeader('content-type')).startsWith('text/csv')) return payload;
    const view = await workspace.current();
    return view.directory.masker(request.viewer.revealed).text(payload);
  });
}
