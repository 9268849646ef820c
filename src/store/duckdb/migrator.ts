/** @module Brings a database file's schema up to this code's, one recorded migration at a time. */
import { MolehuntError } from '../../model/index.js';
import { type Migration, migrations } from './migrations.js';
import type { Db } from './session.js';

/**
 * Applies the migrations the file lacks, each in its own transaction with its row in schema_migrations.
 * Refuses (MH_ERR_STORE_MIGRATION) a file migrated by a newer molehunt: this code cannot know that schema.
 */
export async function migrate(db: Db, known: readonly Migration[] = migrations): Promise<void> {
  await db.run(
    'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name VARCHAR NOT NULL, applied_at BIGINT NOT NULL)',
  );
  const [row] = await db.rows('SELECT coalesce(max(version), 0) AS version FROM schema_migrations');
  const current = Number(row?.version ?? 0);
  const latest = known.at(-1)?.version ?? 0;
  if (current > latest) {
    throw new MolehuntError(
      'MH_ERR_STORE_MIGRATION',
      `the database has schema version ${current}, newer than the ${latest} this molehunt knows; ` +
        'upgrade molehunt, or point --data at another directory',
    );
  }
  for (const migration of known.filter((m) => m.version > current)) {
    await db.run('BEGIN TRANSACTION');
    try {
      for (const statement of migration.statements) await db.run(statement);
      await db.run('INSERT INTO schema_migrations VALUES ($1, $2, $3)', [
        migration.version,
        migration.name,
        Date.now(),
      ]);
      await db.run('COMMIT');
    } catch (error) {
      await db.run('ROLLBACK').catch(() => undefined);
      throw error;
    }
  }
}
