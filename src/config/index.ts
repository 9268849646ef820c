/** @module Settings: schema, defaults and how they are resolved. */
export type { Config } from './schema.js';
export { configSchema, envNames } from './schema.js';
export { loadConfig } from './load.js';
