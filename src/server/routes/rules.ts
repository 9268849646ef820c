/** @module The rules page: the pack with hits and switches, and a rule run over the stored history as a job. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { detectInStore, ruleWithDependencies } from '../../detect/index.js';
import { MolehuntError } from '../../model/index.js';
import { stagesOf } from '../../risk/index.js';
import type { Workspace } from '../workspace.js';
import { record, viewerOf } from './common.js';

const params = z.strictObject({ id: z.string().min(1).max(200) });

export function ruleRoutes(app: FastifyInstance, workspace: Workspace): void {
  const api = app.withTypeProvider<ZodTypeProvider>();

  const known = async (id: string) => {
    const rules = await workspace.ruleSet(true);
    const rule = [...rules.detections, ...rules.correlations].find((r) => r.id === id);
    if (!rule) throw new MolehuntError('MH_ERR_NOT_FOUND', `no rule has id ${id}; GET /api/rules lists them`);
    return { rules, rule };
  };

  api.get(
    '/api/rules',
    {
      config: { access: 'rules:read' },
      schema: { tags: ['rules'], summary: 'The rule pack, with hits and switches' },
    },
    async () => {
      const rules = await workspace.ruleSet(true);
      const off = new Set(await workspace.store.disabledRules());
      const hits = await workspace.store.signalCounts();
      const items = [...rules.detections, ...rules.correlations].map((rule) => ({
        id: rule.id,
        title: rule.title,
        titleZh: rule.titleZh ?? rule.title,
        level: rule.level,
        kind: 'type' in rule ? ('correlation' as const) : ('detection' as const),
        stages: stagesOf(rule.tags),
        enabled: !off.has(rule.id),
        hits: hits[rule.id] ?? 0,
        ...('description' in rule && rule.description ? { description: rule.description } : {}),
      }));
      return { items: items.sort((a, b) => a.title.localeCompare(b.title)) };
    },
  );

  api.patch(
    '/api/rules/:id',
    {
      config: { access: 'rules:write' },
      schema: {
        tags: ['rules'],
        summary: 'Switch a rule on or off for live detection',
        params,
        body: z.strictObject({ enabled: z.boolean() }),
      },
    },
    async (request) => {
      await known(request.params.id);
      await workspace.store.setRuleEnabled(request.params.id, request.body.enabled);
      await record(workspace, request, {
        action: request.body.enabled ? 'rule.enable' : 'rule.disable',
        subject: request.params.id,
      });
      return { id: request.params.id, enabled: request.body.enabled };
    },
  );

  api.post(
    '/api/rules/:id/run',
    {
      config: { access: 'rules:write' },
      schema: { tags: ['rules'], summary: 'Run one rule over every stored event (a job)', params },
    },
    async (request, reply) => {
      const { rules, rule } = await known(request.params.id);
      const subset = ruleWithDependencies(rules, rule.id)!;
      await record(workspace, request, { action: 'rule.run', subject: rule.id });
      const job = workspace.jobs.start('rule-run', viewerOf(request).user.username, (progress) =>
        workspace.serialized(async () => {
          const total = await workspace.store.countEvents({});
          let done = 0;
          progress(0, total);
          const detection = await detectInStore(
            workspace.store,
            subset,
            {},
            { timeZone: await workspace.timeZone() },
            (n) => {
              done += n;
              progress(done, total);
            },
          );
          const state = await workspace.store.detectionState();
          // The live engine's state is kept as it is: a run over history only adds signals.
          const added = await workspace.store.saveDetection(detection.signals, state ?? '');
          const own = detection.signals.filter((s) => s.rule === rule.id).length;
          return { rule: rule.id, signals: own, added, events: done };
        }),
      );
      return reply.code(202).send({ job });
    },
  );

  api.get(
    '/api/jobs/:id',
    {
      config: { access: 'session' },
      schema: {
        tags: ['jobs'],
        summary: "A long operation's progress",
        params: z.strictObject({ id: z.string().uuid() }),
      },
    },
    async (request) => {
      const viewer = viewerOf(request);
      const job = workspace.jobs.get(request.params.id, {
        user: viewer.user.username,
        roles: viewer.user.roles,
      });
      if (!job) throw new MolehuntError('MH_ERR_NOT_FOUND', 'no job with that id is visible to you');
      return job;
    },
  );
}
