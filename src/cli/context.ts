/** @module The composition root for the CLI in embedded mode: settings, then the DuckDB store in the data directory. */
import { mkdirSync } from 'node:fs';
import { userInfo } from 'node:os';
import { join, resolve } from 'node:path';
import type { Command } from 'commander';
import { type Config, loadConfig } from '../config/index.js';
import type { Actor } from '../privacy/index.js';
import { openDuckDbStore } from '../store/duckdb/index.js';
import type { Store } from '../store/index.js';

/** Options every subcommand takes. */
export interface CommonOptions {
  data?: string;
  tz?: string;
}

/** Adds the options every subcommand shares (`--data`, `--tz`). */
export function withCommonOptions(command: Command): Command {
  return command
    .option('--data <dir>', 'data directory (default ./data, or MOLEHUNT_DATA_DIR)')
    .option('--tz <zone>', 'time zone to show times in, e.g. Asia/Shanghai (default: this machine’s)');
}

/** Resolves the settings from the environment and the subcommand's flags. */
export function configFrom(options: CommonOptions): Config {
  return loadConfig({ overrides: { dataDir: options.data, displayTimeZone: options.tz } });
}

/** The database file inside a data directory. */
export function databasePath(config: Config): string {
  return join(resolve(config.dataDir), 'molehunt.duckdb');
}

/** Opens the embedded store in the data directory; the caller closes it. */
export async function openStore(config: Config): Promise<Store> {
  mkdirSync(resolve(config.dataDir), { recursive: true });
  return openDuckDbStore({ path: databasePath(config), threads: config.duckdbThreads });
}

/** Opens the store, runs `work` with it and always closes it, so the database file is never left locked. */
export async function withStore<T>(config: Config, work: (store: Store) => Promise<T>): Promise<T> {
  const store = await openStore(config);
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}

/**
 * Who the command line acts as, in the audit trail and case ledgers: the shell user, as an admin. Whoever can run
 * molehunt on the data directory owns it anyway.
 */
export function cliActor(): Actor {
  return { user: `cli:${userInfo().username}`, roles: ['admin'], ip: 'local' };
}

/** Commander's collector for an option given again and again (`--role a --role b`). */
export function collect(value: string, all: string[] = []): string[] {
  return [...all, value];
}
