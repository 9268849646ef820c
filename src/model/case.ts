/**
 * @module Cases: an investigation's subjects, evidence, notes, tasks and status. Everything that happens to a case is
 * an entry of its ledger (a Merkle-tree log, src/cases); the case as shown is those entries folded in order.
 */

/** The status workflow, in order: a case moves forward, or back to investigating when the committee asks for more. */
export const caseStatuses = ['open', 'investigating', 'committee_review', 'decided', 'closed'] as const;
export type CaseStatus = (typeof caseStatuses)[number];

/** Where each status may go next. */
export const statusMoves: Record<CaseStatus, readonly CaseStatus[]> = {
  open: ['investigating', 'closed'],
  investigating: ['committee_review', 'closed'],
  committee_review: ['investigating', 'decided'],
  decided: ['closed'],
  closed: [],
};

/** The statuses in which a case is before the ethics committee or past it: the committee sees these cases. */
export const committeeStatuses: readonly CaseStatus[] = ['committee_review', 'decided', 'closed'];

/** What a committee may decide (several at once: dismissal with no re-hire and a referral). */
export const sanctionNames = ['warning', 'fine', 'demotion', 'dismissal', 'no_rehire', 'referral'] as const;
export type Sanction = (typeof sanctionNames)[number];

export const voteNames = ['approve', 'reject', 'abstain'] as const;
export type Vote = (typeof voteNames)[number];

export const evidenceKinds = ['event', 'file', 'query', 'attribution', 'note'] as const;
export type EvidenceKind = (typeof evidenceKinds)[number];

/**
 * Media types an item's content is shown as, in the browser; anything else is sent as a download, so that nothing
 * uploaded as evidence (a leaked web page, an SVG) runs script in the workspace's origin.
 */
export const inlineEvidenceTypes: ReadonlySet<string> = new Set([
  'text/plain',
  'application/json',
  'image/png',
  'image/jpeg',
  'image/gif',
  'image/webp',
  'application/pdf',
]);

/** One piece of evidence. Its content is a file in the evidence store, named by its SHA-256. */
export interface EvidenceItem {
  id: string;
  kind: EvidenceKind;
  title: string;
  /** The file name in an exported bundle (`evidence/<id>-<fileName>`). */
  fileName: string;
  mediaType: string;
  /** Hex SHA-256 of the content. */
  sha256: string;
  size: number;
  /** Where it came from: stored event ids, a query, an upload's original name. */
  source?: Record<string, unknown>;
}

/**
 * What one ledger entry records. Every change to a case and every custody step (an item viewed, exported, purged)
 * is one, so the ledger is both the case's history and its chain of custody.
 */
export type CaseAction =
  | { action: 'case.open'; title: string; subjects: string[]; alerts: string[] }
  | { action: 'case.status'; from: CaseStatus; to: CaseStatus }
  | { action: 'case.hold'; on: boolean }
  | { action: 'subject.add'; person: string }
  | { action: 'evidence.add'; item: EvidenceItem }
  | { action: 'evidence.view'; item: string }
  | { action: 'evidence.export'; item: string }
  /** The content is deleted from the evidence store (retention); its hash stays in the ledger. Refused under hold. */
  | { action: 'evidence.purge'; item: string }
  | { action: 'note.add'; id: string; text: string }
  | { action: 'task.add'; id: string; title: string; assignee?: string }
  | { action: 'task.done'; id: string }
  /**
   * The committee's proposed decision about one subject: the policy clauses violated (ids of the workspace's
   * clauses), the sanctions and the reasoning. A new proposal replaces one not yet adopted, and its votes.
   */
  | { action: 'decision.propose'; person: string; clauses: string[]; sanctions: Sanction[]; summary: string }
  /** One committee member's vote on the proposal; a member votes once, and may write a dissent. */
  | { action: 'decision.vote'; vote: Vote; dissent?: string }
  /**
   * Closes the vote: adopted when approvals outnumber rejections, and the case is then decided. An adopted decision
   * enters the person's disciplinary history (an `hr.discipline` event), which risk reads.
   */
  | { action: 'decision.close' }
  /** A notice was generated from the decision: its language and the SHA-256 of its text. */
  | { action: 'notice.generate'; language: 'en' | 'zh'; sha256: string }
  /**
   * An export: the SHA-256 of the reports the bundle carries (by file name), so a changed report shows. The bundle
   * carries the head signed over this entry; a later bundle proves it grew from that head (a consistency proof).
   */
  | { action: 'case.export'; reports: Record<string, string> };

/** A ledger entry as hashed: the action with who, when, why. `seq` is its index in the case's log (the leaf index). */
export type LedgerEntry = CaseAction & {
  caseId: string;
  seq: number;
  at: number;
  /** The account, or `cli:<os user>`. */
  actor: string;
  reason?: string;
};

/** A ledger entry as stored: the exact bytes hashed (canonical JSON) and the RFC 6962 leaf hash of them. */
export interface StoredLedgerEntry {
  caseId: string;
  seq: number;
  body: string;
  /** Hex. */
  leafHash: string;
}

/** A signed tree head of a case's ledger. */
export interface CaseTreeHead {
  caseId: string;
  size: number;
  /** Hex Merkle root. */
  root: string;
  at: number;
  /** Base64 Ed25519 signature over the head's text (src/cases/ledger/signing.ts). */
  signature: string;
}

/** The list view of a case, kept beside its ledger so listing cases does not fold every ledger. */
export interface CaseSummary {
  id: string;
  title: string;
  status: CaseStatus;
  hold: boolean;
  subjects: string[];
  openedAt: number;
  openedBy: string;
  updatedAt: number;
  /** Entries in its ledger. */
  size: number;
}

/** A clause of the company's policy a decision can find violated. An admin keeps the list (`PUT /api/policy/clauses`). */
export interface PolicyClause {
  /** Short and stable: decisions record it (`leak`, `conflict_of_interest`). */
  id: string;
  title: { en: string; zh: string };
  /** The clause's wording, quoted in the notice. */
  text?: { en: string; zh: string };
}

/** The clauses a new workspace starts with: the two the reference case turned on. */
export const defaultPolicyClauses: readonly PolicyClause[] = [
  {
    id: 'leak',
    title: { en: 'Leak of confidential information', zh: '泄露公司保密信息' },
    text: {
      en: 'Employees must not disclose confidential company information to anyone not authorised to receive it.',
      zh: '员工不得向任何未经授权的人员披露公司保密信息。',
    },
  },
  {
    id: 'conflict_of_interest',
    title: { en: 'Undisclosed conflict of interest', zh: '未申报的利益冲突' },
    text: {
      en: 'Employees must disclose any personal or family interest in a supplier and must not take part in decisions about it.',
      zh: '员工须申报本人或亲属在供应商中的任何利益，并不得参与与该供应商有关的决策。',
    },
  },
];

export const noticeLanguages = ['en', 'zh'] as const;
export type NoticeLanguage = (typeof noticeLanguages)[number];
