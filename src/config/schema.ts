/** @module The settings: one schema with defaults that rejects unknown keys, overridable by MOLEHUNT_* variables. */
import { z } from 'zod';

export const configSchema = z.strictObject({
  /** Where the database, keys and generated files live. */
  dataDir: z.string().min(1).default('./data'),
  /** Time zone in which times are shown (storage is always UTC). Defaults to the machine's zone. */
  displayTimeZone: z
    .string()
    .min(1)
    .default(() => Intl.DateTimeFormat().resolvedOptions().timeZone),
  /**
   * Time zone of the working day, for detection baselines (usual hours, daily volumes). Defaults to
   * displayTimeZone; set it when the company works in another zone than the one times are shown in.
   */
  workTimeZone: z.string().min(1).optional(),
  /** Address the server listens on: loopback unless you put it behind a TLS proxy on purpose. */
  host: z.string().min(1).default('127.0.0.1'),
  /** Port the server listens on; 0 picks a free one. */
  port: z.coerce.number().int().min(0).max(65_535).default(8080),
  /** Threads DuckDB may use; unset lets DuckDB choose (all cores). */
  duckdbThreads: z.coerce.number().int().positive().optional(),
});

export type Config = z.infer<typeof configSchema>;

/** Environment variable for each setting: dataDir → MOLEHUNT_DATA_DIR. */
export const envNames: Record<keyof Config, string> = {
  dataDir: 'MOLEHUNT_DATA_DIR',
  displayTimeZone: 'MOLEHUNT_DISPLAY_TIME_ZONE',
  workTimeZone: 'MOLEHUNT_WORK_TIME_ZONE',
  host: 'MOLEHUNT_HOST',
  port: 'MOLEHUNT_PORT',
  duckdbThreads: 'MOLEHUNT_DUCKDB_THREADS',
};
