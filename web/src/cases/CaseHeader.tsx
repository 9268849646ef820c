/** @module A case's head: title, id, status, legal hold, subjects, who opened it, and the workflow's next moves. */
import { seg } from '../api/client';
import type { CaseDetail } from '../api/types';
import { Link } from '../app/router';
import { useWorkClock } from '../format/work-clock';
import { useI18n } from '../i18n/language';
import { useCan } from '../session/session';
import { PersonName } from '../ui/PersonName';
import { CaseStatusChip, HoldBadge } from './CaseChips';
import { HoldControl } from './HoldControl';
import { StatusMoves } from './StatusMoves';

export function CaseHeader({ detail, onChanged }: { detail: CaseDetail; onChanged: () => void }) {
  const { t } = useI18n();
  const clock = useWorkClock();
  const can = useCan();
  const state = detail.case;
  return (
    <section className="panel case-header">
      <div className="case-identity">
        <h1 data-testid="case-title">{state.title}</h1>
        <div className="case-meta">
          <span className="mono" data-testid="case-id">
            {state.id}
          </span>
          <CaseStatusChip status={state.status} />
          <HoldBadge hold={state.hold} />
        </div>
        <div className="case-subjects" data-testid="case-subjects">
          <span className="muted">{t('cases.subjects')}:</span>
          {detail.subjects.map((person) =>
            can('persons:read') ? (
              <Link key={person.ref} to={`/persons/${seg(person.pseudonym)}`} title={t('case.subjectLink')}>
                <PersonName person={person} />
              </Link>
            ) : (
              <PersonName key={person.ref} person={person} />
            ),
          )}
        </div>
      </div>
      <dl className="facts case-facts">
        <dt>{t('cases.opened')}</dt>
        <dd>{t('case.openedBy', { time: clock.minute(state.openedAt), user: state.openedBy })}</dd>
        <dt>{t('cases.updated')}</dt>
        <dd>{clock.minute(state.updatedAt)}</dd>
        <dt>{t('cases.entries')}</dt>
        <dd>
          {state.entries.length}
          {detail.head && (
            <span className="muted mono small" title={detail.head.root}>
              {' '}
              · {t('case.root')} {detail.head.root.slice(0, 12)}…
            </span>
          )}
        </dd>
      </dl>
      {can('cases:write') && (
        <div className="case-workflow">
          <StatusMoves state={state} onChanged={onChanged} />
          <HoldControl state={state} onChanged={onChanged} />
        </div>
      )}
    </section>
  );
}
