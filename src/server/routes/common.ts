/** @module What every route module shares: paging of in-memory lists, the viewer, and recording reads and changes. */
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { type AuditInput, MolehuntError } from '../../model/index.js';
import type { Viewer } from '../viewers.js';
import type { Workspace, WorkspaceView } from '../workspace.js';

export const pageQuery = {
  limit: z.coerce.number().int().min(1).max(500).default(50),
  cursor: z.string().regex(/^\d+$/, 'a cursor is the `next` of the previous page').optional(),
};

/** A page of a list held in memory; the cursor is the offset of the next item. */
export function pageOf<T>(
  items: readonly T[],
  limit: number,
  cursor?: string,
): { items: T[]; next?: string } {
  const start = cursor ? Number(cursor) : 0;
  const page = items.slice(start, start + limit);
  return start + limit < items.length ? { items: page, next: String(start + limit) } : { items: page };
}

/** The logged-in viewer; routes that reach here have passed the access hook. */
export function viewerOf(request: FastifyRequest): Viewer {
  if (!request.viewer) throw new MolehuntError('MH_ERR_UNAUTHENTICATED', 'log in first');
  return request.viewer;
}

/** The viewer as the audit trail records who acted: the account, its roles, the address. */
export function auditActorOf(request: FastifyRequest): Pick<AuditInput, 'user' | 'roles' | 'ip'> {
  const viewer = viewerOf(request);
  return { user: viewer.user.username, roles: viewer.user.roles, ip: request.ip };
}

/** Appends an audit entry for the viewer's action. */
export function record(
  workspace: Workspace,
  request: FastifyRequest,
  entry: Omit<AuditInput, 'at' | 'user' | 'roles' | 'ip'>,
): Promise<unknown> {
  return workspace.store.appendAudit({ at: Date.now(), ...auditActorOf(request), ...entry });
}

/**
 * The person a `ref` names for this viewer, or 404. The message never repeats the ref: a masked viewer who typed a
 * real id must not learn whether it exists (or, through the masker, its pseudonym).
 */
export function resolvePerson(view: WorkspaceView, viewer: Viewer, ref: string): string {
  const id = view.directory.resolve(ref, viewer.revealed);
  if (!id || !view.persons.has(id)) {
    throw new MolehuntError(
      'MH_ERR_NOT_FOUND',
      'no person with that reference is visible to you; use the ref shown in the alerts queue',
    );
  }
  return id;
}

/**
 * The open alert an `id` names for this viewer. An alert's id carries its person (`<person>@<opened>`), so the
 * viewer sees it with the person's ref in place of the id: resolved the same way, with the same 404.
 */
export function resolveAlert(
  view: WorkspaceView,
  viewer: Viewer,
  id: string,
): WorkspaceView['alerts'][number] {
  const at = id.lastIndexOf('@');
  const person = at > 0 ? resolvePerson(view, viewer, id.slice(0, at)) : undefined;
  const alert = person && view.alerts.find((candidate) => candidate.id === `${person}${id.slice(at)}`);
  if (!alert) {
    throw new MolehuntError(
      'MH_ERR_NOT_FOUND',
      'no open alert has that id; use the id the alerts queue shows',
    );
  }
  return alert;
}
