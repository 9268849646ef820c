/**
 * @module Who sees which case, and the shapes every case route shares. Investigators see every case; the committee
 * sees a case once it is put to them (committee_review and after), and then sees its subjects unmasked.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { CaseActor, CaseState } from '../../cases/index.js';
import { type CaseStatus, committeeStatuses, MolehuntError } from '../../model/index.js';
import { allows, type Permission } from '../../privacy/index.js';
import type { Viewer } from '../viewers.js';
import { personRef } from '../views.js';
import type { Workspace } from '../workspace.js';
import { record, viewerOf } from './common.js';

export const caseParams = z.strictObject({
  id: z.string().regex(/^C-[0-9A-F]{8}$/, 'a case id such as C-1A2B3C4D'),
});

export const reasonField = z
  .string()
  .trim()
  .min(1)
  .max(2000, 'a reason is at most 2,000 characters')
  .optional();

/** Investigators and their peers with cases:write see every case; the committee only those put to it. */
function mayRead(viewer: Viewer, status: CaseStatus): boolean {
  return allows(viewer.user.roles, 'cases:write') || committeeStatuses.includes(status);
}

/**
 * 404, as if the case did not exist, unless this viewer may see it. Reads only the case's summary row: a change
 * folds the ledger itself when it appends.
 */
export async function ensureVisible(workspace: Workspace, viewer: Viewer, id: string): Promise<void> {
  const summary = await workspace.store.caseSummary(id);
  if (!summary || !mayRead(viewer, summary.status)) {
    throw new MolehuntError('MH_ERR_NOT_FOUND', `no case ${id} is visible to you`);
  }
}

/** The case if this viewer may see it; 404 otherwise. */
export async function visibleCase(workspace: Workspace, viewer: Viewer, id: string): Promise<CaseState> {
  await ensureVisible(workspace, viewer, id);
  return workspace.cases.get(id);
}

export function visibleStatuses(viewer: Viewer): (status: CaseStatus) => boolean {
  return (status) => mayRead(viewer, status);
}

/** Who acts, for the ledger: the account, with the reason given. */
export function actorOf(request: FastifyRequest, reason?: string): CaseActor {
  return { actor: viewerOf(request).user.username, ...(reason ? { reason } : {}) };
}

/**
 * Whether the viewer may export: the bundle's report names the subjects, so an investigator must have unmasked
 * each of them; the committee may export what it sees.
 */
export function mayExport(viewer: Viewer, state: CaseState): boolean {
  if (allows(viewer.user.roles, 'cases:decide') && committeeStatuses.includes(state.status)) return true;
  return state.subjects.every((subject) => viewer.revealed.has(subject));
}

/** A case as every case route answers it: the fold, its subjects as person refs, its last signed head. */
export async function caseAnswer(workspace: Workspace, viewer: Viewer, state: CaseState) {
  const view = await workspace.current();
  const head = (await workspace.store.treeHeads(state.id)).at(-1);
  return {
    case: state,
    subjects: state.subjects.map((subject) => personRef(view, subject, viewer.revealed)),
    ...(head ? { head: { size: head.size, root: head.root, at: head.at } } : {}),
    canExport: mayExport(viewer, state),
  };
}

/**
 * Registers a change to a case (`POST /api/cases/:id<path>`): checked visible to the viewer, applied (one ledger
 * entry), recorded in the audit trail under the entry's action, and answered as the case after it.
 */
export function caseChange<Body extends z.ZodObject>(
  app: FastifyInstance,
  workspace: Workspace,
  route: {
    path: string;
    access: Permission;
    tags: string[];
    summary: string;
    body: Body;
    apply: (id: string, body: z.infer<Body>, request: FastifyRequest) => Promise<CaseState>;
    /** The person the audit entry is about, when there is one. */
    auditSubject?: (state: CaseState) => string | undefined;
  },
): void {
  const { path, access, tags, summary, body, apply, auditSubject } = route;
  app
    .withTypeProvider<ZodTypeProvider>()
    .post(
      `/api/cases/:id${path}`,
      { config: { access }, schema: { tags, summary, params: caseParams, body } },
      async (request) => {
        const viewer = viewerOf(request);
        const { id } = request.params;
        await ensureVisible(workspace, viewer, id);
        const state = await apply(id, request.body as z.infer<Body>, request);
        const last = state.entries.at(-1)!;
        const subject = auditSubject?.(state);
        await recordCase(workspace, request, id, last.action.replace(/^case\./, ''), {
          ...(subject ? { subject } : {}),
          ...(last.reason ? { reason: last.reason } : {}),
        });
        return caseAnswer(workspace, viewer, state);
      },
    );
}

/** The audit trail's copy of something done to or read from a case. */
export function recordCase(
  workspace: Workspace,
  request: FastifyRequest,
  caseId: string,
  action: string,
  extra: { subject?: string; reason?: string; detail?: string } = {},
): Promise<unknown> {
  return record(workspace, request, { action: `case.${action}`, caseId, ...extra });
}
