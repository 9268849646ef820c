/**
 * @module Staging: an encoded batch copied into a temporary table as two columns, the UUID and the lanes as a
 * fixed-size array of 128-bit integers. Each column costs DuckDB ~25 ns a row to append, whatever its width, so
 * fewer, wider columns are cheaper (measured: 52 ns a row for UUID + UINTEGER[8], 102 ns for UUID + 2 UHUGEINT).
 */
import { DuckDBArrayType, DuckDBDataChunk, DuckDBUHugeIntType, DuckDBUUIDType } from '@duckdb/node-api';
import duckdb from '@duckdb/node-bindings';
import { type EncodedBatch, width } from './encode.js';
import type { Db } from './session.js';

/** The staging table, in the connection's temporary catalog so it never reaches the database file. */
export const stageTable = 'temp.main.molehunt_stage';

/** Replaces the staging table's contents with `batch`. */
export async function stageBatch(db: Db, batch: EncodedBatch): Promise<void> {
  const words = width / 4;
  await db.run(
    `CREATE OR REPLACE TEMP TABLE molehunt_stage (id UUID NOT NULL, l UHUGEINT[${words}] NOT NULL)`,
  );
  const appender = await db.connection.createAppender('molehunt_stage', 'main', 'temp');
  try {
    const chunk = DuckDBDataChunk.create([
      DuckDBUUIDType.instance,
      new DuckDBArrayType(DuckDBUHugeIntType.instance, words),
    ]);
    const ids = duckdb.data_chunk_get_vector(chunk.chunk, 0);
    const lanes = duckdb.array_vector_get_child(duckdb.data_chunk_get_vector(chunk.chunk, 1));
    const rowBytes = width * 4;
    const size = duckdb.vector_size();
    for (let from = 0; from < batch.count; from += size) {
      const rows = Math.min(size, batch.count - from);
      // Both copies are bounded by the chunk's capacity: `rows` never exceeds the vector size.
      duckdb.copy_data_to_vector(ids, 0, batch.ids.buffer, from * 16, rows * 16);
      duckdb.copy_data_to_vector(lanes, 0, batch.lanes.buffer, from * rowBytes, rows * rowBytes);
      chunk.rowCount = rows;
      appender.appendDataChunk(chunk);
    }
    appender.flushSync();
  } finally {
    appender.closeSync();
  }
}
