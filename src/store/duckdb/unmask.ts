/** @module Unmask requests and their decisions. */
import type { UnmaskRequest } from '../../model/index.js';
import type { UnmaskQuery } from '../contract.js';
import { Params, whereSql } from './filters.js';
import type { Db, Row } from './session.js';

export async function saveUnmaskRequest(db: Db, request: UnmaskRequest): Promise<void> {
  await db.run(
    `INSERT OR REPLACE INTO unmask_requests
       (id, person, requested_by, reason, case_id, requested_at, status, decided_by, decided_at, note, expires_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
    [
      request.id,
      request.person,
      request.requestedBy,
      request.reason,
      request.caseId ?? null,
      request.at,
      request.status,
      request.decidedBy ?? null,
      request.decidedAt ?? null,
      request.note ?? null,
      request.expiresAt ?? null,
    ],
  );
}

function toRequest(row: Row): UnmaskRequest {
  const request: UnmaskRequest = {
    id: row.id as string,
    person: row.person as string,
    requestedBy: row.requested_by as string,
    reason: row.reason as string,
    at: Number(row.requested_at),
    status: row.status as UnmaskRequest['status'],
  };
  if (row.case_id !== null) request.caseId = row.case_id as string;
  if (row.decided_by !== null) request.decidedBy = row.decided_by as string;
  if (row.decided_at !== null) request.decidedAt = Number(row.decided_at);
  if (row.note !== null) request.note = row.note as string;
  if (row.expires_at !== null) request.expiresAt = Number(row.expires_at);
  return request;
}

export async function readUnmaskRequests(db: Db, query: UnmaskQuery): Promise<UnmaskRequest[]> {
  const p = new Params();
  const where: string[] = [];
  if (query.status !== undefined) where.push(`status = ${p.add(query.status)}`);
  if (query.person !== undefined) where.push(`person = ${p.add(query.person)}`);
  if (query.requestedBy !== undefined) where.push(`requested_by = ${p.add(query.requestedBy)}`);
  const rows = await db.rows(
    `SELECT * FROM unmask_requests ${whereSql(where)} ORDER BY requested_at DESC, id`,
    p.values,
  );
  return rows.map(toRequest);
}
