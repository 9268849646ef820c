/**
 * @module Cases: list, open (by hand or from alerts), read, and the investigator's changes (subjects, status, hold,
 * notes, tasks); the integrity check and the export. Every change is a ledger entry and an audit entry.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  type CaseState,
  exportBundle,
  keyFingerprint,
  openFromAlerts,
  reportRenderer,
} from '../../cases/index.js';
import { caseStatuses, MolehuntError } from '../../model/index.js';
import { personRef } from '../views.js';
import type { Workspace } from '../workspace.js';
import {
  actorOf,
  caseAnswer,
  caseChange,
  caseParams,
  ensureVisible,
  mayExport,
  reasonField,
  recordCase,
  visibleCase,
  visibleStatuses,
} from './case-access.js';
import { pageOf, pageQuery, resolveAlert, resolvePerson, viewerOf } from './common.js';

export function caseRoutes(app: FastifyInstance, workspace: Workspace): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['cases'];

  api.get(
    '/api/cases',
    {
      config: { access: 'cases:read' },
      schema: {
        tags,
        summary: 'Cases this account may see, most recently changed first',
        querystring: z.strictObject({ status: z.enum(caseStatuses).optional(), ...pageQuery }),
      },
    },
    async (request) => {
      const viewer = viewerOf(request);
      const view = await workspace.current();
      const visible = visibleStatuses(viewer);
      const { status, limit, cursor } = request.query;
      const summaries = (await workspace.store.cases()).filter(
        (summary) => visible(summary.status) && (!status || summary.status === status),
      );
      const page = pageOf(summaries, limit, cursor);
      return {
        ...page,
        items: page.items.map(({ subjects, ...summary }) => ({
          ...summary,
          subjects: subjects.map((subject) => personRef(view, subject, viewer.revealed)),
        })),
      };
    },
  );

  api.post(
    '/api/cases',
    {
      config: { access: 'cases:write' },
      schema: {
        tags,
        summary: 'Open a case about persons, by hand or from alerts (their signal events become evidence)',
        body: z.strictObject({
          title: z.string().trim().min(1).max(200),
          subjects: z.array(z.string().min(1).max(100)).min(1).max(50),
          alerts: z.array(z.string().min(1).max(200)).max(50).optional(),
          reason: reasonField,
        }),
      },
    },
    async (request, reply) => {
      const viewer = viewerOf(request);
      const view = await workspace.current();
      const subjects = [...new Set(request.body.subjects.map((ref) => resolvePerson(view, viewer, ref)))];
      const alerts = (request.body.alerts ?? []).map((id) => resolveAlert(view, viewer, id));
      const state = await openFromAlerts(
        workspace.cases,
        { title: request.body.title, subjects, alerts },
        actorOf(request, request.body.reason),
      );
      await recordCase(workspace, request, state.id, 'open', {
        subject: subjects.join(', '),
        ...(request.body.reason ? { reason: request.body.reason } : {}),
      });
      return reply.code(201).send(await caseAnswer(workspace, viewer, state));
    },
  );

  api.get(
    '/api/cases/:id',
    {
      config: { access: 'cases:read' },
      schema: {
        tags,
        summary: 'A case: subjects, evidence with custody, notes, tasks, decision, ledger',
        params: caseParams,
      },
    },
    async (request) => {
      const viewer = viewerOf(request);
      const state = await visibleCase(workspace, viewer, request.params.id);
      await recordCase(workspace, request, state.id, 'read');
      return caseAnswer(workspace, viewer, state);
    },
  );

  const change = <Body extends z.ZodObject>(
    path: string,
    summary: string,
    body: Body,
    apply: (id: string, body: z.infer<Body>, request: FastifyRequest) => Promise<CaseState>,
  ) => caseChange(app, workspace, { path, access: 'cases:write', tags, summary, body, apply });

  change(
    '/subjects',
    'Add a subject',
    z.strictObject({ person: z.string().min(1).max(100), reason: reasonField }),
    async (id, body, request) => {
      const person = resolvePerson(await workspace.current(), viewerOf(request), body.person);
      return workspace.cases.act(id, { action: 'subject.add', person }, actorOf(request, body.reason));
    },
  );
  change(
    '/status',
    'Move the case along its workflow (decided comes only from the committee’s vote)',
    z.strictObject({ to: z.enum(caseStatuses), reason: reasonField }),
    (id, body, request) => workspace.cases.moveTo(id, body.to, actorOf(request, body.reason)),
  );
  change(
    '/hold',
    'Put the case under legal hold, or release it (a reason is required)',
    z.strictObject({
      on: z.boolean(),
      reason: z.string().trim().min(5, 'say why, in at least 5 characters').max(2000),
    }),
    (id, body, request) =>
      workspace.cases.act(id, { action: 'case.hold', on: body.on }, actorOf(request, body.reason)),
  );
  change(
    '/notes',
    'Add a note',
    z.strictObject({ text: z.string().trim().min(1).max(20_000) }),
    (id, body, request) => workspace.cases.addNote(id, body.text, actorOf(request)),
  );
  change(
    '/tasks',
    'Add a task',
    z.strictObject({
      title: z.string().trim().min(1).max(500),
      assignee: z.string().trim().min(1).max(100).optional(),
    }),
    (id, body, request) => workspace.cases.addTask(id, body, actorOf(request)),
  );

  api.post(
    '/api/cases/:id/tasks/:task/done',
    {
      config: { access: 'cases:write' },
      schema: {
        tags,
        summary: 'Mark a task done',
        params: caseParams.extend({
          task: z.string().regex(/^T-[0-9A-F]{8}$/, 'a task id such as T-1A2B3C4D'),
        }),
      },
    },
    async (request) => {
      const viewer = viewerOf(request);
      const { id, task } = request.params;
      await ensureVisible(workspace, viewer, id);
      const state = await workspace.cases.act(id, { action: 'task.done', id: task }, actorOf(request));
      await recordCase(workspace, request, id, 'task.done', { detail: task });
      return caseAnswer(workspace, viewer, state);
    },
  );

  api.get(
    '/api/cases/:id/check',
    {
      config: { access: 'cases:read' },
      schema: {
        tags,
        summary: "Check the stored ledger against its signed heads and each item's content against its hash",
        params: caseParams,
      },
    },
    async (request) => {
      const viewer = viewerOf(request);
      const { id } = request.params;
      await ensureVisible(workspace, viewer, id);
      const checked = await workspace.cases.check(id);
      await recordCase(workspace, request, id, 'check', {
        detail: checked.problems.length ? `${checked.problems.length} problems` : 'intact',
      });
      return checked;
    },
  );

  api.post(
    '/api/cases/:id/export',
    {
      config: { access: 'cases:read' },
      schema: {
        tags,
        summary: 'Export the case as a bundle (zip) that `molehunt verify` checks offline',
        params: caseParams,
        body: z.strictObject({ reason: reasonField }).optional(),
      },
    },
    async (request, reply) => {
      const viewer = viewerOf(request);
      const { id } = request.params;
      const state = await visibleCase(workspace, viewer, id);
      if (!mayExport(viewer, state)) {
        throw new MolehuntError(
          'MH_ERR_FORBIDDEN',
          `the bundle's report names the subjects: unmask ${state.subjects.filter((s) => !viewer.revealed.has(s)).join(', ')} first, with a reason that names case ${id}`,
        );
      }
      const render = reportRenderer(workspace.store, workspace.cases, {
        timeZone: await workspace.timeZone(),
        clauses: await workspace.policy.clauses(),
      });
      const reason = request.body?.reason;
      const { zip, head } = await exportBundle(workspace.cases, id, actorOf(request, reason), render);
      await recordCase(workspace, request, id, 'export', {
        detail: `${head.size} entries, root ${head.root}`,
        ...(reason ? { reason } : {}),
      });
      reply.header('content-type', 'application/zip');
      reply.header('content-disposition', `attachment; filename="${id}-${head.size}.zip"`);
      return reply.send(Buffer.from(zip));
    },
  );

  api.get(
    '/api/ledger-key',
    {
      config: { access: 'cases:read' },
      schema: { tags, summary: 'The public key case bundles are signed with, and its fingerprint' },
    },
    () => ({ publicKey: workspace.cases.publicKey, fingerprint: keyFingerprint(workspace.cases.publicKey) }),
  );
}
