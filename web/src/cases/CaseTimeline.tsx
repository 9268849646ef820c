/**
 * @module The case's own timeline: its ledger as recorded, oldest first, numbered from 1 as the integrity check and
 * the bundle's verifier number entries. Each says what was done, by whom, when and why.
 */
import type { CaseState, PersonRef } from '../api/types';
import { useWorkClock } from '../format/work-clock';
import { useI18n } from '../i18n/language';
import { describeEntry } from './entry-words';

interface CaseTimelineProps {
  state: CaseState;
  subjects: readonly PersonRef[];
  clauseTitle: (id: string) => string;
}

export function CaseTimeline({ state, subjects, clauseTitle }: CaseTimelineProps) {
  const { t } = useI18n();
  const clock = useWorkClock();
  return (
    <section className="panel case-timeline">
      <h2>
        {t('ledger.title')} <span className="count">{state.entries.length}</span>
      </h2>
      <p className="muted small">{t('ledger.hint', { zone: clock.timeZone })}</p>
      <ol className="ledger-list">
        {state.entries.map((entry) => (
          <li key={entry.seq} data-testid="ledger-entry" data-action={entry.action} data-seq={entry.seq}>
            <span className="ledger-number mono">{entry.seq + 1}</span>
            <div className="ledger-body">
              <div className="ledger-what">{describeEntry(entry, { t, state, subjects, clauseTitle })}</div>
              <div className="muted small">
                {t('ledger.byAt', { user: entry.actor, time: clock.second(entry.at) })}
                <code className="ledger-action">{entry.action}</code>
              </div>
              {entry.reason && (
                <div className="ledger-reason">
                  <span className="muted">{t('ledger.reason')}:</span> {entry.reason}
                </div>
              )}
            </div>
          </li>
        ))}
      </ol>
    </section>
  );
}
