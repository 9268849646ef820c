/** @module The alerts queue, its filters and its exports, and the overview numbers. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { stages } from '../../risk/index.js';
import { answerCache } from '../answers.js';
import { sendExport } from '../csv.js';
import { alertView } from '../views.js';
import type { Workspace } from '../workspace.js';
import { pageOf, pageQuery, record, viewerOf } from './common.js';

const filters = {
  minRisk: z.coerce.number().min(0).optional(),
  stage: z.enum(stages).optional(),
  q: z.string().max(200).optional(),
};

type AlertItem = ReturnType<typeof alertView>;

const alertPages = answerCache<{ items: AlertItem[]; next?: string; total: number }>(200);

function matches(item: AlertItem, query: { minRisk?: number; stage?: string; q?: string }): boolean {
  if (query.minRisk !== undefined && item.risk < query.minRisk) return false;
  if (query.stage && !item.stages.includes(query.stage as never)) return false;
  if (!query.q) return true;
  const q = query.q.toLowerCase();
  // Names are searched only where this viewer may see them, so a search cannot probe a masked identity.
  const visible = [item.person.ref, item.person.department, item.person.name, item.person.nameEn];
  return [...visible, ...item.rules.flatMap((r) => [r.title, r.titleZh])].some((text) =>
    text?.toLowerCase().includes(q),
  );
}

export function alertRoutes(app: FastifyInstance, workspace: Workspace): void {
  const api = app.withTypeProvider<ZodTypeProvider>();

  const listed = async (viewer: ReturnType<typeof viewerOf>, query: Parameters<typeof matches>[1]) => {
    const view = await workspace.current();
    return view.alerts
      .map((alert) => alertView(view, alert, viewer.revealed))
      .filter((a) => matches(a, query));
  };

  api.get(
    '/api/alerts',
    {
      config: { access: 'alerts:read' },
      schema: {
        tags: ['alerts'],
        summary: 'Open alerts, highest risk first',
        querystring: z.strictObject({ ...pageQuery, ...filters }),
      },
    },
    async (request) => {
      const viewer = viewerOf(request);
      const view = await workspace.current();
      // Per set of revealed persons: the queue is the page everyone reloads.
      const key = JSON.stringify([[...viewer.revealed].sort(), request.query]);
      const page = await alertPages(view, key, async () => {
        const { limit, cursor, ...query } = request.query;
        const items = await listed(viewer, query);
        return { ...pageOf(items, limit, cursor), total: items.length };
      });
      await record(workspace, request, { action: 'alerts.list', detail: `${page.total} alerts` });
      return page;
    },
  );

  api.get(
    '/api/alerts/export',
    {
      config: { access: 'alerts:read' },
      schema: {
        tags: ['alerts'],
        summary: 'The whole queue as CSV or JSON',
        querystring: z.strictObject({ format: z.enum(['csv', 'json']).default('csv'), ...filters }),
      },
    },
    async (request, reply) => {
      const { format, ...query } = request.query;
      const items = await listed(viewerOf(request), query);
      await record(workspace, request, {
        action: 'alerts.export',
        detail: `${items.length} alerts as ${format}`,
      });
      const rows = items.map((a) => [
        a.person.ref,
        a.person.name ?? '',
        a.person.department ?? '',
        a.risk,
        a.stages.join(' '),
        new Date(a.opened).toISOString(),
        new Date(a.updated).toISOString(),
        a.rules.map((r) => r.title).join('; '),
        a.explanation.en,
      ]);
      const header = [
        'person',
        'name',
        'department',
        'risk',
        'stages',
        'opened',
        'updated',
        'rules',
        'explanation',
      ];
      return sendExport(reply, { name: 'molehunt-alerts', format, json: { items }, header, rows });
    },
  );

  api.get(
    '/api/stats',
    {
      config: { access: 'session' },
      schema: { tags: ['overview'], summary: 'What the store holds, and its present' },
    },
    async () => {
      const view = await workspace.current();
      const stats = await workspace.store.stats();
      return {
        events: stats.events,
        persons: stats.persons,
        signals: view.context.signals.length,
        alerts: view.alerts.length,
        firstEvent: stats.firstEvent ?? null,
        lastEvent: stats.lastEvent ?? null,
        asOf: view.asOf,
        timeZone: view.timeZone,
      };
    },
  );
}
