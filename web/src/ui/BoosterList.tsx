/** @module Boosters with their factor, reason (in the current language) and date. */
import type { Booster } from '../api/types';
import { useWorkClock } from '../format/work-clock';
import { useI18n } from '../i18n/language';

export function BoosterList({ boosters }: { boosters: readonly Booster[] }) {
  const { t, pick } = useI18n();
  const clock = useWorkClock();
  if (!boosters.length) return <p className="muted">{t('boosters.none')}</p>;
  return (
    <ul className="boosters">
      {boosters.map((booster) => (
        <li key={`${booster.kind}-${booster.since}-${booster.reason}`}>
          <span className="factor">×{booster.factor}</span>
          <span className="booster-reason">{pick(booster.reason, booster.reasonZh)}</span>
          {/* A standing fact (an executive's role) has no date: the API gives it as 0. */}
          {booster.since > 0 && (
            <span className="muted booster-since">
              {t('boosters.since', { date: clock.date(booster.since) })}
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}
