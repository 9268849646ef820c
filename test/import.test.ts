/** End to end through the real DuckDB store: exports in, counts that reconcile, a queryable quarantine, timelines out. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { builtInProfileDir, loadProfile, type Profile, runImport } from '../src/ingest/index.js';
import { openDuckDbStore } from '../src/store/duckdb/index.js';
import type { Store } from '../src/store/index.js';

let store: Store;
let dir: string;

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'molehunt-import-'));
  store = await openDuckDbStore({ path: join(dir, 'molehunt.duckdb'), threads: 1 });
});
afterEach(() => store.close());

const dirs = [builtInProfileDir];
const importWith = (profile: Profile, ...inputs: string[]) =>
  runImport(store, { profile, inputs, loadProfile: (name) => loadProfile(name, dirs), chunkSize: 256 });

/** A profile as a user would write it from docs/profiles.md: date and time in two columns, GBK detected. */
const siteProfile = `name: shenzhen-badge
description: Shenzhen site badge export
source: badge.shenzhen
format: csv
time: { template: '{日期} {时间}', format: yyyy-MM-dd HH:mm:ss, zone: Asia/Shanghai }
kind: badge
action: { from: 方向, map: { 进: badge.in, 出: badge.out }, strict: true }
actor: 工号
fields:
  molehunt.door: 门禁点
  event.outcome: { from: 结果, map: { 成功: success, 失败: failure } }
`;

const badgeLines = [
  '日期,时间,工号,姓名,门禁点,方向,结果',
  '2026-09-01,21:30:05,E1001,周晨,研发楼东门,进,成功',
  '2026-09-01,21:47:10,E1001,周晨,N5实验室,进,成功',
  '2026-09-01,21:47:10,E1001,周晨,N5实验室,进,成功', // a duplicated row, as real exports have
  '2026-09-31,22:05:40,E1001,周晨,N5实验室,出,成功', // no 31 September
  '2026-09-01,22:06:00,E1002', // missing columns
  '2026-09-01,22:07:00,E1002,"王伟,研发楼东门,进,成功', // a quote that never closes
  '2026-09-01,22:08:00,E1002,王伟,研发楼东门,开,成功', // a direction the profile does not know
  '2026-09-01,22:05:40,E1001,周晨,研发楼东门,出,成功',
];

function writeGbkBadges(): string {
  const path = join(dir, 'badges.csv');
  const invalid = Buffer.from('2026-09-01,22:09:00,E1003,\xff\xfe,研发楼东门,进,成功\r\n', 'latin1');
  writeFileSync(path, Buffer.concat([iconv.encode(`${badgeLines.join('\r\n')}\r\n`, 'gbk'), invalid]));
  return path;
}

