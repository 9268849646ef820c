/**
 * @module A ledger entry in words a committee member reads without knowing the ledger's field names: "Added the
 * evidence “Spec sheet” (file)", "Voted to approve". Persons, clauses, tasks and items are named, not just their ids.
 */
import type { CaseState, LedgerEntry, PersonRef } from '../api/types';
import type { I18n } from '../i18n/language';
import { refLabel } from './subjects';

export interface EntryContext {
  t: I18n['t'];
  state: CaseState;
  subjects: readonly PersonRef[];
  clauseTitle: (id: string) => string;
}

const list = (t: I18n['t'], items: readonly string[]) => items.join(t('common.listSeparator'));

/** What the entry did, as one sentence. */
export function describeEntry(entry: LedgerEntry, { t, state, subjects, clauseTitle }: EntryContext): string {
  const person = (ref: string) => refLabel(subjects, ref);
  const item = (id: string) => {
    const found = state.evidence.find((candidate) => candidate.id === id);
    return found ? `${found.id} “${found.title}”` : id;
  };
  switch (entry.action) {
    case 'case.open':
      return t('entry.open', { title: entry.title, subjects: list(t, entry.subjects.map(person)) });
    case 'case.status':
      return t('entry.status', { from: t(`caseStatus.${entry.from}`), to: t(`caseStatus.${entry.to}`) });
    case 'case.hold':
      return t(entry.on ? 'entry.holdOn' : 'entry.holdOff');
    case 'subject.add':
      return t('entry.subject', { person: person(entry.person) });
    case 'evidence.add':
      return t('entry.evidence', {
        item: item(entry.item.id),
        kind: t(`evidenceKind.${entry.item.kind}`),
        sha: `${entry.item.sha256.slice(0, 12)}…`,
      });
    case 'evidence.view':
      return t('entry.view', { item: item(entry.item) });
    case 'evidence.export':
      return t('entry.itemExport', { item: item(entry.item) });
    case 'evidence.purge':
      return t('entry.purge', { item: item(entry.item) });
    case 'note.add':
      return t('entry.note', { text: entry.text });
    case 'task.add':
      return entry.assignee
        ? t('entry.taskAssigned', { title: entry.title, assignee: entry.assignee })
        : t('entry.task', { title: entry.title });
    case 'task.done':
      return t('entry.taskDone', {
        title: state.tasks.find((task) => task.id === entry.id)?.title ?? entry.id,
      });
    case 'decision.propose':
      return t('entry.propose', {
        person: person(entry.person),
        clauses: list(t, entry.clauses.map(clauseTitle)),
        sanctions: list(
          t,
          entry.sanctions.map((sanction) => t(`sanction.${sanction}`)),
        ),
      });
    case 'decision.vote':
      return entry.dissent
        ? t('entry.voteDissent', { vote: t(`vote.${entry.vote}`), dissent: entry.dissent })
        : t('entry.vote', { vote: t(`vote.${entry.vote}`) });
    case 'decision.close':
      return t('entry.close');
    case 'notice.generate':
      return t('entry.notice', {
        language: t(`language.${entry.language}`),
        sha: `${entry.sha256.slice(0, 12)}…`,
      });
    case 'case.export':
      return t('entry.export', { reports: Object.keys(entry.reports).join(', ') });
  }
}
