/** @module A person's events over a range, every page of them up to a cap, for the time axis and the list. */
import { api, seg } from '../../api/client';
import type { Timeline, TimelineItem } from '../../api/types';
import { useResource } from '../../api/use-resource';
import type { TimeRange } from './range';

const PAGE = 5_000;
/** Past this the axis stops being readable anyway; the UI says the range was cut and asks to narrow it. */
const CAP = 20_000;

export interface LoadedTimeline extends TimeRange {
  items: TimelineItem[];
  truncated: boolean;
}

async function loadTimeline(personRef: string, range: TimeRange | undefined): Promise<LoadedTimeline> {
  const path = `/api/persons/${seg(personRef)}/timeline`;
  const first = await api.get<Timeline>(path, { from: range?.from, to: range?.to, limit: PAGE });
  const items = [...first.items];
  let next = first.next;
  while (next && items.length < CAP) {
    const page = await api.get<Timeline>(path, {
      from: range?.from,
      to: range?.to,
      limit: PAGE,
      cursor: next,
    });
    items.push(...page.items);
    next = page.next;
  }
  return { from: first.from, to: first.to, items, truncated: next !== undefined };
}

/** `range` undefined asks for the API's default: the seven days up to the person's last event. */
export function useTimeline(personRef: string, range: TimeRange | undefined) {
  return useResource(() => loadTimeline(personRef, range), [personRef, range?.from, range?.to]);
}
