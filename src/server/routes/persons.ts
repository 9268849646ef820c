/** @module A person's page: who (as far as the viewer may see), their risk, signals, timeline and risk over time. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { startOfDay } from '../../model/index.js';
import { rankAt } from '../../risk/index.js';
import type { EventQuery } from '../../store/index.js';
import { answerCache } from '../answers.js';
import { sendExport } from '../csv.js';
import { personRef, round, signalRulesByEvent, signalView, timelineItem } from '../views.js';
import type { Workspace, WorkspaceView } from '../workspace.js';
import { record, resolvePerson, viewerOf } from './common.js';

const DAY = 24 * 3_600_000;

interface TimelineAnswer {
  from: number;
  to: number;
  items: ReturnType<typeof timelineItem>[];
  next?: string;
}

/** Person-months investigators reread, until the next change of the store. */
const timelines = answerCache<TimelineAnswer>(200);

const params = z.strictObject({ ref: z.string().min(1).max(100) });
const range = {
  from: z.coerce.number().int().optional(),
  to: z.coerce.number().int().optional(),
};

/** The person's risk now and the signals behind it. */
function riskOf(view: WorkspaceView, person: string, at = view.asOf) {
  const own = view.context.signals.filter((signal) => signal.person === person && signal.time <= at);
  return { own, risk: rankAt(at, own, view.context)[0] };
}

/**
 * Where the person page opens its timeline: the work day (in the work time zone) the alert opened, which is when the
 * evidence first added up (the reference case's 21:30 lab entry, 21:47 exit, 22:05 garage); without an alert, the
 * day whose signals weigh most together.
 */
function focusDay(
  view: WorkspaceView,
  signals: readonly { signal: { time: number }; points: number }[],
  opened?: number,
) {
  const midnightOf = (time: number) => startOfDay(time, view.timeZone);
  const weight = new Map<number, number>();
  for (const { signal, points } of signals) {
    const day = midnightOf(signal.time);
    weight.set(day, (weight.get(day) ?? 0) + points);
  }
  const [day] =
    opened !== undefined
      ? [midnightOf(opened)]
      : ([...weight].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0] ?? []);
  if (day === undefined) return undefined;
  return { from: day, to: startOfDay(day, view.timeZone, 1) };
}

/** [from, to): as asked, else the seven days up to the person's last event. */
async function rangeOf(workspace: Workspace, person: string, query: { from?: number; to?: number }) {
  if (query.from !== undefined && query.to !== undefined) return { from: query.from, to: query.to };
  const [last] = (await workspace.store.events({ actor: person, order: 'desc', limit: 1 })).items;
  const to = query.to ?? (last ? last.time + 1 : Date.now());
  return { from: query.from ?? to - 7 * DAY, to };
}

export function personRoutes(app: FastifyInstance, workspace: Workspace): void {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.get(
    '/api/persons/:ref',
    {
      config: { access: 'persons:read' },
      schema: { tags: ['persons'], summary: "A person's risk, boosters and signals", params },
    },
    async (request) => {
      const viewer = viewerOf(request);
      const view = await workspace.current();
      const person = resolvePerson(view, viewer, request.params.ref);
      await record(workspace, request, { action: 'person.read', subject: person });
      const { risk } = riskOf(view, person);
      const alert = view.alerts.find((a) => a.person === person);
      return {
        person: personRef(view, person, viewer.revealed),
        asOf: view.asOf,
        risk: {
          value: round(risk?.risk ?? 0),
          stages: risk?.stages ?? [],
          boosters: risk?.boosters ?? view.context.boostersOf(person, view.asOf),
        },
        ...(alert ? { alert: { id: alert.id, opened: alert.opened, cause: alert.cause } } : {}),
        ...(risk ? { focus: focusDay(view, risk.signals, alert?.opened) } : {}),
        signals: (risk?.signals ?? [])
          .map((scored) => signalView(view, scored))
          .sort((a, b) => b.time - a.time),
      };
    },
  );

  const timeline = async (
    person: string,
    query: { from?: number; to?: number; limit: number; cursor?: string },
  ) => {
    const view = await workspace.current();
    const { from, to } = await rangeOf(workspace, person, query);
    const eventQuery: EventQuery = { actor: person, from, to, limit: query.limit };
    if (query.cursor) eventQuery.after = query.cursor;
    return timelines(view, JSON.stringify(eventQuery), async () => {
      const page = await workspace.store.events(eventQuery);
      const rules = signalRulesByEvent(view.context.signals.filter((s) => s.person === person));
      const items = page.items.map((event) => timelineItem(event, rules));
      return page.next ? { from, to, items, next: page.next } : { from, to, items };
    });
  };

  api.get(
    '/api/persons/:ref/timeline',
    {
      config: { access: 'persons:read' },
      schema: {
        tags: ['persons'],
        summary: "A person's events from every source, in time order",
        params,
        querystring: z.strictObject({
          ...range,
          limit: z.coerce.number().int().min(1).max(5000).default(2000),
          cursor: z.string().max(200).optional(),
        }),
      },
    },
    async (request) => {
      const view = await workspace.current();
      const person = resolvePerson(view, viewerOf(request), request.params.ref);
      const answer = await timeline(person, request.query);
      await record(workspace, request, {
        action: 'person.timeline',
        subject: person,
        detail: `${new Date(answer.from).toISOString()}/${new Date(answer.to).toISOString()}`,
      });
      return answer;
    },
  );

  api.get(
    '/api/persons/:ref/timeline/export',
    {
      config: { access: 'persons:read' },
      schema: {
        tags: ['persons'],
        summary: "A person's timeline as CSV or JSON (at most 10,000 events)",
        params,
        querystring: z.strictObject({ ...range, format: z.enum(['csv', 'json']).default('csv') }),
      },
    },
    async (request, reply) => {
      const view = await workspace.current();
      const person = resolvePerson(view, viewerOf(request), request.params.ref);
      const { items, from, to } = await timeline(person, { ...request.query, limit: 10_000 });
      await record(workspace, request, {
        action: 'person.export',
        subject: person,
        detail: `${items.length} events`,
      });
      const name = `molehunt-timeline-${personRef(view, person, viewerOf(request).revealed).ref}`;
      const rows = items.map((e) => [
        new Date(e.time).toISOString(),
        e.lane,
        e.source,
        e.action,
        e.target ?? '',
        e.summary,
        `${e.raw.file}:${e.raw.line}`,
        e.signals.join(' '),
      ]);
      const header = ['time', 'lane', 'source', 'action', 'target', 'summary', 'raw', 'signals'];
      const { format } = request.query;
      return sendExport(reply, { name, format, json: { from, to, items }, header, rows });
    },
  );

  api.get(
    '/api/persons/:ref/risk',
    {
      config: { access: 'persons:read' },
      schema: {
        tags: ['persons'],
        summary: "A person's risk over time",
        params,
        querystring: z.strictObject({
          ...range,
          points: z.coerce.number().int().min(2).max(500).default(60),
        }),
      },
    },
    async (request) => {
      const view = await workspace.current();
      const person = resolvePerson(view, viewerOf(request), request.params.ref);
      await record(workspace, request, { action: 'person.risk', subject: person });
      const to = request.query.to ?? view.asOf;
      const from = request.query.from ?? to - 60 * DAY;
      const { own } = riskOf(view, person, to);
      const step = (to - from) / (request.query.points - 1);
      const points = Array.from({ length: request.query.points }, (_, i) => {
        const at = Math.round(from + i * step);
        const [risk] = rankAt(at, own, view.context);
        return { at, risk: round(risk?.risk ?? 0) };
      });
      return { points };
    },
  );
}
