/** @module The events of the visible range as a table, signal events highlighted; a row and its mark select together. */
import { useEffect, useRef } from 'react';
import type { TimelineItem } from '../../api/types';
import { shortPath } from '../../format/paths';
import { formatWall } from '../../format/zoned-time';
import { useI18n } from '../../i18n/language';
import { EmptyState } from '../../ui/feedback';

/** Enough rows to read; past this the list asks to zoom in rather than render thousands. */
const ROW_LIMIT = 1_500;

interface EventListProps {
  items: readonly TimelineItem[];
  timeZone: string;
  selectedId: string | undefined;
  highlighted: ReadonlySet<string>;
  onSelect: (item: TimelineItem) => void;
  ruleTitle: (rule: string) => string;
}

export function EventList({ items, timeZone, selectedId, highlighted, onSelect, ruleTitle }: EventListProps) {
  const { t } = useI18n();
  const selectedRow = useRef<HTMLTableRowElement>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: scroll when the selection moves, not on every render.
  useEffect(() => {
    selectedRow.current?.scrollIntoView({ block: 'nearest' });
  }, [selectedId]);

  if (!items.length)
    return <EmptyState title={t('timeline.emptyView')}>{t('timeline.emptyViewHint')}</EmptyState>;
  const shown = items.slice(0, ROW_LIMIT);
  return (
    <div className="event-list table-scroll">
      <table className="data compact" aria-label={t('timeline.listLabel')}>
        <thead>
          <tr>
            <th className="col-time">{t('timeline.time')}</th>
            <th>{t('timeline.lane')}</th>
            <th>{t('timeline.source')}</th>
            <th>{t('timeline.action')}</th>
            <th>{t('timeline.summary')}</th>
            <th>{t('timeline.raw')}</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((item) => {
            const selected = item.id === selectedId;
            const classes = [item.signals.length && 'signal', highlighted.has(item.id) && 'highlighted'];
            if (selected) classes.push('selected');
            return (
              <tr
                key={item.id}
                ref={selected ? selectedRow : undefined}
                data-testid="timeline-row"
                data-time={item.time}
                data-lane={item.lane}
                data-action={item.action}
                aria-selected={selected}
                className={classes.filter(Boolean).join(' ') || undefined}
                onClick={() => onSelect(item)}
              >
                <td className="col-time mono">{formatWall(item.time, timeZone, 'second')}</td>
                <td>
                  <span className={`chip lane-chip lane-${item.lane}`}>{t(`lane.${item.lane}`)}</span>
                </td>
                <td className="mono">{item.source}</td>
                <td>
                  {/* The row's click handler selects; the button makes the row reachable by keyboard. */}
                  <button type="button" className="link-button mono">
                    {item.action}
                  </button>
                </td>
                <td className="summary-cell">
                  {item.target && <span className="mono">→ {item.target} </span>}
                  {item.summary}
                  {item.signals.map((rule) => (
                    <span key={rule} className="chip signal-chip">
                      {ruleTitle(rule)}
                    </span>
                  ))}
                </td>
                <td className="mono muted raw-cell" title={`${item.raw.file}:${item.raw.line}`}>
                  {shortPath(item.raw.file)}:{item.raw.line}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {items.length > ROW_LIMIT && (
        <p className="muted table-note">
          {t('timeline.rowLimit', { shown: ROW_LIMIT, total: items.length })}
        </p>
      )}
    </div>
  );
}
