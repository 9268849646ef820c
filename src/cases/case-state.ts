/**
 * @module A case as its ledger says it is: the entries folded in order. Nothing about a case is kept anywhere else
 * that the ledger could contradict (the stored summary is this fold's result, for listing).
 */
import type {
  CaseAction,
  CaseStatus,
  CaseSummary,
  EvidenceItem,
  LedgerEntry,
  Sanction,
  Vote,
} from '../model/index.js';
import { MolehuntError, statusMoves } from '../model/index.js';

/** One step in an item's chain of custody. */
export interface CustodyStep {
  what: 'collected' | 'viewed' | 'exported' | 'purged';
  by: string;
  at: number;
  reason?: string;
  /** The ledger entry that records it. */
  seq: number;
}

export interface CaseEvidence extends EvidenceItem {
  addedBy: string;
  addedAt: number;
  seq: number;
  purged: boolean;
  custody: CustodyStep[];
}

/** The committee's decision: proposed, voted on, then closed as adopted or rejected. */
export interface CaseDecision {
  person: string;
  clauses: string[];
  sanctions: Sanction[];
  summary: string;
  proposedBy: string;
  proposedAt: number;
  votes: { by: string; vote: Vote; at: number; dissent?: string }[];
  /** Set when the vote is closed. */
  outcome?: 'adopted' | 'rejected';
  closedAt?: number;
}

export interface CaseState {
  id: string;
  title: string;
  status: CaseStatus;
  hold: boolean;
  subjects: string[];
  alerts: string[];
  openedAt: number;
  openedBy: string;
  updatedAt: number;
  evidence: CaseEvidence[];
  notes: { id: string; text: string; by: string; at: number; seq: number }[];
  tasks: { id: string; title: string; assignee?: string; done: boolean; by: string; at: number }[];
  /** The decision in the making, or the adopted one; earlier rejected proposals are in the ledger. */
  decision?: CaseDecision;
  /** Notices generated from the adopted decision. */
  notices: { language: 'en' | 'zh'; sha256: string; by: string; at: number }[];
  entries: LedgerEntry[];
}

const custodyOf: Partial<Record<CaseAction['action'], CustodyStep['what']>> = {
  'evidence.view': 'viewed',
  'evidence.export': 'exported',
  'evidence.purge': 'purged',
};

/** The case after `entry`, or MH_ERR_CASE_STATE / MH_ERR_LEGAL_HOLD when the entry is not allowed in `state`. */
export function applyEntry(state: CaseState | undefined, entry: LedgerEntry): CaseState {
  if (entry.action === 'case.open') {
    if (state) throw caseError(entry.caseId, 'is already open');
    return {
      id: entry.caseId,
      title: entry.title,
      status: 'open',
      hold: false,
      subjects: [...entry.subjects],
      alerts: [...entry.alerts],
      openedAt: entry.at,
      openedBy: entry.actor,
      updatedAt: entry.at,
      evidence: [],
      notes: [],
      tasks: [],
      notices: [],
      entries: [entry],
    };
  }
  if (!state) throw caseError(entry.caseId, 'does not exist');
  const next: CaseState = { ...state, updatedAt: entry.at, entries: [...state.entries, entry] };
  switch (entry.action) {
    case 'case.status':
      if (entry.from !== state.status || !statusMoves[state.status].includes(entry.to)) {
        throw caseError(
          state.id,
          `cannot move from ${state.status} to ${entry.to}; from ${state.status} it can go to ${statusMoves[state.status].join(', ') || 'nowhere (closed)'}`,
        );
      }
      return { ...next, status: entry.to };
    case 'case.hold':
      return { ...next, hold: entry.on };
    case 'subject.add':
      if (state.subjects.includes(entry.person)) return next;
      return { ...next, subjects: [...state.subjects, entry.person] };
    case 'evidence.add':
      if (state.evidence.some((item) => item.id === entry.item.id)) {
        throw caseError(state.id, `already holds evidence ${entry.item.id}`);
      }
      return {
        ...next,
        evidence: [
          ...state.evidence,
          {
            ...entry.item,
            addedBy: entry.actor,
            addedAt: entry.at,
            seq: entry.seq,
            purged: false,
            custody: [step('collected', entry)],
          },
        ],
      };
    case 'evidence.view':
    case 'evidence.export':
    case 'evidence.purge': {
      const item = state.evidence.find((candidate) => candidate.id === entry.item);
      if (!item) throw caseError(state.id, `has no evidence ${entry.item}`);
      if (entry.action === 'evidence.purge') {
        if (state.hold) {
          throw new MolehuntError(
            'MH_ERR_LEGAL_HOLD',
            `case ${state.id} is under legal hold: evidence ${item.id} cannot be purged`,
          );
        }
        if (item.purged) throw caseError(state.id, `evidence ${item.id} is already purged`);
      }
      const changed = {
        ...item,
        purged: item.purged || entry.action === 'evidence.purge',
        custody: [...item.custody, step(custodyOf[entry.action]!, entry)],
      };
      return { ...next, evidence: state.evidence.map((other) => (other.id === item.id ? changed : other)) };
    }
    case 'note.add':
      return {
        ...next,
        notes: [
          ...state.notes,
          { id: entry.id, text: entry.text, by: entry.actor, at: entry.at, seq: entry.seq },
        ],
      };
    case 'task.add':
      return {
        ...next,
        tasks: [
          ...state.tasks,
          {
            id: entry.id,
            title: entry.title,
            ...(entry.assignee ? { assignee: entry.assignee } : {}),
            done: false,
            by: entry.actor,
            at: entry.at,
          },
        ],
      };
    case 'task.done': {
      const task = state.tasks.find((candidate) => candidate.id === entry.id);
      if (!task || task.done) throw caseError(state.id, `has no open task ${entry.id}`);
      return { ...next, tasks: state.tasks.map((t) => (t.id === entry.id ? { ...t, done: true } : t)) };
    }
    case 'decision.propose':
    case 'decision.vote':
    case 'decision.close':
      return { ...next, ...decided(state, entry) };
    case 'notice.generate':
      if (state.decision?.outcome !== 'adopted')
        throw caseError(state.id, 'has no adopted decision to give notice of');
      return {
        ...next,
        notices: [
          ...state.notices,
          { language: entry.language, sha256: entry.sha256, by: entry.actor, at: entry.at },
        ],
      };
    case 'case.export':
      return {
        ...next,
        evidence: state.evidence.map((item) =>
          item.purged ? item : { ...item, custody: [...item.custody, step('exported', entry)] },
        ),
      };
  }
}

