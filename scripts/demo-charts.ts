/**
 * @module Reads a generated demo's exports and shows that they look like a company: when people badge in, by the
 * way they work; how much mail each department sends; who uses lab N5, and when. Writes docs/img/demo-badge-hours.svg
 * and the tables of docs/demo.md (between the `demo:figures` markers).
 *
 *   node bin/run-ts.js scripts/demo-charts.ts [demo folder]   (default: generates the default demo into a temp folder)
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TextDecoder } from 'node:util';
import { isWorkingDay } from '../src/demo/calendar.js';
import { defaultDemo, generateDemo } from '../src/demo/index.js';

const folder = process.argv[2] ?? join(mkdtempSync(join(tmpdir(), 'molehunt-demo-')), 'demo');
if (!process.argv[2]) await generateDemo({ ...defaultDemo, out: folder, format: 'native' });

const csv = (path: string, encoding = 'utf-8') =>
  new TextDecoder(encoding)
    .decode(readFileSync(join(folder, path)))
    .split(/\r?\n/)
    .slice(1)
    .filter(Boolean)
    .map((line) => line.split(','));
const roster = new Map(csv('hr/roster.csv').map((r) => [r[0]!, { department: r[5]!, team: r[6]! }]));
const patternOf: Record<string, string> = {
  RD_HW: 'R&D',
  'RD-HW': 'R&D',
  'RD-SW': 'R&D',
  QA: 'R&D',
  LAB: 'lab',
  SEC: 'security shifts',
  SALES: 'sales',
};
const pattern = (id: string) => patternOf[roster.get(id)?.department ?? ''] ?? 'office';

// First lobby badge-in of each person-day (Shenzhen), by hour and by way of working.
const firstIn = new Map<string, { hour: number; who: string }>();
const lab: { hour: number; who: string; day: string }[] = [];
for (const [, time, who, , door, direction] of csv('badge/shenzhen.csv', 'gb18030')) {
  if (direction !== '进' || !time || !who) continue;
  const day = time.slice(0, 10);
  const hour = Number(time.slice(11, 13));
  if (door?.startsWith('大堂') && !firstIn.has(`${who}/${day}`)) firstIn.set(`${who}/${day}`, { hour, who });
  if (door === 'N5实验室门') lab.push({ hour, who, day });
}
const groups = ['office', 'R&D', 'lab', 'sales', 'security shifts'];
const hist = new Map(groups.map((g) => [g, new Array<number>(24).fill(0)]));
for (const { hour, who } of firstIn.values()) hist.get(pattern(who))![hour]! += 1;

// Mail sent per person and working day, by department.
const sent = new Map<string, number>();
const mailDays = new Set<string>();
for (const line of readFileSync(join(folder, 'mail/gateway.jsonl'), 'utf8').split('\n')) {
  if (!line.startsWith('{"message_id"') || !line.endsWith('}')) continue;
  const mail = JSON.parse(line) as { mailbox: string; from: string; timestamp: string; direction: string };
  if (mail.direction === 'inbound') continue;
  if (isWorkingDay(mail.timestamp.slice(0, 10))) mailDays.add(mail.timestamp.slice(0, 10));
  sent.set(mail.from, (sent.get(mail.from) ?? 0) + 1);
}
const emailToId = new Map(csv('hr/roster.csv').map((r) => [r[4]!, r[0]!]));
const perDepartment = new Map<string, { mails: number; people: number }>();
for (const info of roster.values()) {
  const row = perDepartment.get(info.department) ?? { mails: 0, people: 0 };
  row.people += 1;
  perDepartment.set(info.department, row);
}
for (const [email, count] of sent) {
  const id = emailToId.get(email);
  if (id) perDepartment.get(roster.get(id)!.department)!.mails += count;
}

// The SVG: one line per way of working, share of person-days by badge-in hour.
const width = 640;
const height = 300;
const colours = ['#2563eb', '#16a34a', '#dc2626', '#9333ea', '#ea580c'];
const x = (h: number) => 50 + (h / 23) * (width - 80);
const shares = groups.map((g) => {
  const counts = hist.get(g)!;
  const total = counts.reduce((a, b) => a + b, 0) || 1;
  return counts.map((c) => c / total);
});
const top = Math.max(...shares.flat());
const y = (v: number) => height - 40 - (v / top) * (height - 80);
const svg = [
  `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" font-family="sans-serif" font-size="11">`,
  '<title>First badge-in of the day by hour, by way of working</title>',
  `<rect width="100%" height="100%" fill="white"/>`,
  `<text x="${width / 2}" y="18" text-anchor="middle" font-size="13">First badge-in of the day (Shenzhen lobby), share of person-days by hour</text>`,
  ...[0, 3, 6, 9, 12, 15, 18, 21].map(
    (h) =>
      `<text x="${x(h)}" y="${height - 22}" text-anchor="middle">${String(h).padStart(2, '0')}:00</text>`,
  ),
  `<line x1="50" y1="${height - 40}" x2="${width - 30}" y2="${height - 40}" stroke="#999"/>`,
  ...shares.map(
    (s, i) =>
      `<polyline fill="none" stroke="${colours[i]}" stroke-width="2" points="${s.map((v, h) => `${x(h).toFixed(1)},${y(v).toFixed(1)}`).join(' ')}"/>`,
  ),
  ...groups.map((g, i) => `<text x="${width - 150}" y="${40 + i * 16}" fill="${colours[i]}">■ ${g}</text>`),
  '</svg>',
].join('\n');
mkdirSync('docs/img', { recursive: true });
writeFileSync('docs/img/demo-badge-hours.svg', `${svg}\n`);

const workingDays = mailDays.size;
const mailTable = [
  '| department | people | mails sent per person per working day |',
  '| --- | ---: | ---: |',
  ...[...perDepartment]
    .sort((a, b) => b[1].mails / b[1].people - a[1].mails / a[1].people)
    .map(([d, r]) => `| ${d} | ${r.people} | ${(r.mails / r.people / workingDays).toFixed(1)} |`),
].join('\n');
const labByGroup = new Map<string, { day: number; night: number }>();
for (const entry of lab) {
  const row = labByGroup.get(roster.get(entry.who)?.department ?? '?') ?? { day: 0, night: 0 };
  if (entry.hour >= 20 || entry.hour < 7) row.night += 1;
  else row.day += 1;
  labByGroup.set(roster.get(entry.who)?.department ?? '?', row);
}
const labTable = [
  '| department | N5 entries 07:00–20:00 | N5 entries 20:00–07:00 |',
  '| --- | ---: | ---: |',
  ...[...labByGroup].sort((a, b) => b[1].day - a[1].day).map(([d, r]) => `| ${d} | ${r.day} | ${r.night} |`),
].join('\n');
const section = `<!-- demo:figures -->
Measured from the default demo by \`node bin/run-ts.js scripts/demo-charts.ts\`:
${firstIn.size.toLocaleString('en')} person-days with a lobby badge-in, ${workingDays} working days.

![First badge-in of the day by hour](img/demo-badge-hours.svg)

${mailTable}

Lab N5 is restricted (level 3): its regular users are the lab's own staff, who also work nights when a build needs it.

${labTable}
<!-- /demo:figures -->`;
const doc = readFileSync('docs/demo.md', 'utf8');
writeFileSync('docs/demo.md', doc.replace(/<!-- demo:figures -->[\s\S]*<!-- \/demo:figures -->/, section));
console.log('wrote docs/img/demo-badge-hours.svg and the figures of docs/demo.md');
