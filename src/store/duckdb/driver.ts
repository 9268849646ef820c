/** @module Opens DuckDB on a database file: the instance, its settings, and the one connection the session uses. */
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { MolehuntError } from '../../model/index.js';
import { Session } from './session.js';
import { littleEndian } from './uuid.js';

export interface DriverOptions {
  /** The database file; its directory is created when missing. */
  path: string;
  /** Threads DuckDB may use; unset lets DuckDB choose (all cores). */
  threads?: number;
}

/** Files open in this process: DuckDB's file lock only keeps other processes out, and two writers would corrupt it. */
const openFiles = new Set<string>();

function cannotOpen(path: string, reason: string, cause?: unknown): MolehuntError {
  return new MolehuntError('MH_ERR_STORE_OPEN', `cannot open the database ${path}: ${reason}`, { cause });
}

/**
 * Opens (creating if needed) the database at `options.path`. The file is attached to an in-memory instance because
 * only ATTACH takes its storage options: the 1.5 format (dictionary + FSST strings) and 65,536-row row groups, which
 * let a 100k-event append write compressed row groups directly instead of via the write-ahead log.
 */
export async function openSession(options: DriverOptions): Promise<Session> {
  const path = resolve(options.path);
  if (!littleEndian) throw cannotOpen(path, 'this store needs a little-endian machine');
  if (openFiles.has(path))
    throw cannotOpen(path, 'it is already open in this process; close the other store first');
  try {
    mkdirSync(dirname(path), { recursive: true });
  } catch (cause) {
    throw cannotOpen(path, `its directory cannot be created (${(cause as Error).message})`, cause);
  }
  const settings: Record<string, string> = { temp_directory: `${path}.tmp` };
  if (options.threads !== undefined) settings.threads = String(options.threads);
  let instance: DuckDBInstance | undefined;
  try {
    instance = await DuckDBInstance.create(':memory:', settings);
    const connection = await instance.connect();
    const quoted = `'${path.replaceAll("'", "''")}'`;
    await connection.run(`ATTACH ${quoted} AS molehunt (STORAGE_VERSION 'v1.5.0', ROW_GROUP_SIZE 65536)`);
    await connection.run('USE molehunt');
    openFiles.add(path);
    const opened = instance;
    return new Session(connection, () => {
      connection.closeSync();
      opened.closeSync();
      openFiles.delete(path);
    });
  } catch (cause) {
    instance?.closeSync();
    const message = (cause as Error).message;
    if (/Could not set lock/i.test(message)) {
      throw cannotOpen(
        path,
        'another molehunt process (a running server?) holds it; stop that process, or do this through the running server (web UI or /api)',
        cause,
      );
    }
    throw cannotOpen(
      path,
      `${message.split('\n')[0]}; check that it is a molehunt database and that no other molehunt process uses it`,
      cause,
    );
  }
}
