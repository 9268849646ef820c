/** @module Import batches and the quarantine: the accounting that makes every record read reconcile. */
import { type ImportBatch, MolehuntError, type QuarantineRecord } from '../../model/index.js';
import type { Page, QuarantineQuery } from '../contract.js';
import { Params, pageSize, whereSql } from './filters.js';
import type { Db, Row } from './session.js';

const batchColumns =
  'id, profile, source, files, started_at, finished_at, read, stored, duplicates, quarantined, entities, status';

function batchValues(batch: ImportBatch): (string | number | null)[] {
  return [
    batch.id,
    batch.profile,
    batch.source,
    JSON.stringify(batch.files),
    batch.startedAt,
    batch.finishedAt ?? null,
    batch.read,
    batch.stored,
    batch.duplicates,
    batch.quarantined,
    batch.entities,
    batch.status,
  ];
}

/** Records a new batch; a batch id already used is refused, as a second run must not overwrite the first's counts. */
export async function beginImport(db: Db, batch: ImportBatch): Promise<void> {
  const [used] = await db.rows('SELECT 1 FROM imports WHERE id = $1', [batch.id]);
  if (used) {
    throw new MolehuntError(
      'MH_ERR_USAGE',
      `import batch "${batch.id}" exists already; give each import run a new id`,
    );
  }
  const values = batchValues(batch);
  await db.run(
    `INSERT INTO imports (${batchColumns}) VALUES (${values.map((_, i) => `$${i + 1}`).join(', ')})`,
    values,
  );
}

/** Replaces a begun batch's counts, files, end time and status. */
export async function finishImport(db: Db, batch: ImportBatch): Promise<void> {
  const [id, ...rest] = batchValues(batch);
  const sets = batchColumns
    .split(', ')
    .slice(1)
    .map((column, i) => `${column} = $${i + 2}`);
  const updated = await db.rows(`UPDATE imports SET ${sets.join(', ')} WHERE id = $1 RETURNING id`, [
    id ?? null,
    ...rest,
  ]);
  if (!updated.length) {
    throw new MolehuntError(
      'MH_ERR_USAGE',
      `no import batch "${batch.id}" was begun; call beginImport first`,
    );
  }
}

function toBatch(row: Row): ImportBatch {
  const batch: ImportBatch = {
    id: row.id as string,
    profile: row.profile as string,
    source: row.source as string,
    files: JSON.parse(row.files as string),
    startedAt: Number(row.started_at),
    read: Number(row.read),
    stored: Number(row.stored),
    duplicates: Number(row.duplicates),
    quarantined: Number(row.quarantined),
    entities: Number(row.entities),
    status: row.status as ImportBatch['status'],
  };
  if (row.finished_at !== null) batch.finishedAt = Number(row.finished_at);
  return batch;
}

/** The most recent batches first. */
export async function listImports(db: Db, limit?: number): Promise<ImportBatch[]> {
  const rows = await db.rows(
    `SELECT ${batchColumns} FROM imports ORDER BY started_at DESC, id DESC LIMIT ${pageSize(limit, 100)}`,
  );
  return rows.map(toBatch);
}

/** Appends quarantined records in order; `raw` is cut to 2,000 characters. */
export async function addQuarantine(db: Db, records: readonly QuarantineRecord[]): Promise<void> {
  if (!records.length) return;
  const rows = records.map((r) => ({ ...r, raw: r.raw.slice(0, 2000) }));
  await db.run(
    `INSERT INTO quarantine (seq, batch, file, line, field, reason, raw, quarantined_at)
     SELECT (SELECT coalesce(max(seq), 0) FROM quarantine) + ordinality, q->>'batch', q->>'file', (q->>'line')::BIGINT,
       q->>'field', q->>'reason', q->>'raw', (q->>'at')::BIGINT
     FROM unnest(json_extract($1, '$[*]')) WITH ORDINALITY AS t(q, ordinality)`,
    [JSON.stringify(rows)],
  );
}

function toRecord(row: Row): QuarantineRecord {
  const record: QuarantineRecord = {
    batch: row.batch as string,
    file: row.file as string,
    line: Number(row.line),
    reason: row.reason as string,
    raw: row.raw as string,
    at: Number(row.quarantined_at),
  };
  if (row.field !== null) record.field = row.field as string;
  return record;
}

/** A page of quarantined records in the order they were added; the cursor is the last record's sequence number. */
export async function readQuarantine(db: Db, query: QuarantineQuery): Promise<Page<QuarantineRecord>> {
  const limit = pageSize(query.limit, 1000);
  const p = new Params();
  const where: string[] = [];
  if (query.batch !== undefined) where.push(`batch = ${p.add(query.batch)}`);
  if (query.file !== undefined) where.push(`file = ${p.add(query.file)}`);
  if (query.after !== undefined) {
    const after = Number(query.after);
    if (!Number.isSafeInteger(after)) {
      throw new MolehuntError(
        'MH_ERR_USAGE',
        `"${query.after}" is not a quarantine cursor; ask again without "after"`,
      );
    }
    where.push(`seq > ${p.add(after)}::BIGINT`);
  }
  const rows = await db.rows(
    `SELECT seq::DOUBLE AS seq, batch, file, line, field, reason, raw, quarantined_at FROM quarantine ${whereSql(where)}
     ORDER BY seq LIMIT ${limit + 1}`,
    p.values,
  );
  const items = rows.slice(0, limit).map(toRecord);
  const last = rows[limit - 1];
  return rows.length > limit && last ? { items, next: String(last.seq) } : { items };
}
