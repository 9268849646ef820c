/** @module The report's sections, in the order a committee reads them, built from what the ledger says. */
import { formatTime } from '../../model/index.js';
import { decisionSection } from './compose-decision.js';
import { custodySection, evidenceSection } from './compose-evidence.js';
import { type Block, type ReportDocument, type Section, said, written } from './document.js';
import type { ReportInput } from './input.js';
import {
  labels,
  laneLabels,
  proofParagraph,
  statusLabels,
  timelineHeading,
  verifyCommand,
} from './labels.js';

/** The report as both renderers draw it; the decision comes right after the summary, once there is one. */
export function composeReport(input: ReportInput): ReportDocument {
  const decision = decisionSection(input);
  return {
    caseId: input.case.id,
    caseTitle: input.case.title,
    sections: [
      summarySection(input),
      ...(decision ? [decision] : []),
      timelineSection(input),
      evidenceSection(input),
      custodySection(input),
      notesAndTasksSection(input),
      ledgerSection(input),
    ],
  };
}

function summarySection(input: ReportInput): Section {
  const { case: state, timeZone } = input;
  const facts: Block = {
    kind: 'facts',
    rows: [
      { label: labels.caseTitle, value: written(state.title) },
      { label: labels.caseId, value: written(state.id, { mono: true }) },
      { label: labels.status, value: said(statusLabels[state.status]) },
      { label: labels.legalHold, value: said(state.hold ? labels.yes : labels.no) },
      { label: labels.openedBy, value: written(state.openedBy) },
      { label: labels.openedAt, value: written(formatTime(state.openedAt, timeZone)) },
      { label: labels.exportedBy, value: written(input.exportedBy) },
      { label: labels.exportedAt, value: written(formatTime(input.exportedAt, timeZone)) },
      { label: labels.evidenceCount, value: written(String(state.evidence.length)) },
      { label: labels.timeZone, value: written(timeZone) },
    ],
  };
  const subjects: Block = {
    kind: 'table',
    columns: [
      { label: labels.name, width: 2 },
      { label: labels.nameEn, width: 2 },
      { label: labels.department, width: 3 },
      { label: labels.role, width: 3 },
    ],
    rows: input.subjects.map((subject) => ({
      cells: [subject.name, subject.nameEn, subject.department, subject.role].map((text) =>
        written(text ?? ''),
      ),
    })),
  };
  return {
    id: 'summary',
    heading: labels.summary,
    blocks: [
      facts,
      { kind: 'subheading', text: said(labels.subjects) },
      subjects,
      {
        kind: 'paragraph',
        title: labels.whatThisProves,
        text: proofParagraph(input.ledger.root, input.ledger.fingerprint),
      },
    ],
  };
}

function timelineSection(input: ReportInput): Section {
  // Sorting a copy keeps lines at the same instant in the order the caller gave them (sort is stable).
  const lines = [...input.timeline].sort((a, b) => a.at - b.at);
  return {
    id: 'timeline',
    heading: timelineHeading(input.timeZone),
    blocks: [
      {
        kind: 'table',
        columns: [
          { label: labels.at, width: 2.4 },
          { label: labels.lane, width: 1.8 },
          { label: labels.whatHappened, width: 5 },
          { label: labels.item, width: 1.8 },
        ],
        rows: lines.map((line) => {
          const lane = laneLabels[line.lane];
          return {
            cells: [
              written(formatTime(line.at, input.timeZone)),
              lane ? said(lane) : written(line.lane),
              written(line.text),
              written(line.item ?? '', { mono: true }),
            ],
          };
        }),
      },
    ],
  };
}

function notesAndTasksSection(input: ReportInput): Section {
  const { notes, tasks } = input.case;
  const zone = input.timeZone;
  return {
    id: 'notes-and-tasks',
    heading: labels.notesAndTasks,
    blocks: [
      { kind: 'subheading', text: said(labels.notes) },
      {
        kind: 'table',
        columns: [
          { label: labels.at, width: 2.4 },
          { label: labels.by, width: 1.6 },
          { label: labels.note, width: 7 },
        ],
        rows: notes.map((note) => ({
          cells: [written(formatTime(note.at, zone)), written(note.by), written(note.text)],
        })),
      },
      { kind: 'subheading', text: said(labels.tasks) },
      {
        kind: 'table',
        columns: [
          { label: labels.task, width: 4.6 },
          { label: labels.assignee, width: 1.6 },
          { label: labels.done, width: 1 },
          { label: labels.by, width: 1.6 },
          { label: labels.at, width: 2.4 },
        ],
        rows: tasks.map((task) => ({
          cells: [
            written(task.title),
            written(task.assignee ?? ''),
            said(task.done ? labels.yes : labels.no),
            written(task.by),
            written(formatTime(task.at, zone)),
          ],
        })),
      },
    ],
  };
}

function ledgerSection(input: ReportInput): Section {
  return {
    id: 'ledger',
    heading: labels.ledger,
    blocks: [
      {
        kind: 'facts',
        rows: [
          { label: labels.ledgerSize, value: written(String(input.ledger.size)) },
          { label: labels.ledgerRoot, value: written(input.ledger.root, { mono: true }) },
          { label: labels.keyFingerprint, value: written(input.ledger.fingerprint, { mono: true }) },
          { label: labels.howToCheck, value: written(verifyCommand, { mono: true }) },
        ],
      },
    ],
  };
}
