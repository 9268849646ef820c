/** @module The audit trail: appended to, read newest first, never changed. */
import type { AuditEntry, AuditInput, Role } from '../../model/index.js';
import type { AuditQuery, Page } from '../contract.js';
import { Params, pageSize, whereSql } from './filters.js';
import type { Db, Row } from './session.js';

/** Call inside a transaction, so two appends never take the same sequence numbers. Numbers follow the list's order. */
export async function appendAudit(db: Db, entries: readonly AuditInput[]): Promise<AuditEntry[]> {
  const [row] = await db.rows('SELECT coalesce(max(seq), 0)::DOUBLE AS last FROM audit_log');
  const first = Number(row?.last ?? 0) + 1;
  const numbered = entries.map((entry, i) => ({ seq: first + i, ...entry }));
  await db.run(
    `INSERT INTO audit_log (seq, recorded_at, username, roles, action, subject, reason, case_id, ip, detail)
     SELECT (a->>'seq')::BIGINT, (a->>'at')::BIGINT, a->>'user', (a->'roles')::VARCHAR, a->>'action', a->>'subject',
       a->>'reason', a->>'caseId', a->>'ip', a->>'detail'
     FROM unnest(json_extract($1, '$[*]')) AS t(a)`,
    [JSON.stringify(numbered)],
  );
  return numbered;
}

function toEntry(row: Row): AuditEntry {
  const entry: AuditEntry = {
    seq: Number(row.seq),
    at: Number(row.recorded_at),
    user: row.username as string,
    roles: JSON.parse(row.roles as string) as Role[],
    action: row.action as string,
    ip: row.ip as string,
  };
  if (row.subject !== null) entry.subject = row.subject as string;
  if (row.reason !== null) entry.reason = row.reason as string;
  if (row.case_id !== null) entry.caseId = row.case_id as string;
  if (row.detail !== null) entry.detail = row.detail as string;
  return entry;
}

export async function readAudit(db: Db, query: AuditQuery): Promise<Page<AuditEntry>> {
  const limit = pageSize(query.limit, 100);
  const p = new Params();
  const where: string[] = [];
  if (query.user !== undefined) where.push(`username = ${p.add(query.user)}`);
  if (query.action !== undefined) where.push(`action = ${p.add(query.action)}`);
  if (query.subject !== undefined) where.push(`subject = ${p.add(query.subject)}`);
  if (query.from !== undefined) where.push(`recorded_at >= ${p.add(query.from)}::BIGINT`);
  if (query.to !== undefined) where.push(`recorded_at < ${p.add(query.to)}::BIGINT`);
  if (query.beforeSeq !== undefined) where.push(`seq < ${p.add(query.beforeSeq)}::BIGINT`);
  const rows = await db.rows(
    `SELECT seq::DOUBLE AS seq, recorded_at::DOUBLE AS recorded_at, username, roles, action, subject, reason, case_id, ip, detail
     FROM audit_log ${whereSql(where)} ORDER BY seq DESC LIMIT ${limit + 1}`,
    p.values,
  );
  const items = rows.slice(0, limit).map(toEntry);
  const last = items[limit - 1];
  return rows.length > limit && last ? { items, next: String(last.seq) } : { items };
}
