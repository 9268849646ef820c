/** @module Case ledgers, their signed tree heads and the cases' summaries. */
import {
  type CaseStatus,
  type CaseSummary,
  type CaseTreeHead,
  MolehuntError,
  type StoredLedgerEntry,
} from '../../model/index.js';
import type { Db, Row } from './session.js';

export async function appendLedger(
  db: Db,
  entry: StoredLedgerEntry,
  head: CaseTreeHead,
  summary: CaseSummary,
): Promise<void> {
  // Checked inside the transaction, so two writers cannot both take the same seq.
  const [taken] = await db.rows(
    'SELECT count(*)::INTEGER AS n FROM case_ledger WHERE case_id = $1 AND seq = $2',
    [entry.caseId, entry.seq],
  );
  if (Number(taken?.n) > 0) {
    throw new MolehuntError(
      'MH_ERR_CONFLICT',
      `case ${entry.caseId}: ledger entry ${entry.seq} was appended by another writer; reload the case and try again`,
    );
  }
  await db.run('INSERT INTO case_ledger (case_id, seq, body, leaf_hash) VALUES ($1, $2, $3, $4)', [
    entry.caseId,
    entry.seq,
    entry.body,
    entry.leafHash,
  ]);
  await db.run(
    'INSERT INTO case_heads (case_id, size, root, signed_at, signature) VALUES ($1, $2, $3, $4, $5)',
    [head.caseId, head.size, head.root, head.at, head.signature],
  );
  await db.run(
    `INSERT OR REPLACE INTO cases (id, title, status, hold, subjects, opened_at, opened_by, updated_at, size)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
    [
      summary.id,
      summary.title,
      summary.status,
      summary.hold,
      JSON.stringify(summary.subjects),
      summary.openedAt,
      summary.openedBy,
      summary.updatedAt,
      summary.size,
    ],
  );
}

export async function readLedger(db: Db, caseId: string, fromSeq: number): Promise<StoredLedgerEntry[]> {
  const rows = await db.rows(
    'SELECT seq::DOUBLE AS seq, body, leaf_hash FROM case_ledger WHERE case_id = $1 AND seq >= $2 ORDER BY seq',
    [caseId, fromSeq],
  );
  return rows.map((row) => ({
    caseId,
    seq: Number(row.seq),
    body: row.body as string,
    leafHash: row.leaf_hash as string,
  }));
}

export async function readTreeHeads(db: Db, caseId: string): Promise<CaseTreeHead[]> {
  const rows = await db.rows(
    `SELECT size::DOUBLE AS size, root, signed_at::DOUBLE AS signed_at, signature
     FROM case_heads WHERE case_id = $1 ORDER BY size`,
    [caseId],
  );
  return rows.map((row) => ({
    caseId,
    size: Number(row.size),
    root: row.root as string,
    at: Number(row.signed_at),
    signature: row.signature as string,
  }));
}

function toSummary(row: Row): CaseSummary {
  return {
    id: row.id as string,
    title: row.title as string,
    status: row.status as CaseStatus,
    hold: row.hold as boolean,
    subjects: JSON.parse(row.subjects as string) as string[],
    openedAt: Number(row.opened_at),
    openedBy: row.opened_by as string,
    updatedAt: Number(row.updated_at),
    size: Number(row.size),
  };
}

export async function readCases(db: Db, id?: string): Promise<CaseSummary[]> {
  const rows = await db.rows(
    `SELECT * FROM cases ${id === undefined ? '' : 'WHERE id = $1'} ORDER BY updated_at DESC, id`,
    id === undefined ? [] : [id],
  );
  return rows.map(toSummary);
}
