/** @module Who may do what, and the trail they leave: accounts, sessions, audit entries and unmask requests. */

/** The roles of the workspace (docs/api.md, "Roles"); an account may hold several. */
export const roleNames = ['analyst', 'investigator', 'committee', 'auditor', 'admin'] as const;
export type Role = (typeof roleNames)[number];

/** A local account. The password is only ever stored as an argon2id hash. */
export interface UserRecord {
  username: string;
  roles: Role[];
  passwordHash: string;
  /** Set for a one-time password: the user must choose their own before anything else. */
  mustChangePassword: boolean;
  disabled: boolean;
  createdAt: number;
  updatedAt: number;
  lastLoginAt?: number;
}

/** A logged-in session. Only a hash of the cookie's token is stored, so a stolen database opens no session. */
export interface SessionRecord {
  tokenHash: string;
  username: string;
  createdAt: number;
  expiresAt: number;
  ip: string;
}

/** One line of the audit trail: who did or read what, when, from where, and why when a reason was asked. */
export interface AuditEntry {
  /** Order of recording, from 1; gaps never happen, so a missing number means a missing entry. */
  seq: number;
  at: number;
  /** The account, or `cli:<os user>` for the command line, or `-` before login. */
  user: string;
  roles: Role[];
  /** What was done: `person.read`, `person.unmask`, `user.add`, `login.failed`, … */
  action: string;
  /** The person (id) or object the action concerns. */
  subject?: string;
  reason?: string;
  caseId?: string;
  ip: string;
  detail?: string;
}

export type AuditInput = Omit<AuditEntry, 'seq'>;

/** A request to see a person's identity; granted at once, or after a second investigator's approval. */
export interface UnmaskRequest {
  id: string;
  person: string;
  requestedBy: string;
  reason: string;
  caseId?: string;
  at: number;
  status: 'pending' | 'granted' | 'denied';
  decidedBy?: string;
  decidedAt?: number;
  note?: string;
  /** Until when a grant lets the requester see the identity. */
  expiresAt?: number;
}
