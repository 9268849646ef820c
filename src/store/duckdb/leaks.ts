/** @module The leak registry: documents and their texts, each document's one distribution, and every copy issued. */
import { MolehuntError } from '../../model/index.js';
import type { LeakClassification, LeakDistribution, LeakDocument, LeakVariant } from '../leak-records.js';
import type { Db, Row } from './session.js';

export async function saveLeakDocument(db: Db, document: LeakDocument, text: string): Promise<void> {
  const [taken] = await db.rows('SELECT count(*)::INTEGER AS n FROM leak_documents WHERE id = $1', [
    document.id,
  ]);
  if (Number(taken?.n) > 0) {
    throw new MolehuntError('MH_ERR_CONFLICT', `a document ${document.id} is registered already`);
  }
  await db.run(
    `INSERT INTO leak_documents (id, title, language, classification, owner, file_name, media_type, sha256, size,
       characters, registered_at, registered_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
    [
      document.id,
      document.title,
      document.language,
      document.classification,
      document.owner ?? null,
      document.fileName,
      document.mediaType,
      document.sha256,
      document.size,
      document.characters,
      document.registeredAt,
      document.registeredBy,
    ],
  );
  await db.run('INSERT INTO leak_document_texts (doc_id, text) VALUES ($1, $2)', [document.id, text]);
}

function toDocument(row: Row): LeakDocument {
  return {
    id: row.id as string,
    title: row.title as string,
    language: row.language as LeakDocument['language'],
    classification: row.classification as LeakClassification,
    ...(row.owner === null ? {} : { owner: row.owner as string }),
    fileName: row.file_name as string,
    mediaType: row.media_type as string,
    sha256: row.sha256 as string,
    size: Number(row.size),
    characters: Number(row.characters),
    registeredAt: Number(row.registered_at),
    registeredBy: row.registered_by as string,
  };
}

export async function readLeakDocuments(db: Db, id?: string): Promise<LeakDocument[]> {
  const rows = await db.rows(
    `SELECT * FROM leak_documents ${id === undefined ? '' : 'WHERE id = $1'} ORDER BY registered_at DESC, id`,
    id === undefined ? [] : [id],
  );
  return rows.map(toDocument);
}

export async function readLeakDocumentText(db: Db, id: string): Promise<string | undefined> {
  const [row] = await db.rows('SELECT text FROM leak_document_texts WHERE doc_id = $1', [id]);
  return row?.text as string | undefined;
}

/** Checked inside the transaction, so two distributions of one document cannot both be stored. */
export async function saveLeakDistribution(
  db: Db,
  distribution: LeakDistribution,
  plan: string,
  variants: readonly LeakVariant[],
): Promise<void> {
  const issued = await db.rows('SELECT recipient FROM leak_variants WHERE doc_id = $1 ORDER BY recipient', [
    distribution.docId,
  ]);
  const [previous] = await db.rows('SELECT 1 AS found FROM leak_distributions WHERE doc_id = $1', [
    distribution.docId,
  ]);
  if (previous || issued.length) {
    const have = new Set(issued.map((row) => row.recipient as string));
    const again = distribution.recipients.filter((r) => have.has(r));
    throw new MolehuntError(
      'MH_ERR_LEAK_DISTRIBUTED',
      `document ${distribution.docId} was distributed already${again.length ? `, and ${again.join(', ')} ${again.length === 1 ? 'has' : 'have'} a copy` : ''}: register a new version to send it to more people`,
    );
  }
  await db.run(
    `INSERT INTO leak_distributions (doc_id, recipients, invisible_marks, plan, distributed_at, distributed_by)
     VALUES ($1, $2, $3, $4, $5, $6)`,
    [
      distribution.docId,
      JSON.stringify(distribution.recipients),
      distribution.invisibleMarks,
      plan,
      distribution.distributedAt,
      distribution.distributedBy,
    ],
  );
  for (const variant of variants) {
    await db.run(
      'INSERT INTO leak_variants (doc_id, recipient, codeword, marks, text) VALUES ($1, $2, $3, $4, $5)',
      [
        distribution.docId,
        variant.recipient,
        JSON.stringify(variant.codeword),
        variant.marks ? JSON.stringify(variant.marks) : null,
        variant.text,
      ],
    );
  }
}

export async function readLeakDistribution(db: Db, docId: string): Promise<LeakDistribution | undefined> {
  const [row] = await db.rows(
    `SELECT recipients, invisible_marks, distributed_at::DOUBLE AS distributed_at, distributed_by
     FROM leak_distributions WHERE doc_id = $1`,
    [docId],
  );
  if (!row) return undefined;
  return {
    docId,
    recipients: JSON.parse(row.recipients as string) as string[],
    invisibleMarks: row.invisible_marks as boolean,
    distributedAt: Number(row.distributed_at),
    distributedBy: row.distributed_by as string,
  };
}

export async function readLeakPlan(db: Db, docId: string): Promise<string | undefined> {
  const [row] = await db.rows('SELECT plan FROM leak_distributions WHERE doc_id = $1', [docId]);
  return row?.plan as string | undefined;
}

export async function readLeakVariantText(
  db: Db,
  docId: string,
  recipient: string,
): Promise<string | undefined> {
  const [row] = await db.rows('SELECT text FROM leak_variants WHERE doc_id = $1 AND recipient = $2', [
    docId,
    recipient,
  ]);
  return row?.text as string | undefined;
}
