/** @module Above the axis: the loaded range, preset ranges, zoom buttons, and exports of the range. */
import { seg, withQuery } from '../../api/client';
import { formatWall } from '../../format/zoned-time';
import { useI18n } from '../../i18n/language';
import type { MessageKey } from '../../i18n/messages';
import { type Preset, type PresetKey, sameRange, type TimeRange } from './range';
import type { LoadedTimeline } from './use-timeline';
import type { TimeView } from './use-view';

interface TimelineToolbarProps {
  personRef: string;
  loaded: LoadedTimeline;
  loading: boolean;
  presets: readonly Preset[];
  range: TimeRange | undefined;
  onRange: (range: TimeRange) => void;
  zoom: TimeView;
  timeZone: string;
}

const ZOOM_STEP = 1.6;

const presetLabels: Record<PresetKey, MessageKey> = {
  focus: 'timeline.focusDay',
  latest: 'timeline.signalDay',
  alert: 'timeline.alertDay',
  days7: 'timeline.days',
  days30: 'timeline.days',
};

export function TimelineToolbar({
  personRef,
  loaded,
  loading,
  presets,
  range,
  onRange,
  zoom,
  timeZone,
}: TimelineToolbarProps) {
  const { t } = useI18n();
  const exportHref = (format: 'csv' | 'json') =>
    withQuery(`/api/persons/${seg(personRef)}/timeline/export`, { format, from: loaded.from, to: loaded.to });
  const fitted = sameRange(zoom.view, loaded);
  return (
    <div className="timeline-toolbar">
      <div className="timeline-title">
        <h2>{t('timeline.title')}</h2>
        <span className="muted range-label">
          {formatWall(zoom.view.from, timeZone, 'minute')} – {formatWall(zoom.view.to, timeZone, 'minute')}
          {!fitted && ` ${t('timeline.ofLoaded')}`} · {timeZone}
        </span>
        {loading && <span className="spinner" role="status" aria-label={t('common.loading')} />}
      </div>
      <fieldset className="button-group">
        <legend className="sr-only">{t('timeline.presets')}</legend>
        {presets.map((preset) => (
          <button
            key={preset.key}
            type="button"
            aria-pressed={sameRange(preset.range, range)}
            onClick={() => onRange(preset.range)}
          >
            {t(presetLabels[preset.key], { days: preset.key === 'days7' ? 7 : 30 })}
          </button>
        ))}
      </fieldset>
      <fieldset className="button-group">
        <legend className="sr-only">{t('timeline.zoom')}</legend>
        <button
          type="button"
          onClick={() => zoom.zoom(ZOOM_STEP)}
          aria-label={t('timeline.zoomOut')}
          title={t('timeline.zoomOut')}
        >
          −
        </button>
        <button
          type="button"
          onClick={() => zoom.zoom(1 / ZOOM_STEP)}
          aria-label={t('timeline.zoomIn')}
          title={t('timeline.zoomIn')}
        >
          +
        </button>
        <button type="button" onClick={zoom.fit} disabled={fitted}>
          {t('timeline.fit')}
        </button>
      </fieldset>
      <span className="export-links">
        {t('common.export')}
        <a className="button" href={exportHref('csv')} download>
          CSV
        </a>
        <a className="button" href={exportHref('json')} download>
          JSON
        </a>
      </span>
    </div>
  );
}
