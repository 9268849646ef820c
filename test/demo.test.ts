/** The demo company: deterministic files, labels that point at real records, and the reference case as told. */
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDemo } from '../src/demo/index.js';
import { builtInProfileDir, type ImportReport, loadProfile, runImport } from '../src/ingest/index.js';
import { openDuckDbStore } from '../src/store/duckdb/index.js';
import type { Store } from '../src/store/index.js';

const small = { employees: 100, days: 30, start: '2025-08-15', seed: 'lumen', format: 'native' as const };
const root = mkdtempSync(join(tmpdir(), 'molehunt-demo-'));
const dirs = [builtInProfileDir];

function fingerprints(folder: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else out[relative(folder, path)] = createHash('sha256').update(readFileSync(path)).digest('hex');
    }
  };
  walk(folder);
  return out;
}

interface LabelFile {
  incidents: {
    id: string;
    persons: string[];
    from: string;
    evidence: { file: string; line: number; event_id?: string; says: string }[];
  }[];
  noise: { kind: string; file: string; line?: number }[];
}

describe('demo generate', () => {
  it('writes byte-identical files for the same seed, and different ones for another', async () => {
    const a = join(root, 'a');
    const b = join(root, 'b');
    const c = join(root, 'c');
    await generateDemo({ ...small, out: a });
    await generateDemo({ ...small, out: b });
    await generateDemo({ ...small, seed: 'other', out: c });
    const first = fingerprints(a);
    expect(Object.keys(first)).toEqual(
      expect.arrayContaining(['badge/shenzhen.csv', 'mail/gateway.jsonl', 'labels.json', 'hr/roster.csv']),
    );
    expect(fingerprints(b)).toEqual(first);
    expect(fingerprints(c)['badge/shenzhen.csv']).not.toBe(first['badge/shenzhen.csv']);
  });
});

describe('the demo in the CERT layout', () => {
  it('imports with the built-in cert bundle as release r6.2, every labelled event present', async () => {
    const out = join(root, 'cert');
    await generateDemo({ ...small, format: 'cert', out });
    const labels: LabelFile = JSON.parse(readFileSync(join(out, 'labels.json'), 'utf8'));
    const store = await openDuckDbStore({ path: join(root, 'cert.duckdb'), threads: 1 });
    try {
      const report = await runImport(store, {
        profile: loadProfile('cert', dirs),
        inputs: [out],
        loadProfile: (n) => loadProfile(n, dirs),
      });
      expect(report.failed).toEqual([]);
      expect(report.layouts).toEqual(['r6.2']);
      expect(report.batch.quarantined).toBe(0);
      const ids = labels.incidents.flatMap((i) => i.evidence.map((e) => e.event_id!));
      expect(ids.length).toBeGreaterThan(10);
      expect((await store.events({ ids, limit: 10_000 })).items).toHaveLength(new Set(ids).size);
    } finally {
      await store.close();
    }
  }, 120_000);
});