describe('import', () => {
  it('imports a GBK export through a user profile, quarantining each bad line with its line and field', async () => {
    const profilePath = join(dir, 'shenzhen-badge.yaml');
    writeFileSync(profilePath, siteProfile);
    const report = await importWith(loadProfile(profilePath, dirs), writeGbkBadges());

    expect(report.files[0]).toMatchObject({
      encoding: 'gb18030',
      read: 9,
      stored: 3,
      duplicates: 1,
      quarantined: 5,
    });
    expect(report.batch).toMatchObject({ read: 9, stored: 3, duplicates: 1, quarantined: 5, status: 'done' });
    const { items } = await store.quarantine({ batch: report.batch.id });
    expect(items.map((q) => [q.line, q.field])).toEqual([
      [5, '{日期} {时间}'],
      [6, '姓名'],
      [7, undefined],
      [8, '方向'],
      [10, undefined],
    ]);
    expect(items[0]?.reason).toMatch(/"2026-09-31 22:05:40" is not a time/);
    expect(items[3]?.reason).toMatch(/"开" is not one of/);
    expect(items[4]?.reason).toMatch(/not valid GB18030/);

    const timeline = await store.events({ actor: 'E1001' });
    expect(timeline.items.map((e) => [e.time, e.action, e.attrs['molehunt.door']])).toEqual([
      [Date.UTC(2026, 8, 1, 13, 30, 5), 'badge.in', '研发楼东门'],
      [Date.UTC(2026, 8, 1, 13, 47, 10), 'badge.in', 'N5实验室'],
      [Date.UTC(2026, 8, 1, 14, 5, 40), 'badge.out', '研发楼东门'],
    ]);
    expect(timeline.items[0]?.raw).toMatchObject({ batch: report.batch.id, line: 2 });
  });

  it('imports the GBK export of docs/profiles.md with the profile written there', async () => {
    const doc = readFileSync('docs/profiles.md', 'utf8');
    const [, sample = '', yaml = ''] = /```\n([\s\S]*?)```[\s\S]*?```yaml\n([\s\S]*?)```/.exec(doc) ?? [];
    const profilePath = join(dir, 'shenzhen-badge.yaml');
    writeFileSync(profilePath, yaml);
    const export_ = join(dir, 'shenzhen-2026-09.csv');
    writeFileSync(export_, iconv.encode(sample.replaceAll('\n', '\r\n'), 'gbk'));
    const report = await importWith(loadProfile(profilePath, dirs), export_);
    expect(report.batch).toMatchObject({ read: 2, stored: 2, quarantined: 0 });
    const [first] = (await store.events({ actor: 'E1001' })).items;
    expect(first).toMatchObject({
      time: Date.UTC(2026, 8, 1, 13, 30, 5),
      source: 'badge.shenzhen',
      action: 'badge.in',
      attrs: { 'molehunt.badge.id': '0012345678', 'molehunt.direction': 'in', 'user.name': '周晨' },
    });
  });

  it('stores nothing the second time the same file is imported', async () => {
    const profilePath = join(dir, 'shenzhen-badge.yaml');
    writeFileSync(profilePath, siteProfile);
    const path = writeGbkBadges();
    await importWith(loadProfile(profilePath, dirs), path);
    const again = await importWith(loadProfile(profilePath, dirs), path);
    expect(again.batch).toMatchObject({ read: 9, stored: 0, duplicates: 4, quarantined: 5 });
    expect(await store.countEvents({})).toBe(3);
  });

  it('imports the CERT r4.2 and r6.2 layouts with the built-in bundle, telling the releases apart', async () => {
    const cert = loadProfile('cert', dirs);
    const r42 = await importWith(cert, 'test/fixtures/cert/r4.2');
    expect(r42.layouts).toEqual(['r4.2']);
    expect(r42.failed).toEqual([]);
    expect(r42.batch).toMatchObject({ read: 14, stored: 13, duplicates: 1, quarantined: 0 });
    const r62 = await importWith(cert, 'test/fixtures/cert/r6.2');
    expect(r62.layouts).toEqual(['r6.2']);
    // decoy_file.csv is not a file the bundle reads.
    expect(r62.files.map((f) => f.name)).not.toContain(expect.stringContaining('decoy'));

    expect(await store.entity('person', 'CEL0561')).toMatchObject({
      name: 'Calvin Edan Love',
      attrs: {
        'user.email': 'Calvin.Edan.Love@dtaa.com',
        'molehunt.person.psychometric': 'O=40 C=39 E=36 A=19 N=40',
      },
    });
    // The February roster changed the manager's role: the later snapshot wins.
    expect((await store.entity('person', 'SBH0001'))?.attrs['molehunt.hr.role']).toBe('Director');

    const [copy] = (await store.events({ actor: 'CEL0561', kinds: ['file'] })).items;
    expect(copy).toMatchObject({
      action: 'file.copy',
      attrs: { 'file.name': 'EYPC9Y08.doc', 'molehunt.file.to_removable': true },
    });
    const [mail] = (await store.events({ actor: 'HGS0262', actions: ['email.send'] })).items;
    expect(mail?.attrs).toMatchObject({
      'email.bcc.address': ['hedda_stone@gmail.com'],
      'email.attachments.file.name': ['C:\\46GCY91\\9JWV9YSV.pdf', 'R:\\60WBQE7S.doc'],
      'email.attachments.file.size': [148822, 20311],
    });
  });

  it('interleaves a person’s sources in time order', async () => {
    await importWith(loadProfile('cert', dirs), 'test/fixtures/cert/r6.2');
    const { items } = await store.events({ actor: 'HGS0262' });
    expect(items.map((e) => e.source)).toEqual([
      'cert.logon',
      'cert.file',
      'cert.device',
      'cert.file',
      'cert.email',
      'cert.http',
      'cert.http',
      'cert.device',
      'cert.email',
    ]);
    const times = items.map((e) => e.time);
    expect(times).toEqual([...times].sort((a, b) => a - b));
  });

  it('reports a file whose header lacks the profile’s columns, and imports the other files', async () => {
    const wrong = join(dir, 'other.csv');
    writeFileSync(wrong, 'a,b\n1,2\n');
    const report = await importWith(
      loadProfile('badge-cn', dirs),
      wrong,
      'test/fixtures/badge/badges-utf8.csv',
    );
    expect(report.failed).toEqual([
      { name: wrong, error: expect.stringMatching(/reads columns "时间", .* that the file does not have/) },
    ]);
    expect(report.files).toHaveLength(1);
    expect(report.batch.read).toBe(report.files[0]?.read);
  });

  it('resolves actors by mail address or name against the imported roster', async () => {
    const roster = join(dir, 'roster.yaml');
    writeFileSync(
      roster,
      'name: roster\ndescription: t\nsource: hr\nformat: csv\nentity:\n  type: person\n  id: id\n  name: name\n  names: { pinyin: pinyin }\n  attrs: { user.email: mail }\n',
    );
    writeFileSync(
      join(dir, 'people.csv'),
      'id,name,pinyin,mail\nE1001,周晨,Zhou Chen,chen.zhou@lumen.example\n',
    );
    const mail = join(dir, 'mail.yaml');
    writeFileSync(
      mail,
      'name: mail\ndescription: t\nsource: mail\nformat: jsonl\ntime: { from: ts, format: iso8601, zone: UTC }\nkind: email\naction: { value: email.send }\nactor: from\nresolve_actor: [email, name]\nfields:\n  email.from.address: from\n  email.to.address: to\n',
    );
    writeFileSync(
      join(dir, 'mail.jsonl'),
      '{"ts":"2026-09-01T13:00:00Z","from":"Chen.Zhou@lumen.example","to":["a@b.cn"]}\n{"ts":"2026-09-01T14:00:00Z","from":"nobody@else.cn","to":["a@b.cn"]}\n',
    );
    await importWith(loadProfile(roster, dirs), join(dir, 'people.csv'));
    const report = await importWith(loadProfile(mail, dirs), join(dir, 'mail.jsonl'));
    expect(report.unresolvedActors).toEqual(['nobody@else.cn']);
    const [sent] = (await store.events({ actor: 'E1001' })).items;
    expect(sent?.attrs).toMatchObject({
      'molehunt.raw_user': 'Chen.Zhou@lumen.example',
      'email.to.address': ['a@b.cn'],
    });
    expect(await store.countEvents({ actor: 'nobody@else.cn' })).toBe(1);
  });
});
