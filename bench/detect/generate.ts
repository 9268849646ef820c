/** @module The detection benchmark's input: badge, asset, login and print events of N users, as CSV and as a syslog-like log for SEC. */
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { seededRandom as random } from '../random.js';

/**
 * Writes `lines` events, one to two seconds apart, to `<base>.csv` (ts,user,event,attr) and `<base>.log`
 * (`ts user=u event=e attr`): 40% badge_in, 20% asset_out, 25% login, 15% print.
 */
export async function writeDetectInput(base: string, lines: number, users: number, seed = 42): Promise<void> {
  const next = random(seed);
  const csv = createWriteStream(`${base}.csv`);
  const log = createWriteStream(`${base}.log`);
  csv.write('ts,user,event,attr\n');
  let ts = 1_767_225_600;
  let c = '';
  let l = '';
  for (let i = 0; i < lines; i++) {
    ts += 1 + Math.floor(next() * 2);
    const user = `u${String(Math.floor(next() * users)).padStart(5, '0')}`;
    const r = next();
    const [event, attr] =
      r < 0.4
        ? ['badge_in', `door=N${Math.floor(next() * 9)}`]
        : r < 0.6
          ? ['asset_out', `asset=A${Math.floor(next() * 100_000)}`]
          : r < 0.85
            ? ['login', `host=WS${Math.floor(next() * 500)}`]
            : ['print', `pages=${1 + Math.floor(next() * 50)}`];
    c += `${ts},${user},${event},${attr}\n`;
    l += `${ts} user=${user} event=${event} ${attr}\n`;
    if (c.length > 1 << 20) {
      if (!csv.write(c)) await once(csv, 'drain');
      if (!log.write(l)) await once(log, 'drain');
      c = '';
      l = '';
    }
  }
  csv.end(c);
  log.end(l);
  await Promise.all([once(csv, 'finish'), once(log, 'finish')]);
}
