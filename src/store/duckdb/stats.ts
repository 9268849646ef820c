/** @module What the store holds, counted. */
import type { StoreStats } from '../contract.js';
import type { Db } from './session.js';

/** Counts of everything stored; events are grouped by their integer shape first, then named through event_shapes. */
export async function stats(db: Db): Promise<StoreStats> {
  const [totals] = await db.rows(
    `SELECT
       (SELECT count(*) FROM events)::DOUBLE AS events,
       (SELECT min(time) FROM events)::DOUBLE AS first_event,
       (SELECT max(time) FROM events)::DOUBLE AS last_event,
       (SELECT count(*) FROM entities WHERE type = 'person')::DOUBLE AS persons,
       (SELECT count(*) FROM relations)::DOUBLE AS relations,
       (SELECT count(*) FROM quarantine)::DOUBLE AS quarantined,
       (SELECT count(*) FROM imports)::DOUBLE AS imports`,
  );
  const byShape = await db.rows(
    `SELECT s.kind, s.source, c.n::DOUBLE AS n
     FROM (SELECT shape, count(*) AS n FROM events GROUP BY shape) c JOIN event_shapes s USING (shape)`,
  );
  const byType = await db.rows(
    'SELECT type, count(*)::DOUBLE AS n FROM entities GROUP BY type ORDER BY type',
  );
  const result: StoreStats = {
    events: Number(totals?.events ?? 0),
    eventsByKind: {},
    eventsBySource: {},
    persons: Number(totals?.persons ?? 0),
    entitiesByType: Object.fromEntries(byType.map((row) => [row.type as string, Number(row.n)])),
    relations: Number(totals?.relations ?? 0),
    quarantined: Number(totals?.quarantined ?? 0),
    imports: Number(totals?.imports ?? 0),
  };
  for (const row of byShape) {
    const n = Number(row.n);
    const kind = row.kind as string;
    const source = row.source as string;
    result.eventsByKind[kind] = (result.eventsByKind[kind] ?? 0) + n;
    result.eventsBySource[source] = (result.eventsBySource[source] ?? 0) + n;
  }
  if (totals?.first_event !== null && totals?.first_event !== undefined)
    result.firstEvent = Number(totals.first_event);
  if (totals?.last_event !== null && totals?.last_event !== undefined)
    result.lastEvent = Number(totals.last_event);
  return result;
}
