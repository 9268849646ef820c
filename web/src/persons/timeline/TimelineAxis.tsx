/**
 * @module The timeline's SVG: a time axis with one lane per kind of source (physical, digital, communication, HR),
 * one mark per event, marks that are part of a signal in colour. Wheel zooms around the pointer, drag pans, hover
 * shows the event, click selects it. The list below the axis is the keyboard's way to the same events.
 */
import {
  type MouseEvent,
  type PointerEvent,
  type RefObject,
  useEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import { type Lane, laneNames, type TimelineItem } from '../../api/types';
import { useI18n } from '../../i18n/language';
import { useWidth } from '../../ui/use-width';
import { AxisGrid } from './AxisGrid';
import { EventTooltip } from './EventTooltip';
import { AXIS_H, LANE_LABEL_W, timeScale } from './geometry';
import { layoutLanes } from './lane-layout';
import type { TimeRange } from './range';
import { TimelineMarks } from './TimelineMarks';
import type { TimeView } from './use-view';

const DRAG_THRESHOLD_PX = 3;

interface TimelineAxisProps {
  items: readonly TimelineItem[];
  zoom: TimeView;
  timeZone: string;
  selectedId: string | undefined;
  highlighted: ReadonlySet<string>;
  onSelect: (item: TimelineItem) => void;
  ruleTitle: (rule: string) => string;
}

export function TimelineAxis(props: TimelineAxisProps) {
  const { items, zoom, timeZone, selectedId, highlighted, onSelect, ruleTitle } = props;
  const { t } = useI18n();
  const container = useRef<HTMLDivElement>(null);
  const svg = useRef<SVGSVGElement>(null);
  const width = useWidth(container);
  const [hovered, setHovered] = useState<{ item: TimelineItem; x: number; y: number }>();
  const [dragging, setDragging] = useState(false);
  const drag = useRef<{ x: number; view: TimeRange; moved: boolean; pointer: number }>(undefined);
  const justDragged = useRef(false);
  const { view } = zoom;
  useWheelZoom(svg, zoom);

  const byId = useMemo(() => new Map(items.map((item) => [item.id, item])), [items]);
  const visibleByLane = useMemo(() => {
    const lanes = new Map<Lane, TimelineItem[]>(laneNames.map((lane) => [lane, []]));
    for (const item of items)
      if (item.time >= view.from && item.time <= view.to) lanes.get(item.lane)?.push(item);
    return lanes;
  }, [items, view.from, view.to]);
  const layout = useMemo(
    () => layoutLanes(visibleByLane, timeScale(view, width).x),
    [visibleByLane, view, width],
  );

  /** The event whose mark is under the pointer: marks carry their id, so one listener serves them all. */
  const itemAt = (target: EventTarget) =>
    target instanceof Element
      ? byId.get(target.closest('[data-id]')?.getAttribute('data-id') ?? '')
      : undefined;

  const onPointerDown = (event: PointerEvent<SVGSVGElement>) => {
    if (event.button === 0) drag.current = { x: event.clientX, view, moved: false, pointer: event.pointerId };
  };
  const onPointerMove = (event: PointerEvent<SVGSVGElement>) => {
    const start = drag.current;
    if (!start) {
      const item = itemAt(event.target);
      setHovered(item && { item, x: event.clientX, y: event.clientY });
      return;
    }
    const dx = event.clientX - start.x;
    if (!start.moved && Math.abs(dx) < DRAG_THRESHOLD_PX) return;
    if (!start.moved) {
      // Capture only once it is a drag: a captured pointer's click would land on the svg, not on the mark.
      start.moved = true;
      svg.current?.setPointerCapture(start.pointer);
      setDragging(true);
      setHovered(undefined);
    }
    const shift = dx * timeScale(start.view, width).msPerPx;
    zoom.show({ from: start.view.from - shift, to: start.view.to - shift });
  };
  const endDrag = () => {
    justDragged.current = drag.current?.moved ?? false;
    drag.current = undefined;
    setDragging(false);
  };
  const onClick = (event: MouseEvent<SVGSVGElement>) => {
    const item = itemAt(event.target);
    if (item && !justDragged.current) onSelect(item);
    justDragged.current = false;
  };

  return (
    <div className="timeline-canvas" ref={container}>
      {/* biome-ignore lint/a11y/useKeyWithClickEvents: the same. */}
      <svg
        ref={svg}
        data-testid="timeline"
        className={dragging ? 'dragging' : undefined}
        width={width}
        height={layout.height}
        aria-label={t('timeline.svgLabel')}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={endDrag}
        onPointerCancel={endDrag}
        onPointerLeave={() => setHovered(undefined)}
        onClick={onClick}
      >
        <title>{t('timeline.svgLabel')}</title>
        <AxisGrid view={view} width={width} timeZone={timeZone} layout={layout} />
        <TimelineMarks
          visibleByLane={visibleByLane}
          layout={layout}
          view={view}
          width={width}
          timeZone={timeZone}
          selected={selectedId === undefined ? undefined : byId.get(selectedId)}
          highlighted={highlighted}
        />
        <rect
          className="lane-divider"
          x={LANE_LABEL_W - 1}
          y={AXIS_H}
          width={1}
          height={layout.height - AXIS_H}
        />
      </svg>
      {hovered && (
        <EventTooltip
          item={hovered.item}
          clientX={hovered.x}
          clientY={hovered.y}
          container={container.current}
          timeZone={timeZone}
          ruleTitle={ruleTitle}
        />
      )}
    </div>
  );
}

/** Wheel zooms around the pointer. React's wheel listener is passive and cannot stop the page scrolling. */
function useWheelZoom(svg: RefObject<SVGSVGElement | null>, zoom: TimeView): void {
  const latest = useRef(zoom);
  latest.current = zoom;
  useEffect(() => {
    const element = svg.current;
    if (!element) return;
    const onWheel = (event: WheelEvent) => {
      event.preventDefault();
      const { left, width } = element.getBoundingClientRect();
      const anchor = timeScale(latest.current.view, width).time(event.clientX - left);
      latest.current.zoom(Math.exp(event.deltaY * 0.0015), anchor);
    };
    element.addEventListener('wheel', onWheel, { passive: false });
    return () => element.removeEventListener('wheel', onWheel);
  }, [svg]);
}
