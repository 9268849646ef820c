/**
 * @module The work time zone and "now" of the data (`GET /api/stats`), with formatters bound to them: every time the
 * UI shows is in the work time zone, whatever the browser's.
 */
import { createContext, type ReactNode, useContext, useMemo } from 'react';
import { api } from '../api/client';
import type { Stats } from '../api/types';
import { useResource } from '../api/use-resource';
import { formatWall } from './zoned-time';

export interface WorkClock {
  timeZone: string;
  stats?: Stats;
  /** False until the stats have answered (or failed), while the time zone may still change. */
  ready: boolean;
  /** `2025-09-01 21:30` */
  minute: (ms: number | undefined) => string;
  /** `2025-09-01 21:30:04` */
  second: (ms: number | undefined) => string;
  /** `2025-09-01` */
  date: (ms: number | undefined) => string;
  /** `21:30` */
  time: (ms: number) => string;
}

const browserZone = Intl.DateTimeFormat().resolvedOptions().timeZone;

function clockFor(timeZone: string, ready: boolean, stats?: Stats): WorkClock {
  const shape = (kind: 'date' | 'minute' | 'second') => (ms: number | undefined) =>
    ms === undefined ? '' : formatWall(ms, timeZone, kind);
  return {
    timeZone,
    stats,
    ready,
    minute: shape('minute'),
    second: shape('second'),
    date: shape('date'),
    time: (ms) => formatWall(ms, timeZone, 'time'),
  };
}

const WorkClockContext = createContext<WorkClock>(clockFor(browserZone, false));

/** Loads the stats once per login; until they arrive (or if they cannot be read) times show in the browser's zone. */
export function WorkClockProvider({ children }: { children: ReactNode }) {
  const { data, loading } = useResource(() => api.get<Stats>('/api/stats'), []);
  const clock = useMemo(() => clockFor(data?.timeZone ?? browserZone, !loading, data), [data, loading]);
  return <WorkClockContext.Provider value={clock}>{children}</WorkClockContext.Provider>;
}

export function useWorkClock(): WorkClock {
  return useContext(WorkClockContext);
}
