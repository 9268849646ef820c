/**
 * @module The shapes the HTTP API answers with, as docs/api.md describes them. Where the server's own model already
 * names a shape, it is imported from there (types only, plus the role names), so the two cannot drift apart.
 */
import type { CaseState } from '../../../src/cases/case-state';
import type { LedgerProblem } from '../../../src/cases/check-ledger';
import type { UnmaskRequest as ModelUnmaskRequest, Role, UserRecord } from '../../../src/model/access';
import type { CaseSummary, NoticeLanguage, PolicyClause } from '../../../src/model/case';
import type { Permission } from '../../../src/privacy/roles';
import type { Stage } from '../../../src/risk/score';

export { type AuditEntry, type Role, roleNames } from '../../../src/model/access';
export type { ImportBatch, QuarantineRecord } from '../../../src/model/imports';
export type { Permission } from '../../../src/privacy/roles';

/** An account as the users page lists it: never its password hash. */
export type User = Omit<UserRecord, 'passwordHash' | 'updatedAt'>;

export interface Session {
  user: { username: string; roles: Role[]; mustChangePassword: boolean };
  permissions: Permission[];
  csrfToken: string;
}

export interface Page<T> {
  items: T[];
  next?: string;
}

export interface Stats {
  events: number;
  persons: number;
  signals: number;
  alerts: number;
  firstEvent: number;
  lastEvent: number;
  asOf: number;
  timeZone: string;
}

/** A person as any answer names them: the pseudonym until this user has unmasked them. */
export interface PersonRef {
  ref: string;
  pseudonym: string;
  masked: boolean;
  department?: string;
  priority?: boolean;
  id?: string;
  name?: string;
  nameEn?: string;
  role?: string;
}

export { type Stage, stages as stageNames } from '../../../src/risk/score';

export interface Booster {
  kind: string;
  factor: number;
  reason: string;
  reasonZh: string;
  since: number;
}

export interface Bilingual {
  en: string;
  zh: string;
}

export interface Alert {
  id: string;
  person: PersonRef;
  risk: number;
  opened: number;
  updated: number;
  cause: 'threshold' | 'stages';
  stages: Stage[];
  signalCount: number;
  rules: { rule: string; title: string; titleZh: string }[];
  boosters: Booster[];
  explanation: Bilingual;
}

export interface PersonSignal {
  id: string;
  rule: string;
  title: string;
  titleZh: string;
  level: string;
  time: number;
  stages: Stage[];
  points: number;
  now: number;
  events: string[];
  asset?: Booster;
  attribution?: { reason: string; reasonZh: string };
}

export interface PersonDetail {
  person: PersonRef;
  asOf: number;
  risk: { value: number; stages: Stage[]; boosters: Booster[] };
  alert?: { id: string; opened: number; cause: string };
  /** The work day of the weightiest signal: where the timeline opens. */
  focus?: { from: number; to: number; signal: number };
  signals: PersonSignal[];
}

export const laneNames = ['physical', 'digital', 'communication', 'hr'] as const;
export type Lane = (typeof laneNames)[number];

export interface TimelineItem {
  id: string;
  time: number;
  lane: Lane;
  kind: string;
  action: string;
  source: string;
  target?: string;
  summary: string;
  attrs: Record<string, unknown>;
  raw: { file: string; line: number };
  signals: string[];
}

export interface Timeline extends Page<TimelineItem> {
  from: number;
  to: number;
}

export interface RiskSeries {
  points: { at: number; risk: number }[];
}

export type UnmaskAnswer =
  | { status: 'granted'; person: PersonRef; expires: number }
  | { status: 'pending'; requestId: string };

/** An unmask request as the API lists it: the person as this viewer may see them. */
export type UnmaskRequest = Omit<ModelUnmaskRequest, 'person'> & { person: PersonRef };

export interface Rule {
  id: string;
  title: string;
  titleZh: string;
  level: string;
  kind: 'detection' | 'correlation';
  stages: Stage[];
  enabled: boolean;
  hits: number;
  description?: string;
}

export interface Job {
  id: string;
  kind: 'import' | 'rule-run';
  status: 'running' | 'done' | 'failed';
  progress: { done: number; total: number };
  startedAt: number;
  finishedAt?: number;
  result?: unknown;
  error?: string;
}

/** api.md names `source` and `format`; the server answers `kind` (a bundle reads several files and cannot be uploaded). */
export interface Profile {
  name: string;
  description: string;
  kind?: 'events' | 'entities' | 'bundle';
  source?: string;
  format?: string;
}

export type { CaseDecision, CaseEvidence, CaseState, CustodyStep } from '../../../src/cases/case-state';
export type { LedgerProblem } from '../../../src/cases/check-ledger';
export {
  type CaseStatus,
  caseStatuses,
  type EvidenceKind,
  evidenceKinds,
  type LedgerEntry,
  type NoticeLanguage,
  noticeLanguages,
  type PolicyClause,
  type Sanction,
  sanctionNames,
  statusMoves,
  type Vote,
  voteNames,
} from '../../../src/model/case';

/** A case in the list: its subjects as this viewer may see them. */
export type CaseListItem = Omit<CaseSummary, 'subjects'> & { subjects: PersonRef[] };

/** `GET /api/cases/{id}`: the case as its ledger folds, the subjects as this viewer may see them, the last head. */
export interface CaseDetail {
  case: CaseState;
  subjects: PersonRef[];
  head?: { size: number; root: string; at: number };
  /** Whether this viewer may export the bundle (an investigator must have unmasked every subject). */
  canExport: boolean;
}

/** `GET /api/cases/{id}/check`: no problems means intact. */
export interface CaseCheck {
  caseId: string;
  size: number;
  root?: string;
  problems: LedgerProblem[];
}

/** A variable a notice template may use; a list (`clauses`, `sanctions`) names what each of its items holds. */
export interface TemplateVariable {
  name: string;
  description: string;
  items?: { name: string; description: string }[];
}

export interface Policy {
  clauses: PolicyClause[];
  notices: Record<NoticeLanguage, string>;
  variables: TemplateVariable[];
}

/** A generated internal notice of an adopted decision. */
export interface Notice {
  language: NoticeLanguage;
  text: string;
  sha256: string;
  at: number;
}