describe('the demo imported', () => {
  let store: Store;
  let report: ImportReport;
  let labels: LabelFile;
  const out = join(root, 'import');

  beforeAll(async () => {
    await generateDemo({ ...small, out });
    labels = JSON.parse(readFileSync(join(out, 'labels.json'), 'utf8'));
    store = await openDuckDbStore({ path: join(root, 'demo.duckdb'), threads: 1 });
    report = await runImport(store, {
      profile: loadProfile('demo', dirs),
      inputs: [out],
      loadProfile: (n) => loadProfile(n, dirs),
    });
  }, 120_000);
  afterAll(() => store.close());

  it('imports every file with the demo profiles, quarantining exactly the planted malformed lines', async () => {
    expect(report.failed).toEqual([]);
    expect(report.unresolvedActors).toEqual([]);
    const planted = labels.noise.filter((n) => n.kind === 'malformed_line').map((n) => `${n.file}:${n.line}`);
    const { items } = await store.quarantine({ batch: report.batch.id, limit: 1000 });
    expect(items.map((q) => `${relative(out, q.file)}:${q.line}`).sort()).toEqual(planted.sort());
    expect(planted.length).toBeGreaterThan(0);
  });

  it('stores every event a label names', async () => {
    const ids = labels.incidents.flatMap((i) => i.evidence.map((e) => e.event_id!));
    expect(ids.length).toBeGreaterThan(10);
    const found = await store.events({ ids, limit: 10_000 });
    expect(found.items.map((e) => e.id).sort()).toEqual([...new Set(ids)].sort());
  });

  it('tells the reference case in Zhou Chen’s timeline as reference-case.md does', async () => {
    const evening = await store.events({
      actor: 'LM10024',
      from: Date.parse('2025-09-01T19:00:00+08:00'),
      to: Date.parse('2025-09-01T23:00:00+08:00'),
    });
    const local = (t: number) => new Date(t + 8 * 3_600_000).toISOString().slice(11, 19);
    expect(evening.items.map((e) => [local(e.time), e.action, e.target])).toEqual([
      ['19:41:12', 'chat.message', 'wowmLF7kq2AAx1'],
      ['19:44:37', 'chat.message', 'wowmLF7kq2AAx1'],
      ['19:46:02', 'chat.message', 'wowmLF7kq2AAx1'],
      ['21:12:48', 'logoff', 'SZ-PC-2417'],
      ['21:30:04', 'badge.in', 'N5实验室门'],
      ['21:30:06', 'camera.face', 'N5实验室门'],
      ['21:47:19', 'badge.out', 'N5实验室门'],
      ['22:02:51', 'badge.in', '车库电梯厅B2'],
      // The camera wrote 22:09:08; the profile's clock_offset puts it back at 22:05.
      ['22:05:08', 'vehicle.sighting', '*87D'],
    ]);
    expect(evening.items[1]?.attrs.message).toBe('放心,我只跑分,不上手开箱,给你多少个W');
    expect(evening.items[8]?.attrs).toMatchObject({
      'molehunt.vehicle.plate_partial': true,
      'molehunt.camera.id': 'GARAGE-B2-03',
    });
    // The bag left unregistered: no asset register entry for him that day.
    expect(
      await store.countEvents({
        actor: 'LM10024',
        kinds: ['asset', 'gate'],
        from: Date.parse('2025-09-01T00:00:00+08:00'),
        to: Date.parse('2025-09-02T00:00:00+08:00'),
      }),
    ).toBe(0);

    const [sheet] = (
      await store.events({
        actor: 'LM10024',
        actions: ['email.send'],
        attrs: { 'email.subject': 'K80 Ultra 参数' },
      })
    ).items;
    expect(sheet?.attrs).toMatchObject({
      'email.to.address': ['xiaochuan.tech@163.com'],
      'email.cc.address': ['chen.guodong@jinhua-acc.cn'],
    });
    const [document] = await store.findEntities({ type: 'document' });
    expect(sheet?.attrs['email.attachments.file.hash.sha256']).toEqual([document?.attrs['file.hash.sha256']]);

    const [record] = (await store.events({ actor: 'LM10024', actions: ['hr.discipline'] })).items;
    expect(record?.attrs).toMatchObject({
      'molehunt.hr.fine': 5000,
      'molehunt.hr.sanction': ['rating_cut', 'fine', 'promotion_cancelled'],
    });
  });

  it('links Zhou Chen through his sister-in-law to a supplier his department approved', async () => {
    const [relative] = (await store.relations('person:LM10024')).filter(
      (r) => r.type === 'relative' && r.attrs['molehunt.relation.kinship'] === 'sibling_in_law',
    );
    expect(relative?.to).toBe('person:EXT-13912345678');
    const holdings = (await store.relations(relative!.to)).filter((r) => r.type === 'shareholder');
    expect(holdings.map((r) => r.to)).toEqual(['company:91440300MA5F8H3L2C']);
    const [toSupplier] = (await store.relations('company:91440300MA5F8H3L2C')).filter((r) =>
      r.to.startsWith('supplier:'),
    );
    const supplier = await store.entity('supplier', toSupplier!.to.slice('supplier:'.length));
    expect(supplier?.attrs).toMatchObject({
      'molehunt.supplier.approved_by': 'MKT-CN',
      'molehunt.supplier.status': 'approved',
    });
  });

  it('plants a tailgater the door camera sees and the badge system does not', async () => {
    const incident = labels.incidents.find((i) => i.id === 'tailgating')!;
    const from = Date.parse(`${incident.from}T00:00:00+08:00`);
    const range = { actor: incident.persons[0], from, to: from + 86_400_000 };
    expect(await store.countEvents({ ...range, actions: ['camera.face'] })).toBe(1);
    expect(await store.countEvents({ ...range, kinds: ['badge'], attrs: { 'molehunt.area': 'SZ-N5' } })).toBe(
      0,
    );
  });

  it('traces the canary leak to the one copy whose wording the post quotes', async () => {
    const leak = labels.incidents.find((i) => i.id === 'canary-leak')!;
    const [post] = (await store.events({ ids: [leak.evidence[0]!.event_id!] })).items;
    const copies = (await store.findEntities({ type: 'document', limit: 100 })).filter(
      (d) => d.attrs['molehunt.document.marker'],
    );
    expect(copies).toHaveLength(12);
    const quoted = copies.filter((c) =>
      String(post?.attrs.message).includes(String(c.attrs['molehunt.document.marker'])),
    );
    expect(quoted).toHaveLength(1);
    const recipients = (await store.relations(`document:${quoted[0]!.id}`)).filter(
      (r) => r.type === 'recipient',
    );
    expect(recipients.map((r) => r.from)).toEqual([
      `person:${(leak as unknown as { persons: string[] }).persons[0]}`,
    ]);
  });

  it('keeps people on recorded leave away from the badge readers', async () => {
    const leaves = (await store.events({ actions: ['hr.leave'], limit: 20 })).items;
    expect(leaves.length).toBeGreaterThan(3);
    for (const leave of leaves) {
      // Leave is recorded (by date) three days before it starts; it ends on the `until` date.
      const from = leave.time + 3 * 86_400_000;
      const to = (leave.attrs['molehunt.hr.until'] as number) + 86_400_000;
      expect(to).toBeGreaterThan(from);
      expect(await store.countEvents({ actor: leave.actor, kinds: ['badge', 'logon'], from, to })).toBe(0);
    }
  });
});
