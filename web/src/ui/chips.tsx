/** @module Chips for stages of a case and rule levels, worded in the current language. */
import type { Stage } from '../api/types';
import { useI18n } from '../i18n/language';
import type { MessageKey } from '../i18n/messages';

export function StageChips({ stages }: { stages: readonly Stage[] }) {
  const { t } = useI18n();
  if (!stages.length) return <span className="muted">—</span>;
  return (
    <span className="chips">
      {stages.map((stage) => (
        <span key={stage} className={`chip stage-${stage}`}>
          {t(`stage.${stage}`)}
        </span>
      ))}
    </span>
  );
}

const levels = ['informational', 'low', 'medium', 'high', 'critical'];

export function LevelChip({ level }: { level: string }) {
  const { t } = useI18n();
  const known = levels.includes(level);
  return (
    <span className={`chip level level-${known ? level : 'unknown'}`}>
      {known ? t(`level.${level}` as MessageKey) : level}
    </span>
  );
}
