/**
 * @module Staging: an encoded batch copied into a temporary table as three columns: the UUID, the lanes as a
 * fixed-size array of 128-bit integers, and the attributes' JSON text. Each fixed-width column costs DuckDB ~25 ns a
 * row to append, whatever its width, so the numbers travel as few, wide columns (measured: 52 ns a row for UUID +
 * UINTEGER[8], 102 ns for UUID + 2 UHUGEINT); the text costs ~0.15 µs a row, less than any dictionary of unique
 * objects passed as a parameter (2 µs an event when every event's attributes differ, as with record numbers).
 */
import {
  DuckDBArrayType,
  DuckDBDataChunk,
  DuckDBUHugeIntType,
  DuckDBUUIDType,
  DuckDBVarCharType,
} from '@duckdb/node-api';
import duckdb from '@duckdb/node-bindings';
import { type EncodedBatch, width } from './encode.js';
import type { Db } from './session.js';

/** The staging table, in the connection's temporary catalog so it never reaches the database file. */
export const stageTable = 'temp.main.molehunt_stage';

/** Replaces the staging table's contents with `batch`. */
export async function stageBatch(db: Db, batch: EncodedBatch): Promise<void> {
  const words = width / 4;
  await db.run(
    `CREATE OR REPLACE TEMP TABLE molehunt_stage (id UUID NOT NULL, l UHUGEINT[${words}] NOT NULL, a VARCHAR NOT NULL)`,
  );
  const appender = await db.connection.createAppender('molehunt_stage', 'main', 'temp');
  try {
    const chunk = DuckDBDataChunk.create([
      DuckDBUUIDType.instance,
      new DuckDBArrayType(DuckDBUHugeIntType.instance, words),
      DuckDBVarCharType.instance,
    ]);
    const ids = duckdb.data_chunk_get_vector(chunk.chunk, 0);
    const lanes = duckdb.array_vector_get_child(duckdb.data_chunk_get_vector(chunk.chunk, 1));
    const attrs = duckdb.data_chunk_get_vector(chunk.chunk, 2);
    const rowBytes = width * 4;
    const size = duckdb.vector_size();
    for (let from = 0; from < batch.count; from += size) {
      const rows = Math.min(size, batch.count - from);
      // Both copies are bounded by the chunk's capacity: `rows` never exceeds the vector size.
      duckdb.copy_data_to_vector(ids, 0, batch.ids.buffer, from * 16, rows * 16);
      duckdb.copy_data_to_vector(lanes, 0, batch.lanes.buffer, from * rowBytes, rows * rowBytes);
      for (let row = 0; row < rows; row++)
        duckdb.vector_assign_string_element(attrs, row, batch.attrs[from + row]!);
      chunk.rowCount = rows;
      appender.appendDataChunk(chunk);
    }
    appender.flushSync();
  } finally {
    appender.closeSync();
  }
}
