/**
 * @module The reports a bundle carries (HTML and PDF), made from the case as its ledger says: the subjects named
 * from the roster, and one timeline of the events in evidence and of what was done to the case.
 */
import {
  describeEvent,
  type Event,
  type LedgerEntry,
  laneOfKind,
  type PolicyClause,
} from '../model/index.js';
import type { Store } from '../store/index.js';
import type { RenderReports } from './bundle/export.js';
import type { CaseState } from './case-state.js';
import type { Cases } from './cases.js';
import {
  type ReportInput,
  type ReportSubject,
  type ReportTimelineLine,
  renderReportHtml,
  renderReportPdf,
} from './report/index.js';

/**
 * The bundle's reports for a case. `clauses` are the workspace's policy clauses, which name a decision's clause ids
 * in the report; `timeZone` is the zone its times are printed in.
 */
export function reportRenderer(
  store: Store,
  cases: Cases,
  options: { timeZone: string; clauses: readonly PolicyClause[] },
): RenderReports {
  return async (state, ledger) => {
    const input: ReportInput = {
      case: state,
      subjects: await subjectsOf(store, state.subjects),
      exportedAt: Date.now(),
      exportedBy: state.entries.at(-1)?.actor ?? state.openedBy,
      timeZone: options.timeZone,
      clauses: options.clauses,
      ledger,
      timeline: [...caseLines(state), ...(await eventLines(cases, state))].sort((a, b) => a.at - b.at),
    };
    return {
      'report.html': Buffer.from(renderReportHtml(input), 'utf8'),
      'report.pdf': await renderReportPdf(input),
    };
  };
}

/** The subjects as the report and the notice name them, from the roster; a person it lacks is named by their id. */
export async function subjectsOf(store: Store, ids: readonly string[]): Promise<ReportSubject[]> {
  const subjects: ReportSubject[] = [];
  for (const id of ids) {
    const person = await store.entity('person', id);
    const text = (key: string) => {
      const value = person?.attrs[key];
      return typeof value === 'string' ? value : undefined;
    };
    const nameEn = person?.names?.en ?? person?.names?.pinyin;
    const department = text('molehunt.hr.department');
    const role = text('molehunt.hr.role');
    subjects.push({
      id,
      name: person?.name ?? id,
      ...(nameEn ? { nameEn } : {}),
      ...(department ? { department } : {}),
      ...(role ? { role } : {}),
    });
  }
  return subjects;
}

/** The events kept as evidence, each on the lane the person's timeline would draw it in. */
async function eventLines(cases: Cases, state: CaseState): Promise<ReportTimelineLine[]> {
  const lines: ReportTimelineLine[] = [];
  for (const item of state.evidence) {
    if (item.kind !== 'event' || item.purged) continue;
    const events = JSON.parse((await cases.files.read(item.sha256, item.id)).toString('utf8')) as Event[];
    for (const event of events) {
      lines.push({
        at: event.time,
        lane: laneOfKind[event.kind],
        text: `${event.action} · ${describeEvent(event)}`,
        item: item.id,
      });
    }
  }
  return lines;
}

/** What was done to the case, in words a committee member reads. */
function caseLines(state: CaseState): ReportTimelineLine[] {
  const titleOf = (id: string) => state.evidence.find((item) => item.id === id)?.title ?? id;
  return state.entries.map((entry) => ({
    at: entry.at,
    lane: 'case',
    text: `${entry.actor}: ${said(entry, titleOf)}`,
  }));
}

function said(entry: LedgerEntry, titleOf: (item: string) => string): string {
  const why = entry.reason ? ` (${entry.reason})` : '';
  switch (entry.action) {
    case 'case.open':
      return `opened the case "${entry.title}"${why}`;
    case 'case.status':
      return `moved the case from ${entry.from} to ${entry.to}${why}`;
    case 'case.hold':
      return `${entry.on ? 'put the case under legal hold' : 'released the legal hold'}${why}`;
    case 'subject.add':
      return `added ${entry.person} as a subject${why}`;
    case 'evidence.add':
      return `added evidence ${entry.item.id}: ${entry.item.title}${why}`;
    case 'evidence.view':
      return `viewed ${titleOf(entry.item)}${why}`;
    case 'evidence.export':
      return `exported ${titleOf(entry.item)}${why}`;
    case 'evidence.purge':
      return `purged the content of ${titleOf(entry.item)}${why}`;
    case 'note.add':
      return `wrote a note${why}`;
    case 'task.add':
      return `added the task "${entry.title}"${why}`;
    case 'task.done':
      return `completed a task${why}`;
    case 'decision.propose':
      return `proposed a decision about ${entry.person}: ${entry.sanctions.join(', ')}${why}`;
    case 'decision.vote':
      return `voted ${entry.vote} on the proposed decision${entry.dissent ? `, dissenting: ${entry.dissent}` : ''}${why}`;
    case 'decision.close':
      return `closed the committee's vote${why}`;
    case 'notice.generate':
      return `generated the internal notice (${entry.language === 'zh' ? 'Chinese' : 'English'})${why}`;
    case 'case.export':
      return `exported the case file${why}`;
  }
}
