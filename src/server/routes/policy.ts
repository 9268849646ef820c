/**
 * @module The company's policy as the committee applies it: the clauses a decision can cite and the notice
 * templates. Any account reads them (they are the company's rules, not anyone's data); an admin changes them.
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { noticeVariables } from '../../cases/index.js';
import { noticeLanguages } from '../../model/index.js';
import type { Workspace } from '../workspace.js';
import { record } from './common.js';

const bilingual = z.strictObject({
  en: z.string().trim().min(1).max(2000),
  zh: z.string().trim().min(1).max(2000),
});
const clause = z.strictObject({
  id: z.string().min(1).max(50),
  title: bilingual,
  text: bilingual.optional(),
});

export function policyRoutes(app: FastifyInstance, workspace: Workspace): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['policy'];

  api.get(
    '/api/policy',
    {
      config: { access: 'session' },
      schema: { tags, summary: 'Policy clauses, notice templates and the variables templates may use' },
    },
    async () => ({
      clauses: await workspace.policy.clauses(),
      notices: Object.fromEntries(
        await Promise.all(
          noticeLanguages.map(async (language) => [
            language,
            await workspace.policy.noticeTemplate(language),
          ]),
        ),
      ),
      variables: noticeVariables,
    }),
  );

  api.put(
    '/api/policy/clauses',
    {
      config: { access: 'policy:write' },
      schema: {
        tags,
        summary: 'Replace the list of policy clauses (a clause a recorded decision cites must stay)',
        body: z.strictObject({ clauses: z.array(clause).min(1).max(200) }),
      },
    },
    async (request, reply) => {
      const { clauses } = request.body;
      await workspace.policy.saveClauses(clauses, await workspace.cases.clausesInUse());
      await record(workspace, request, {
        action: 'policy.clauses',
        detail: clauses.map((c) => c.id).join(', '),
      });
      return reply.code(204).send();
    },
  );

  api.put(
    '/api/policy/notices/:language',
    {
      config: { access: 'policy:write' },
      schema: {
        tags,
        summary:
          'Replace a notice template (Mustache); refused, naming the problem, when it would not render',
        params: z.strictObject({ language: z.enum(noticeLanguages) }),
        body: z.strictObject({ template: z.string().min(1).max(50_000) }),
      },
    },
    async (request, reply) => {
      await workspace.policy.saveNoticeTemplate(request.params.language, request.body.template);
      await record(workspace, request, { action: 'policy.notice', detail: request.params.language });
      return reply.code(204).send();
    },
  );
}
