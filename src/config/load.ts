/** @module Resolving the settings from defaults, the environment and command-line overrides, in that order. */
import { MolehuntError } from '../model/index.js';
import { type Config, configSchema, envNames } from './schema.js';

/**
 * The settings in force: schema defaults, then MOLEHUNT_* variables, then `overrides` (command-line flags).
 * An unknown MOLEHUNT_* variable or a bad value is an error that names it, so a typo never goes unnoticed.
 *
 * @example loadConfig({ overrides: { dataDir: opts.data } })
 */
export function loadConfig(
  input: { overrides?: Partial<Record<keyof Config, unknown>>; env?: NodeJS.ProcessEnv } = {},
): Config {
  const env = input.env ?? process.env;
  const known = new Set(Object.values(envNames));
  const fromEnv: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(env)) {
    if (!name.startsWith('MOLEHUNT_') || value === undefined) continue;
    if (!known.has(name)) {
      throw new MolehuntError(
        'MH_ERR_CONFIG_INVALID',
        `unknown setting ${name}; the settings are ${[...known].join(', ')}`,
      );
    }
  }
  for (const [key, name] of Object.entries(envNames)) {
    if (env[name] !== undefined && env[name] !== '') fromEnv[key] = env[name];
  }
  const overrides = Object.fromEntries(
    Object.entries(input.overrides ?? {}).filter(([, v]) => v !== undefined),
  );
  const parsed = configSchema.safeParse({ ...fromEnv, ...overrides });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const key = String(issue?.path[0] ?? '');
    const where = key in envNames ? `${key} (${envNames[key as keyof Config]})` : key;
    throw new MolehuntError('MH_ERR_CONFIG_INVALID', `setting ${where}: ${issue?.message ?? 'invalid'}`);
  }
  return parsed.data;
}
