/** @module The hover card of a timeline mark: what happened, when, where it was read from, and which rules it fed. */
import type { TimelineItem } from '../../api/types';
import { formatWall } from '../../format/zoned-time';
import { useI18n } from '../../i18n/language';

interface EventTooltipProps {
  item: TimelineItem;
  clientX: number;
  clientY: number;
  container: HTMLElement | null;
  timeZone: string;
  ruleTitle: (rule: string) => string;
}

const CARD_W = 340;

export function EventTooltip({ item, clientX, clientY, container, timeZone, ruleTitle }: EventTooltipProps) {
  const { t } = useI18n();
  const box = container?.getBoundingClientRect();
  if (!box) return null;
  // Keep the card inside the timeline: left of the pointer when it would run off the right edge.
  const x = clientX - box.left + 14;
  const left = x + CARD_W > box.width ? Math.max(0, x - CARD_W - 28) : x;
  return (
    <div className="tooltip" role="tooltip" style={{ left, top: clientY - box.top + 14, width: CARD_W }}>
      <div className="tooltip-time">{formatWall(item.time, timeZone, 'second')}</div>
      <div>
        <span className={`chip lane-chip lane-${item.lane}`}>{t(`lane.${item.lane}`)}</span>{' '}
        <strong>{item.action}</strong> <span className="muted">{item.source}</span>
      </div>
      {item.target && <div className="mono">→ {item.target}</div>}
      {item.summary && <div className="tooltip-summary">{item.summary}</div>}
      {item.signals.length > 0 && (
        <ul className="tooltip-signals">
          {item.signals.map((rule) => (
            <li key={rule}>{ruleTitle(rule)}</li>
          ))}
        </ul>
      )}
      <div className="muted mono">
        {item.raw.file}:{item.raw.line}
      </div>
    </div>
  );
}
