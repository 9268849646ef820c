/**
 * @module The committee's part of a case: propose a decision, vote once each, close the vote, send the case back
 * for more, and generate the internal notice of an adopted decision (it names the person, so it is theirs alone).
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { type CaseState, giveNotice } from '../../cases/index.js';
import { MolehuntError, noticeLanguages, sanctionNames, voteNames } from '../../model/index.js';
import type { Workspace } from '../workspace.js';
import { actorOf, caseChange, caseParams, reasonField, recordCase, visibleCase } from './case-access.js';
import { resolvePerson, viewerOf } from './common.js';

export function decisionRoutes(app: FastifyInstance, workspace: Workspace): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['committee'];

  /** A committee step, audited as about the person the decision concerns. */
  const step = <Body extends z.ZodObject>(
    path: string,
    summary: string,
    body: Body,
    apply: (id: string, body: z.infer<Body>, request: FastifyRequest) => Promise<CaseState>,
  ) =>
    caseChange(app, workspace, {
      path: `/decision${path}`,
      access: 'cases:decide',
      tags,
      summary,
      body,
      apply,
      auditSubject: (state) => state.decision?.person,
    });

  step(
    '',
    'Propose a decision about one subject (replaces an open proposal and its votes)',
    z.strictObject({
      person: z.string().min(1).max(100),
      clauses: z.array(z.string().min(1).max(50)).min(1, 'name at least one clause violated').max(20),
      sanctions: z
        .array(z.enum(sanctionNames))
        .min(1, 'name at least one sanction')
        .max(sanctionNames.length),
      summary: z.string().trim().min(10, 'give the reasoning, in at least 10 characters').max(20_000),
      reason: reasonField,
    }),
    async (id, body, request) => {
      const person = resolvePerson(await workspace.current(), viewerOf(request), body.person);
      const unknown = await workspace.policy.unknownClauses(body.clauses);
      if (unknown.length) {
        throw new MolehuntError(
          'MH_ERR_BAD_REQUEST',
          `the policy has no clause ${unknown.join(', ')}; GET /api/policy lists them, and an admin adds clauses`,
        );
      }
      return workspace.cases.act(
        id,
        {
          action: 'decision.propose',
          person,
          clauses: [...new Set(body.clauses)],
          sanctions: [...new Set(body.sanctions)],
          summary: body.summary,
        },
        actorOf(request, body.reason),
      );
    },
  );
  step(
    '/vote',
    "Cast this member's vote on the proposal, with a dissent if any",
    z.strictObject({ vote: z.enum(voteNames), dissent: z.string().trim().min(1).max(20_000).optional() }),
    (id, body, request) =>
      workspace.cases.act(
        id,
        { action: 'decision.vote', vote: body.vote, ...(body.dissent ? { dissent: body.dissent } : {}) },
        actorOf(request),
      ),
  );
  step(
    '/close',
    'Close the vote: adopted when approvals outnumber rejections, and the case is decided',
    z.strictObject({ reason: reasonField }),
    async (id, body, request) => {
      const state = await workspace.cases.closeVote(id, actorOf(request, body.reason));
      // An adopted decision is a new disciplinary record, which risk reads.
      if (state.decision?.outcome === 'adopted') workspace.changed();
      return state;
    },
  );
  step(
    '/return',
    'Send the case back to the investigators for more evidence',
    z.strictObject({
      reason: z.string().trim().min(5, 'say what the committee needs, in at least 5 characters').max(2000),
    }),
    async (id, body, request) => {
      const state = await workspace.cases.get(id);
      if (state.status !== 'committee_review') {
        throw new MolehuntError(
          'MH_ERR_CASE_STATE',
          `case ${id} is ${state.status}, not before the committee`,
        );
      }
      return workspace.cases.moveTo(id, 'investigating', actorOf(request, body.reason));
    },
  );

  api.post(
    '/api/cases/:id/notices',
    {
      config: { access: 'cases:decide' },
      schema: {
        tags,
        summary: 'Generate the internal notice of the adopted decision; it names the person, and is recorded',
        params: caseParams,
        body: z.strictObject({ language: z.enum(noticeLanguages) }),
      },
    },
    async (request) => {
      const viewer = viewerOf(request);
      const { id } = request.params;
      const state = await visibleCase(workspace, viewer, id);
      const notice = await giveNotice(
        { store: workspace.store, cases: workspace.cases, policy: workspace.policy },
        state,
        request.body.language,
        await workspace.timeZone(),
        actorOf(request),
      );
      await recordCase(workspace, request, id, 'notice.generate', {
        subject: state.decision!.person,
        detail: `${request.body.language}, sha256 ${notice.sha256}`,
      });
      return notice;
    },
  );
}
