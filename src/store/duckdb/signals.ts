/** @module Detection signals and the engine state after them, saved together so a restart resumes exactly. */
import { MolehuntError, type Signal } from '../../model/index.js';
import type { Page, SignalQuery } from '../contract.js';
import { Params, pageSize, whereSql } from './filters.js';
import type { Db, Row } from './session.js';

/** Call inside a transaction: the signals and the state land together or not at all. */
export async function saveDetection(db: Db, signals: readonly Signal[], state: string): Promise<number> {
  let added = 0;
  if (signals.length) {
    const rows = await db.rows(
      `INSERT INTO signals (id, rule, title, level, person, time, grp, events, detected_at)
       SELECT (s->>'id')::UUID, s->>'rule', s->>'title', s->>'level', s->>'person', (s->>'time')::BIGINT,
         (s->'group')::VARCHAR, (s->'events')::VARCHAR, $2
       FROM unnest(json_extract($1, '$[*]')) AS t(s)
       ON CONFLICT (id) DO NOTHING
       RETURNING id`,
      [JSON.stringify(signals), Date.now()],
    );
    added = rows.length;
  }
  await db.run(
    `INSERT INTO detection_state (id, state, saved_at) VALUES (1, $1, $2)
     ON CONFLICT (id) DO UPDATE SET state = excluded.state, saved_at = excluded.saved_at`,
    [state, Date.now()],
  );
  return added;
}

export async function detectionState(db: Db): Promise<string | undefined> {
  const [row] = await db.rows('SELECT state FROM detection_state WHERE id = 1');
  return row ? (row.state as string) : undefined;
}

function toSignal(row: Row): Signal {
  const signal: Signal = {
    id: row.id as string,
    rule: row.rule as string,
    title: row.title as string,
    level: row.level as string,
    time: Number(row.time),
    group: JSON.parse(row.grp as string),
    events: JSON.parse(row.events as string),
  };
  if (row.person !== null) signal.person = row.person as string;
  return signal;
}

/** Signals ordered by (time, id); the cursor is the last one's time and id. */
export async function readSignals(db: Db, query: SignalQuery): Promise<Page<Signal>> {
  const limit = pageSize(query.limit, 1000);
  const p = new Params();
  const where: string[] = [];
  if (query.person !== undefined) where.push(`person = ${p.add(query.person)}`);
  if (query.rule !== undefined) where.push(`rule = ${p.add(query.rule)}`);
  if (query.from !== undefined) where.push(`time >= ${p.add(query.from)}::BIGINT`);
  if (query.to !== undefined) where.push(`time < ${p.add(query.to)}::BIGINT`);
  if (query.after !== undefined) {
    const [time, id] = query.after.split('/');
    if (!time || !id || !Number.isSafeInteger(Number(time))) {
      throw new MolehuntError(
        'MH_ERR_USAGE',
        `"${query.after}" is not a signal cursor; ask again without "after"`,
      );
    }
    where.push(`(time, id) > (${p.add(Number(time))}::BIGINT, ${p.add(id)}::UUID)`);
  }
  const rows = await db.rows(
    `SELECT id::VARCHAR AS id, rule, title, level, person, time::DOUBLE AS time, grp, events FROM signals
     ${whereSql(where)} ORDER BY time, id LIMIT ${limit + 1}`,
    p.values,
  );
  const items = rows.slice(0, limit).map(toSignal);
  const last = items[limit - 1];
  return rows.length > limit && last ? { items, next: `${last.time}/${last.id}` } : { items };
}

export async function signalCounts(db: Db): Promise<Record<string, number>> {
  const rows = await db.rows('SELECT rule, count(*)::DOUBLE AS n FROM signals GROUP BY rule');
  return Object.fromEntries(rows.map((row) => [row.rule as string, Number(row.n)]));
}
