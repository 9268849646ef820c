/** @module A loaded timeline on screen: toolbar, axis and the list of the events in view, selecting together. */
import type { TimelineItem } from '../../api/types';
import { useI18n } from '../../i18n/language';
import { ErrorMessage } from '../../ui/feedback';
import { EventList } from './EventList';
import type { Preset, TimeRange } from './range';
import { TimelineAxis } from './TimelineAxis';
import { TimelineToolbar } from './TimelineToolbar';
import type { LoadedTimeline } from './use-timeline';
import { useView } from './use-view';

interface TimelineViewProps {
  personRef: string;
  loaded: LoadedTimeline;
  loading: boolean;
  error: Error | undefined;
  presets: readonly Preset[];
  range: TimeRange | undefined;
  onRange: (range: TimeRange) => void;
  timeZone: string;
  selectedId: string | undefined;
  onSelect: (item: TimelineItem) => void;
  highlighted: ReadonlySet<string>;
  ruleTitle: (rule: string) => string;
}

export function TimelineView(props: TimelineViewProps) {
  const { loaded, timeZone, selectedId, highlighted, ruleTitle } = props;
  const { t } = useI18n();
  const zoom = useView(loaded);
  const { view } = zoom;
  const visible = loaded.items.filter((item) => item.time >= view.from && item.time <= view.to);
  const signalCount = visible.filter((item) => item.signals.length).length;

  const selectFromList = (item: TimelineItem) => {
    props.onSelect(item);
    zoom.reveal(item.time);
  };

  return (
    <>
      <TimelineToolbar
        personRef={props.personRef}
        loaded={loaded}
        loading={props.loading}
        presets={props.presets}
        range={props.range}
        onRange={props.onRange}
        zoom={zoom}
        timeZone={timeZone}
      />
      <ErrorMessage error={props.error} />
      {loaded.truncated && (
        <p className="hint-warning">{t('timeline.truncated', { count: loaded.items.length })}</p>
      )}
      <TimelineAxis
        items={loaded.items}
        zoom={zoom}
        timeZone={timeZone}
        selectedId={selectedId}
        highlighted={highlighted}
        onSelect={props.onSelect}
        ruleTitle={ruleTitle}
      />
      <div className="timeline-legend">
        <span className="legend-item">
          <span className="legend-mark" /> {t('timeline.legendEvent')}
        </span>
        <span className="legend-item">
          <span className="legend-mark signal" /> {t('timeline.legendSignal')}
        </span>
        <span className="legend-item">
          <span className="legend-night" /> {t('timeline.legendNight')}
        </span>
        <span className="muted">{t('timeline.gestures')}</span>
      </div>
      <h3 className="list-title">{t('timeline.inView', { count: visible.length, signals: signalCount })}</h3>
      <EventList
        items={visible}
        timeZone={timeZone}
        selectedId={selectedId}
        highlighted={highlighted}
        onSelect={selectFromList}
        ruleTitle={ruleTitle}
      />
    </>
  );
}
