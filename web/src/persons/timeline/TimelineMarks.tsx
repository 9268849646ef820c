/** @module The drawn events: lane names, one mark per event, text labels where they fit, and the selection guide. */
import { useMemo } from 'react';
import type { Lane, TimelineItem } from '../../api/types';
import { formatWall } from '../../format/zoned-time';
import { useI18n } from '../../i18n/language';
import { AXIS_H, LABEL_ROW_H, MARK_H, MARK_TOP, RIGHT_PAD, timeScale } from './geometry';
import { placeLabels } from './labels';
import type { LaneLayout } from './lane-layout';
import type { TimeRange } from './range';

/** More visible marks than this in a lane and labels would only be noise. */
const LABEL_LIMIT = 800;

interface TimelineMarksProps {
  visibleByLane: ReadonlyMap<Lane, TimelineItem[]>;
  layout: LaneLayout;
  view: TimeRange;
  width: number;
  timeZone: string;
  selected: TimelineItem | undefined;
  highlighted: ReadonlySet<string>;
}

export function TimelineMarks(props: TimelineMarksProps) {
  const { visibleByLane, layout, view, width, timeZone, selected, highlighted } = props;
  const { t } = useI18n();
  const scale = timeScale(view, width);
  const labels = useMemo(() => {
    const at = timeScale(view, width).x;
    // Over more than a day and a half, a bare HH:mm no longer says which day: labels carry the date too.
    const dated = view.to - view.from > 36 * 3_600_000;
    const hhmm = (item: TimelineItem) =>
      dated ? formatWall(item.time, timeZone, 'minute').slice(5) : formatWall(item.time, timeZone, 'time');
    return layout.boxes.flatMap((box) => {
      const own = visibleByLane.get(box.lane) ?? [];
      if (own.length > LABEL_LIMIT) return [];
      return placeLabels(own, (item) => at(item.time), hhmm, width - RIGHT_PAD).map((label) => ({
        ...label,
        box,
      }));
    });
  }, [visibleByLane, layout, view, timeZone, width]);
  // Marks that are part of a signal are drawn last, on top of any they share a pixel with.
  const marks = [...visibleByLane.values()].flat().sort((a, b) => a.signals.length - b.signals.length);

  return (
    <>
      {layout.boxes.map((box) => (
        <g key={box.lane}>
          <text x={10} y={box.top + MARK_TOP + MARK_H - 3} className="lane-name">
            {t(`lane.${box.lane}`)}
          </text>
          <text x={10} y={box.top + MARK_TOP + MARK_H + 12} className="lane-count">
            {t('timeline.laneCount', { count: visibleByLane.get(box.lane)?.length ?? 0 })}
          </text>
        </g>
      ))}
      {selected && selected.time >= view.from && selected.time <= view.to && (
        <line
          className="selected-guide"
          x1={scale.x(selected.time)}
          x2={scale.x(selected.time)}
          y1={AXIS_H}
          y2={layout.height}
        />
      )}
      {labels.map(({ item, row, text, x, box }) => {
        const markX = scale.x(item.time);
        const markBottom = (layout.markY.get(item.id) ?? box.top) + MARK_H;
        const baseline = box.marksBottom + 6 + (row + 1) * LABEL_ROW_H - 3;
        const signal = item.signals.length ? ' signal' : '';
        return (
          <g key={`label-${item.id}`}>
            <line x1={markX} x2={markX} y1={markBottom} y2={baseline - 9} className={`leader${signal}`} />
            <text x={x} y={baseline} className={`mark-label${signal}`}>
              {text}
            </text>
          </g>
        );
      })}
      {marks.map((item) => {
        const signal = item.signals.length > 0;
        const classes = ['mark-tick', signal && 'signal', highlighted.has(item.id) && 'highlighted'];
        if (item.id === selected?.id) classes.push('selected');
        return (
          <g
            key={item.id}
            data-testid="timeline-event"
            data-id={item.id}
            data-time={item.time}
            data-lane={item.lane}
            data-action={item.action}
            className="mark"
            transform={`translate(${scale.x(item.time)},${layout.markY.get(item.id) ?? 0})`}
          >
            <rect className="hit" x={-3.5} y={-1} width={7} height={MARK_H + 2} />
            <rect
              className={classes.filter(Boolean).join(' ')}
              x={signal ? -2.5 : -1.5}
              y={0}
              width={signal ? 5 : 3}
              height={MARK_H}
              rx={1}
            />
          </g>
        );
      })}
    </>
  );
}
