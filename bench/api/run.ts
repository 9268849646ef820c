/**
 * @module API speed: autocannon against a running `molehunt serve` on the default demo company (2,000 employees ×
 * 60 days): the alerts queue and one person-month of timeline, 50 connections each, as a masked analyst (every answer
 * goes through the pseudonym masker) and as an investigator. Writes the `api` section of docs/benchmarks.md.
 *
 *   npm run bench:api                      # generates and imports the default demo first (about a minute)
 *   npm run bench:api -- --data scratch/d  # a data directory that already holds it (copied, never changed)
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { loadOrCreatePseudonymKey, pseudonymOf } from '../../src/privacy/index.js';
import { openDuckDbStore } from '../../src/store/duckdb/index.js';
import { allEntities } from '../../src/store/index.js';
import { writeBenchSection } from '../section.js';

const { values } = parseArgs({
  options: {
    data: { type: 'string' },
    seconds: { type: 'string', default: '15' },
    connections: { type: 'string', default: '50' },
  },
});
const seconds = Number(values.seconds);
const connections = Number(values.connections);

function molehunt(...args: string[]): string {
  return execFileSync(process.execPath, ['bin/molehunt.js', ...args], {
    encoding: 'utf8',
    maxBuffer: 1 << 26,
  });
}

const root = mkdtempSync(join(tmpdir(), 'molehunt-bench-api-'));
const data = join(root, 'data');
let server: ChildProcess | undefined;
try {
  if (values.data) {
    cpSync(join(values.data, 'molehunt.duckdb'), join(data, 'molehunt.duckdb'));
    if (existsSync(join(values.data, 'pseudonym.key')))
      cpSync(join(values.data, 'pseudonym.key'), join(data, 'pseudonym.key'));
  } else {
    const demo = join(root, 'demo');
    molehunt('demo', 'generate', '--out', demo);
    molehunt('import', 'demo', demo, '--data', data, '--tz', 'Asia/Shanghai');
  }
  const passwords = new Map<string, string>();
  for (const [user, role] of [
    ['bench-analyst', 'analyst'],
    ['bench-investigator', 'investigator'],
  ]) {
    const out = molehunt('user', 'add', user!, '--role', role!, '--data', data);
    passwords.set(user!, /one-time password for \S+: (\S+)/.exec(out)![1]!);
  }

  // Every employee's id, to read months the timeline cache has not seen (the store is closed again before serving).
  const store = await openDuckDbStore({ path: join(data, 'molehunt.duckdb') });
  const employees = (await allEntities(store, 'person')).map((p) => p.id);
  await store.close();

  server = spawn(process.execPath, ['bin/molehunt.js', 'serve', '--data', data, '--port', '0'], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    server!.stdout!.on('data', (chunk: Buffer) => {
      out += chunk;
      const match = /serving the workspace at (http:\/\/\S+?)\/ /.exec(out);
      if (match) resolve(match[1]!);
    });
    server!.once('exit', (code) => reject(new Error(`molehunt serve exited with ${code}: ${out}`)));
  });

  const session = async (user: string) => {
    const first = await login(url, user, passwords.get(user)!);
    const chosen = 'a benchmark passphrase that is long';
    await fetch(`${url}/api/auth/password`, {
      method: 'POST',
      headers: { ...first.headers, 'content-type': 'application/json' },
      body: JSON.stringify({ current: passwords.get(user), next: chosen }),
    });
    return (await login(url, user, chosen)).headers;
  };

  const analyst = await session('bench-analyst');
  const investigator = await session('bench-investigator');
  const alerts = (await (await fetch(`${url}/api/alerts?limit=500`, { headers: analyst })).json()) as {
    items: { person: { ref: string } }[];
  };
  const stats = (await (await fetch(`${url}/api/stats`, { headers: analyst })).json()) as { asOf: number };
  // The person-month: the top alert's person over the 30 days up to the data's present.
  const ref = alerts.items[0]!.person.ref;
  const month = `from=${stats.asOf - 30 * 86_400_000}&to=${stats.asOf + 1}&limit=5000`;
  const timelinePath = `/api/persons/${ref}/timeline?${month}`;
  const monthEvents = (
    (await (await fetch(`${url}${timelinePath}`, { headers: analyst })).json()) as { items: unknown[] }
  ).items.length;

  // Cold reads: a different employee's month each request, more of them than the timeline cache holds.
  const key = loadOrCreatePseudonymKey(data);
  const months = employees.map((id) => `/api/persons/${pseudonymOf(key, id)}/timeline?${month}`);
  let next = 0;
  const coldPaths = () => months[next++ % months.length]!;

  const rows: string[] = [];
  for (const [label, path] of [
    ['alerts queue (`GET /api/alerts`, 50 a page)', () => '/api/alerts'],
    [`one person-month timeline, read again and again (${monthEvents} events)`, () => timelinePath],
    [`a different employee's month each request (${months.length} in turn, cache missed)`, coldPaths],
  ] as const) {
    for (const [role, headers] of [
      ['analyst (masked)', analyst],
      ['investigator', investigator],
    ] as const) {
      const result = await autocannon({
        url,
        connections,
        duration: seconds,
        headers,
        requests: [{ setupRequest: (request) => ({ ...request, path: path() }) }],
      });
      const bad = result.non2xx + result.errors;
      rows.push(
        `| ${label} | ${role} | ${Math.round(result.requests.average).toLocaleString('en')} | ${result.latency.p50} | ${result.latency.p90} | ${result.latency.p97_5} | ${result.latency.p99} | ${bad} |`,
      );
      console.error(rows.at(-1));
    }
  }
  const command = `npm run bench:api${values.data ? ' -- --data <dir with the default demo>' : ''}`;
  writeBenchSection(
    'api',
    `## HTTP API (issue 6)

\`${command}\`: \`molehunt serve\` in its own process on the default demo company (2,000 employees × 60 days), autocannon
in the benchmark's process, ${connections} connections for ${seconds} s each, on this 2-core machine. Every request
passes the session check and, for the analyst, the pseudonym masker; every timeline read appends an audit entry.
Latencies in ms (autocannon reports p97.5 and p99, not p95; p95 lies between p90 and p97.5).

| endpoint | role | requests/s | p50 | p90 | p97.5 | p99 | non-2xx or errors |
| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |
${rows.join('\n')}

Target: p95 under 100 ms for both endpoints. A person's timeline pages are cached per range until the next change
of the store (import, rule run), as investigators reread the months they work on; the last rows read a month the cache
has not seen on every request.

**Where it stands.** The alerts queue meets the target with room to spare. A person-month read again meets it at the
edge (p95 between p90 and p97.5). A month nobody has read since the last import misses it by an order of magnitude:
DuckDB answers it in about 40 ms, and one embedded connection serves the 50 clients in turn. The time is not in
finding the rows (their row ids come back in 4 ms, with or without an index on \`actor\`, which DuckDB does use) but
in reading their \`attrs\` text, which sits compressed in row groups the person's events are scattered over. What
would close the gap: events laid out by person as well as by time (a second, person-ordered copy rebuilt after each
import), or the cluster mode's PostgreSQL with an (actor, time) index; neither is built yet. The cold rows vary from
run to run (25 to 100 requests/s on the same code); read them as one order of magnitude.`,
  );
} finally {
  server?.kill('SIGTERM');
  await new Promise((resolve) => setTimeout(resolve, 500));
  rmSync(root, { recursive: true, force: true });
}

async function login(url: string, username: string, password: string) {
  const response = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (!response.ok) throw new Error(`login ${username}: ${response.status} ${await response.text()}`);
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  const cookie = response.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  return { headers: { cookie, 'x-csrf-token': csrfToken } };
}
