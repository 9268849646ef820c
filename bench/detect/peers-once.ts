/**
 * @module The peers on the same input, each in its own process: DuckDB (load the CSV, then one window-function
 * query; `duckdb` on one thread, `duckdb-threads` on DuckDB's default thread count) and a naive Node.js script
 * (readline and a Map). Both fire on the first asset_out after a user's most recent badge_in within 30 minutes, as
 * the molehunt rule does. Prints a JSON line; with an output path, also writes the alerts there as
 * `user,asset_out ts` lines.
 */
import { once } from 'node:events';
import { createReadStream, writeFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { DuckDBInstance } from '@duckdb/node-api';

const [peer, file, out] = process.argv.slice(2);
if (!peer || !['duckdb', 'duckdb-threads', 'node'].includes(peer) || !file)
  throw new Error('usage: peers-once.ts duckdb|duckdb-threads|node <input.csv> [alerts.csv]');
const window = 1800;
const started = performance.now();
const alerts: string[] = [];
let events = 0;
if (peer.startsWith('duckdb')) {
  const db = await DuckDBInstance.create(':memory:', peer === 'duckdb' ? { threads: '1' } : {});
  const c = await db.connect();
  await c.run(
    `CREATE TABLE ev AS SELECT * FROM read_csv('${file.replaceAll("'", "''")}', header = true, columns = {'ts': 'BIGINT', 'user': 'VARCHAR', 'event': 'VARCHAR', 'attr': 'VARCHAR'})`,
  );
  // last_badge: the user's most recent badge_in; prev_asset: their asset_out before this one, which must come before
  // last_badge for this asset_out to be the first after it.
  const result = await c.runAndReadAll(`WITH e AS (
      SELECT "user", ts, event,
        max(CASE WHEN event = 'badge_in' THEN ts END) OVER w AS last_badge,
        max(CASE WHEN event = 'asset_out' THEN ts END) OVER (PARTITION BY "user" ORDER BY ts ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS prev_asset
      FROM ev WHERE event IN ('badge_in', 'asset_out')
      WINDOW w AS (PARTITION BY "user" ORDER BY ts ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW))
    SELECT "user", ts FROM e
    WHERE event = 'asset_out' AND ts - last_badge <= ${window} AND (prev_asset IS NULL OR prev_asset < last_badge)`);
  for (const [user, ts] of result.getRows()) alerts.push(`${user},${ts}`);
  events = Number((await c.runAndReadAll('SELECT count(*)::INTEGER FROM ev')).getRows()[0]![0]);
  c.closeSync();
  db.closeSync();
} else {
  const lastBadge = new Map<string, number>();
  const lines = createInterface({
    input: createReadStream(file, { highWaterMark: 1 << 20 }),
    crlfDelay: Number.POSITIVE_INFINITY,
  });
  lines.on('line', (line) => {
    events += 1;
    const [ts, user, event] = line.split(',');
    if (event === 'badge_in') lastBadge.set(user!, Number(ts));
    else if (event === 'asset_out') {
      const since = lastBadge.get(user!);
      if (since !== undefined) {
        if (Number(ts) - since <= window) alerts.push(`${user},${ts}`);
        lastBadge.delete(user!);
      }
    }
  });
  await once(lines, 'close');
  events -= 1; // the header
}
const seconds = (performance.now() - started) / 1000;
if (out) writeFileSync(out, alerts.length ? `${alerts.join('\n')}\n` : '');
console.log(
  JSON.stringify({
    seconds,
    events,
    alerts: alerts.length,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
  }),
);
