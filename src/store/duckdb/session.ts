/** @module The session: one DuckDB connection, used by one piece of work at a time, in the order the work was asked for. */
import type { DuckDBConnection, DuckDBValue } from '@duckdb/node-api';
import { MolehuntError } from '../../model/index.js';

/** A row as read: column name to plain JS value (numbers, strings, booleans, bigint for BIGINT, null). */
export type Row = Record<string, unknown>;

/** What a piece of work may do while it holds the connection. */
export interface Db {
  readonly connection: DuckDBConnection;
  run(sql: string, params?: DuckDBValue[]): Promise<void>;
  rows(sql: string, params?: DuckDBValue[]): Promise<Row[]>;
}

function dbOn(connection: DuckDBConnection): Db {
  return {
    connection,
    async run(sql, params) {
      await connection.run(sql, params);
    },
    async rows(sql, params) {
      const reader = await connection.runAndReadAll(sql, params);
      return reader.getRowObjectsJS() as Row[];
    },
  };
}

/**
 * Serializes all use of the connection: a DuckDB connection runs one statement at a time, and the appender and the
 * in-memory id set rely on this store being the only writer. Work queued before `close` still runs.
 */
export class Session {
  private readonly db: Db;
  private tail: Promise<unknown> = Promise.resolve();
  private closed = false;

  constructor(
    connection: DuckDBConnection,
    private readonly release: () => void,
  ) {
    this.db = dbOn(connection);
  }

  /** Runs `work` alone on the connection, after all work asked for earlier. */
  exclusive<T>(work: (db: Db) => Promise<T>): Promise<T> {
    if (this.closed) {
      return Promise.reject(
        new MolehuntError('MH_ERR_STORE_OPEN', 'the store is closed; open it again to use it'),
      );
    }
    const result = this.tail.then(() => work(this.db));
    this.tail = result.catch(() => undefined);
    return result;
  }

  /** Runs `work` alone on the connection inside one transaction, rolled back if `work` throws. */
  transaction<T>(work: (db: Db) => Promise<T>): Promise<T> {
    return this.exclusive(async (db) => {
      await db.run('BEGIN TRANSACTION');
      try {
        const result = await work(db);
        await db.run('COMMIT');
        return result;
      } catch (error) {
        await db.run('ROLLBACK').catch(() => undefined);
        throw error;
      }
    });
  }

  /** Reads rows, in turn with other work. */
  rows(sql: string, params?: DuckDBValue[]): Promise<Row[]> {
    return this.exclusive((db) => db.rows(sql, params));
  }

  /** Waits for queued work, then releases the connection and the database file. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.tail;
    this.release();
  }
}
