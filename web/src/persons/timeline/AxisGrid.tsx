/** @module The axis behind the marks: lane bands, night shading, tick lines and their labels. */
import { formatWall } from '../../format/zoned-time';
import { useI18n } from '../../i18n/language';
import { AXIS_H, timeScale } from './geometry';
import type { LaneLayout } from './lane-layout';
import type { TimeRange } from './range';
import { nightsIn, ticksFor } from './ticks';

/** A tick label needs this much room before the right edge, or it would be cut off. */
const TICK_LABEL_ROOM = 64;

interface AxisGridProps {
  view: TimeRange;
  width: number;
  timeZone: string;
  layout: LaneLayout;
}

export function AxisGrid({ view, width, timeZone, layout }: AxisGridProps) {
  const { lang } = useI18n();
  const scale = timeScale(view, width);
  const dateLabel = new Intl.DateTimeFormat(lang === 'zh' ? 'zh-CN' : 'en-GB', {
    timeZone,
    weekday: 'short',
    month: 'short',
    day: 'numeric',
  });
  const bottom = layout.height;
  return (
    <g>
      {layout.boxes.map((box, index) => (
        <rect
          key={box.lane}
          className={index % 2 ? 'lane-band odd' : 'lane-band'}
          x={0}
          y={box.top}
          width={width}
          height={box.height}
        />
      ))}
      {nightsIn(view, timeZone).map((night) => (
        <rect
          key={night.from}
          className="night"
          x={scale.x(night.from)}
          y={AXIS_H}
          width={Math.max(0, scale.x(night.to) - scale.x(night.from))}
          height={bottom - AXIS_H}
        />
      ))}
      {ticksFor(view, scale.plot, timeZone).map((tick) => {
        const x = scale.x(tick.time);
        const major = tick.major ? ' major' : '';
        return (
          <g key={tick.time}>
            <line className={`tick-line${major}`} x1={x} x2={x} y1={AXIS_H - 6} y2={bottom} />
            {x < width - TICK_LABEL_ROOM && (
              <text className={`tick-label${major}`} x={x + 3} y={AXIS_H - 10}>
                {tick.major ? dateLabel.format(tick.time) : formatWall(tick.time, timeZone, 'time')}
              </text>
            )}
          </g>
        );
      })}
    </g>
  );
}
