/** @module Ingest: mapping profiles turn CSV and JSONL exports into events and entities, losing nothing. */
export type { Counts } from './accounting.js';
export { type FileReport, readOptions } from './import-file.js';
export { compileEntityMapper } from './map/entity-mapper.js';
export { compileEventMapper } from './map/event-mapper.js';
export { PersonIndex } from './map/persons.js';
export { type ImportReport, type ImportRequest, type PlannedFile, planFiles, runImport } from './pipeline.js';
export {
  builtInProfileDir,
  listProfiles,
  loadProfile,
  type ProfileInfo,
  profileDirs,
  readProfile,
} from './profile/load.js';
export type { Profile } from './profile/schema.js';
export {
  type PushOutput,
  type PushRecordResult,
  type PushRequest,
  type PushSummary,
  pushIngest,
} from './push.js';
export { detectEncoding, openRecordSource } from './read/index.js';
export type { Encoding, ReadOptions, RecordSource, SourceRecord } from './records.js';
