/** @module The audit trail, read-only: search by user, action, subject and time. No route changes an entry. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AuditQuery } from '../../store/index.js';
import type { Workspace } from '../workspace.js';
import { record, viewerOf } from './common.js';

export function auditRoutes(app: FastifyInstance, workspace: Workspace): void {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/audit',
    {
      config: { access: 'audit:read' },
      schema: {
        tags: ['audit'],
        summary: 'The audit trail, newest first',
        querystring: z.strictObject({
          user: z.string().max(100).optional(),
          action: z.string().max(100).optional(),
          subject: z.string().max(200).optional(),
          from: z.coerce.number().int().optional(),
          to: z.coerce.number().int().optional(),
          limit: z.coerce.number().int().min(1).max(500).default(100),
          cursor: z.string().regex(/^\d+$/).optional(),
        }),
      },
    },
    async (request) => {
      const { cursor, subject, ...rest } = request.query;
      const query: AuditQuery = { ...rest };
      if (cursor) query.beforeSeq = Number(cursor);
      // Subjects are stored as person ids; an auditor sees and types pseudonyms.
      if (subject) {
        const view = await workspace.current();
        query.subject = view.directory.resolve(subject, viewerOf(request).revealed) ?? subject;
      }
      const page = await workspace.store.audit(query);
      await record(workspace, request, { action: 'audit.read', detail: `${page.items.length} entries` });
      return page;
    },
  );
}
