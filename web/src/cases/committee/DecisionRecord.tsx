/**
 * @module The committee's decision as recorded: about whom, the clauses found violated, the sanctions, the reasoning,
 * who proposed it, every vote with its dissent, and the outcome once the vote is closed.
 */
import type { CaseDecision, PersonRef } from '../../api/types';
import { useWorkClock } from '../../format/work-clock';
import { useI18n } from '../../i18n/language';
import { PersonName } from '../../ui/PersonName';
import { subjectFor } from '../subjects';

interface DecisionRecordProps {
  decision: CaseDecision;
  subjects: readonly PersonRef[];
  clauseTitle: (id: string) => string;
}

export function DecisionRecord({ decision, subjects, clauseTitle }: DecisionRecordProps) {
  const { t } = useI18n();
  const clock = useWorkClock();
  const person = subjectFor(subjects, decision.person);
  const tally = (vote: string) => decision.votes.filter((cast) => cast.vote === vote).length;
  return (
    <div className="decision-record" data-testid="decision-record" data-outcome={decision.outcome ?? 'open'}>
      {decision.outcome ? (
        <p className={`decision-outcome outcome-${decision.outcome}`} data-testid="decision-outcome">
          {t(`decision.outcome.${decision.outcome}`, { time: clock.minute(decision.closedAt) })}
        </p>
      ) : (
        <p className="decision-outcome outcome-open">{t('decision.outcome.open')}</p>
      )}
      <dl className="facts">
        <dt>{t('decision.person')}</dt>
        <dd data-testid="decision-person">{person ? <PersonName person={person} /> : decision.person}</dd>
        <dt>{t('decision.clauses')}</dt>
        <dd>
          <ul className="plain-list">
            {decision.clauses.map((clause) => (
              <li key={clause}>
                {clauseTitle(clause)} <span className="muted mono small">{clause}</span>
              </li>
            ))}
          </ul>
        </dd>
        <dt>{t('decision.sanctions')}</dt>
        <dd>
          <span className="chips">
            {decision.sanctions.map((sanction) => (
              <span key={sanction} className="chip sanction">
                {t(`sanction.${sanction}`)}
              </span>
            ))}
          </span>
        </dd>
        <dt>{t('decision.summary')}</dt>
        <dd className="decision-summary">{decision.summary}</dd>
        <dt>{t('decision.proposed')}</dt>
        <dd>{t('ledger.byAt', { user: decision.proposedBy, time: clock.minute(decision.proposedAt) })}</dd>
        <dt>{t('decision.votes')}</dt>
        <dd>
          <p className="muted small">
            {t('decision.tally', {
              approve: tally('approve'),
              reject: tally('reject'),
              abstain: tally('abstain'),
            })}
          </p>
          {decision.votes.length === 0 && <p className="muted">{t('decision.noVotes')}</p>}
          <ul className="vote-list">
            {decision.votes.map((vote) => (
              <li key={vote.by} data-testid="decision-vote" data-vote={vote.vote}>
                <strong>{vote.by}</strong>{' '}
                <span className={`chip vote-${vote.vote}`}>{t(`vote.${vote.vote}`)}</span>{' '}
                <span className="muted small">{clock.minute(vote.at)}</span>
                {vote.dissent && (
                  <blockquote className="dissent">
                    <span className="muted">{t('decision.dissent')}:</span> {vote.dissent}
                  </blockquote>
                )}
              </li>
            ))}
          </ul>
        </dd>
      </dl>
    </div>
  );
}