export function foldCase(entries: readonly LedgerEntry[]): CaseState | undefined {
  return entries.reduce<CaseState | undefined>(applyEntry, undefined);
}

export function summaryOf(state: CaseState): CaseSummary {
  return {
    id: state.id,
    title: state.title,
    status: state.status,
    hold: state.hold,
    subjects: state.subjects,
    openedAt: state.openedAt,
    openedBy: state.openedBy,
    updatedAt: state.updatedAt,
    size: state.entries.length,
  };
}

/** The decision (and, once adopted, the status) after a committee entry. */
function decided(
  state: CaseState,
  entry: LedgerEntry & { action: 'decision.propose' | 'decision.vote' | 'decision.close' },
): Pick<CaseState, 'decision' | 'status'> {
  if (state.status !== 'committee_review') {
    throw caseError(state.id, `is ${state.status}: the committee decides only in committee_review`);
  }
  const open = state.decision && !state.decision.outcome ? state.decision : undefined;
  if (entry.action === 'decision.propose') {
    if (!state.subjects.includes(entry.person)) throw caseError(state.id, `has no subject ${entry.person}`);
    if (!entry.clauses.length || !entry.sanctions.length) {
      throw caseError(state.id, 'needs a proposal naming at least one clause violated and one sanction');
    }
    return {
      status: state.status,
      decision: {
        person: entry.person,
        clauses: entry.clauses,
        sanctions: entry.sanctions,
        summary: entry.summary,
        proposedBy: entry.actor,
        proposedAt: entry.at,
        votes: [],
      },
    };
  }
  if (!open) throw caseError(state.id, 'has no proposed decision to vote on; propose one first');
  if (entry.action === 'decision.vote') {
    if (open.votes.some((vote) => vote.by === entry.actor)) {
      throw caseError(state.id, `already has ${entry.actor}'s vote on this proposal`);
    }
    const vote = {
      by: entry.actor,
      vote: entry.vote,
      at: entry.at,
      ...(entry.dissent ? { dissent: entry.dissent } : {}),
    };
    return { status: state.status, decision: { ...open, votes: [...open.votes, vote] } };
  }
  if (!open.votes.length) throw caseError(state.id, 'cannot close a vote nobody has cast');
  const count = (vote: Vote) => open.votes.filter((cast) => cast.vote === vote).length;
  const outcome = count('approve') > count('reject') ? 'adopted' : 'rejected';
  return {
    status: outcome === 'adopted' ? 'decided' : state.status,
    decision: { ...open, outcome, closedAt: entry.at },
  };
}

function step(what: CustodyStep['what'], entry: LedgerEntry): CustodyStep {
  return {
    what,
    by: entry.actor,
    at: entry.at,
    seq: entry.seq,
    ...(entry.reason ? { reason: entry.reason } : {}),
  };
}

function caseError(id: string, problem: string): MolehuntError {
  return new MolehuntError('MH_ERR_CASE_STATE', `case ${id} ${problem}`);
}
