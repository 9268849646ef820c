/** @module The DuckDB adapter's face: the embedded store on one database file. */
import type { Store } from '../contract.js';
import { type DriverOptions, openSession } from './driver.js';
import { migrate } from './migrator.js';
import { DuckDbStore } from './store.js';

/**
 * Opens the store on a DuckDB file (created, with its directory, when missing) and migrates its schema.
 *
 * @example const store = await openDuckDbStore({ path: 'data/molehunt.duckdb' });
 */
export async function openDuckDbStore(options: DriverOptions): Promise<Store> {
  const session = await openSession(options);
  try {
    await session.exclusive((db) => migrate(db));
  } catch (error) {
    await session.close();
    throw error;
  }
  return new DuckDbStore(session);
}
