/** @module The model: Event, Entity, Relation, import accounting, the field dictionary and the error catalogue. */

export {
  type AuditEntry,
  type AuditInput,
  type Role,
  roleNames,
  type SessionRecord,
  type UnmaskRequest,
  type UserRecord,
} from './access.js';
export {
  type CaseAction,
  type CaseStatus,
  type CaseSummary,
  type CaseTreeHead,
  caseStatuses,
  committeeStatuses,
  defaultPolicyClauses,
  type EvidenceItem,
  type EvidenceKind,
  evidenceKinds,
  inlineEvidenceTypes,
  type LedgerEntry,
  type NoticeLanguage,
  noticeLanguages,
  type PolicyClause,
  type Sanction,
  type StoredLedgerEntry,
  sanctionNames,
  statusMoves,
  type Vote,
  voteNames,
} from './case.js';
export { describeEvent } from './describe-event.js';
export type { Entity, EntityRef, EntityType, Names, Relation, RelationType } from './entity.js';
export {
  entityRef,
  entitySchema,
  entityTypes,
  parseEntityRef,
  relationSchema,
  relationTypes,
} from './entity.js';
export type { ErrorCode } from './errors.js';
export { errorCatalogue, isMolehuntError, MolehuntError } from './errors.js';
export type { Event, EventKind, FieldValue, RawRef } from './event.js';
export { eventKindNames, eventKinds, eventProblem, eventSchema, rawRefSchema } from './event.js';
export type { FieldSpec, FieldType } from './fields.js';
export { allFields, attributeFields, coreFields, fieldSpec } from './fields.js';
export { eventId, eventIdForKey } from './ids.js';
export type { ImportBatch, QuarantineRecord } from './imports.js';
export { type Lane, laneOfKind } from './lanes.js';
export { renderErrorsDoc, renderFieldsDoc } from './reference-docs.js';
export { type Signal, signalId } from './signal.js';
export { formatTime, isTimeZone, startOfDay, wallClock, wallTimeToUtc, zoneOffsetMs } from './time.js';
