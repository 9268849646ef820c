/** @module Settings: schema, defaults and how they are resolved. */

export { loadConfig } from './load.js';
export type { Config } from './schema.js';
export { configSchema, envNames } from './schema.js';
export { loadOrCreateSecretFile, type SecretFile } from './secret-file.js';
