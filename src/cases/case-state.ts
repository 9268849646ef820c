/**
 * @module A case as its ledger says it is: the entries folded in order. Nothing about a case is kept anywhere else
 * that the ledger could contradict (the stored summary is this fold's result, for listing).
 */
import type { CaseAction, CaseStatus, CaseSummary, EvidenceItem, LedgerEntry } from '../model/index.js';
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
