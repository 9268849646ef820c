/**
 * @module The person's timeline: the range (by default the day of the weightiest signal, else a preset), the
 * zoomable axis, the list of visible events, and exports of the range.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import type { PersonDetail } from '../../api/types';
import { useWorkClock } from '../../format/work-clock';
import { useI18n } from '../../i18n/language';
import { ErrorMessage, Loading } from '../../ui/feedback';
import { dayOf, presetsFor, type SignalPick, type TimeRange } from './range';
import { TimelineView } from './TimelineView';
import { useTimeline } from './use-timeline';

interface TimelineSectionProps {
  detail: PersonDetail;
  pick: SignalPick | undefined;
}

export function TimelineSection(props: TimelineSectionProps) {
  const { t } = useI18n();
  const clock = useWorkClock();
  const section = useRef<HTMLElement>(null);
  useEffect(() => {
    if (props.pick) section.current?.scrollIntoView({ behavior: 'smooth', block: 'start' });
  }, [props.pick]);
  return (
    <section ref={section} className="panel timeline-panel" aria-label={t('timeline.title')}>
      {/* The default day depends on the work time zone: wait for it rather than load a day twice. */}
      {clock.ready ? <TimelineLoader {...props} timeZone={clock.timeZone} /> : <Loading />}
    </section>
  );
}

function TimelineLoader({ detail, pick, timeZone }: TimelineSectionProps & { timeZone: string }) {
  const { t, pick: inLanguage } = useI18n();
  const presets = useMemo(() => presetsFor(detail, timeZone), [detail, timeZone]);
  const [range, setRange] = useState<TimeRange | undefined>(presets[0]?.range);
  const [selectedId, setSelectedId] = useState<string>();
  const [highlighted, setHighlighted] = useState<ReadonlySet<string>>(new Set());
  const timeline = useTimeline(detail.person.ref, range);

  useEffect(() => {
    if (!pick) return;
    setRange(dayOf(pick.time, timeZone));
    setHighlighted(new Set(pick.events));
    setSelectedId(pick.events[pick.events.length - 1]);
  }, [pick, timeZone]);

  const { signals } = detail;
  const titles = useMemo(
    () => new Map(signals.map((s) => [s.rule, inLanguage(s.title, s.titleZh)])),
    [signals, inLanguage],
  );
  const ruleTitle = (rule: string) => titles.get(rule) ?? rule;

  const data = timeline.data;
  if (!data)
    return timeline.error ? (
      <ErrorMessage error={timeline.error} />
    ) : (
      <Loading label={t('timeline.loading')} />
    );
  return (
    <TimelineView
      personRef={detail.person.ref}
      loaded={data}
      loading={timeline.loading}
      error={timeline.error}
      presets={presets}
      range={range}
      onRange={setRange}
      timeZone={timeZone}
      selectedId={selectedId}
      onSelect={(item) => setSelectedId(item.id)}
      highlighted={highlighted}
      ruleTitle={ruleTitle}
    />
  );
}
