/** The rule pack over the demo company: the planted incidents raise signals, the decoys and everyone else do not. */
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  builtInRuleDir,
  detectImported,
  detectInFiles,
  detectInStore,
  Engine,
  loadRules,
  runFixtures,
  type Signal,
} from '../src/detect/index.js';
import { builtInProfileDir, loadProfile } from '../src/ingest/index.js';
import { type ContentMatcher, contentMatcher } from '../src/leaks/index.js';
import { type Event, fieldSpec } from '../src/model/index.js';
import { openDuckDbStore } from '../src/store/duckdb/index.js';
import type { Store } from '../src/store/index.js';
import { generateSmallDemo, importDemo } from './demo-company.js';

const root = mkdtempSync(join(tmpdir(), 'molehunt-detect-'));
const dirs = [builtInProfileDir];
const zone = { timeZone: 'Asia/Shanghai' };
/** Detection straight from a demo folder; the leak registry's documents, which live in a store, when given. */
const fromFiles = (folder: string, documents?: ContentMatcher) =>
  detectInFiles(
    loadRules([builtInRuleDir]),
    { profile: loadProfile('demo', dirs), inputs: [folder], loadProfile: (n) => loadProfile(n, dirs) },
    { ...zone, contentMatcher: documents },
  );

interface Incident {
  id: string;
  persons: string[];
  malicious: boolean;
  evidence: { event_id: string }[];
}

describe('the rule pack', () => {
  let store: Store;
  let incidents: Incident[];
  let signals: Signal[];
  const out = join(root, 'demo');

  beforeAll(async () => {
    await generateSmallDemo(out);
    incidents = JSON.parse(readFileSync(join(out, 'labels.json'), 'utf8')).incidents;
    store = await openDuckDbStore({ path: join(root, 'demo.duckdb'), threads: 1 });
    await importDemo(store, out);
    const rules = loadRules([builtInRuleDir]);
    expect(rules.problems).toEqual([]);
    ({ signals } = await detectInStore(store, rules, {}, zone));
  }, 120_000);
  afterAll(() => store.close());

  it('raises signals only about people of malicious incidents, or about the posts that leaked their documents', () => {
    const malicious = incidents.filter((i) => i.malicious);
    const suspects = new Set(malicious.flatMap((i) => i.persons));
    const decoys = new Set(incidents.filter((i) => !i.malicious).flatMap((i) => i.persons));
    expect(signals.length).toBeGreaterThan(0);
    const canary = new Set(incidents.find((i) => i.id === 'canary-leak')!.evidence.map((e) => e.event_id));
    const evidence = new Set(malicious.flatMap((i) => i.evidence.map((e) => e.event_id)));
    const posts = signals.filter((s) => s.person === undefined);
    const quoting = posts.filter(
      (s) => s.title === 'Public post quoting the wording of a numbered confidential copy',
    );
    expect(quoting.map((s) => canary.has(s.events[0]!))).toEqual([true]);
    // Fingerprints find the registered documents in leaked posts too: every post named is an incident's evidence.
    for (const post of posts) expect(evidence.has(post.events[0]!), post.title).toBe(true);
    for (const signal of signals.filter((s) => s.person !== undefined)) {
      expect(suspects.has(signal.person!), `${signal.title} about ${signal.person}`).toBe(true);
      expect(decoys.has(signal.person!)).toBe(false);
    }
  });

  it('finds the reference case, the departing engineer, the night leak, the snooping admin, the kickback and the tailgater', () => {
    const about = (id: string) =>
      new Set(
        signals
          .filter((s) => incidents.find((i) => i.id === id)!.persons.includes(s.person!))
          .map((s) => s.title),
      );
    expect([...about('reference-case')]).toEqual(
      expect.arrayContaining([
        'Chat message with payment or kickback wording',
        'Restricted lab exit followed by the garage within 30 minutes',
        'Attachment mailed to a personal webmail address',
      ]),
    );
    expect([...about('departing-exfiltration')]).toEqual(
      expect.arrayContaining([
        'Several files copied to USB within an hour',
        'Attachment mailed to a personal webmail address',
      ]),
    );
    expect([...about('after-hours-leak')]).toContain('Upload to a leak site or a personal cloud drive');
    expect([...about('admin-snooping')]).toContain('Attachment mailed to a personal webmail address');
    expect([...about('procurement-kickback')]).toContain('Chat message with payment or kickback wording');
    expect([...about('tailgating')]).toContain('Tailgating into a restricted area');
  });

  it('follows the reference case from the unusual lab entry to the confidential attachment', () => {
    const zhou = incidents.find((i) => i.id === 'reference-case')!.persons[0]!;
    const titles = signals.filter((s) => s.person === zhou).map((s) => s.title);
    expect(titles).toEqual(
      expect.arrayContaining([
        'Restricted area entered after hours, at a time new to the person and their department',
        'Left a restricted area after an unusual visit without checking anything out',
        'Registered confidential document mailed outside the company',
        'A supplier or a company in the registry on CC of an outbound mail',
      ]),
    );
  });

  it('names each signal’s proving events, which the store holds', async () => {
    const ids = signals.flatMap((s) => s.events);
    expect((await store.events({ ids, limit: 10_000 })).items).toHaveLength(new Set(ids).size);
  });

  it('finds the same straight from the files as from the store, given the store’s registered documents', async () => {
    const found = await fromFiles(out, await contentMatcher(store));
    expect(found.quarantined).toBeGreaterThan(0);
    expect(found.signals).toEqual(signals);
  });

  it('detects live import by import, resuming from the saved state, as one pass over everything would', async () => {
    // The mail arrives in a second import, after everything else: its rules read mail only.
    const withoutMail = join(root, 'without-mail');
    const mailOnly = join(root, 'mail-only');
    cpSync(out, withoutMail, { recursive: true, filter: (src) => !src.includes('/mail') });
    cpSync(join(out, 'mail'), join(mailOnly, 'mail'), { recursive: true });
    const live = await openDuckDbStore({ path: join(root, 'live.duckdb'), threads: 1 });
    try {
      const rules = loadRules([builtInRuleDir]);
      const importAndDetect = async (folder: string) => {
        const report = await importDemo(live, folder);
        return detectImported(live, rules, [report.batch.id], zone);
      };
      const first = await importAndDetect(withoutMail);
      const second = await importAndDetect(mailOnly);
      expect(first.added + second.added).toBe(signals.length);
      const stored = (await live.signals({ limit: 10_000 })).items;
      expect(stored.map((s) => s.id).sort()).toEqual(signals.map((s) => s.id).sort());
      // Importing the same files again stores no event, so detection has nothing new to say.
      const repeat = await importAndDetect(mailOnly);
      expect(repeat.signals).toEqual([]);
      expect((await live.signals({ limit: 10_000 })).items).toHaveLength(signals.length);
    } finally {
      await live.close();
    }
  });
});

describe('a clean company', () => {
  it('raises no signal at all', async () => {
    const out = join(root, 'clean');
    await generateSmallDemo(out, { employees: 120, start: '2025-03-03', seed: 'clean', clean: true });
    const found = await fromFiles(out);
    expect(found.events).toBeGreaterThan(30_000);
    expect(found.signals.map((s) => `${s.title} (${s.person})`)).toEqual([]);
  }, 60_000);
});

describe('the rule pack’s corpus', () => {
  const rules = loadRules([builtInRuleDir]);
  const all = [...rules.detections, ...rules.correlations];
  const stages = ['access', 'collection', 'exfiltration', 'concealment', 'conflict_of_interest'];

  it('loads whole, at least 25 rules, one per file named after it', () => {
    expect(rules.problems).toEqual([]);
    const files = readdirSync(builtInRuleDir).filter((f) => f.endsWith('.yml'));
    expect(all.length).toBe(files.length);
    expect(all.length).toBeGreaterThanOrEqual(25);
    for (const rule of all)
      expect(basename(rule.path)).toMatch(
        /^(physical|vehicle|asset|email|chat|logon|usb|web|hr|post|mr)_[a-z0-9_]+\.yml$/,
      );
  });

  it('gives every rule a status, level, Chinese title, stage tag, false positives and a triage note', () => {
    for (const rule of all) {
      const text = readFileSync(rule.path, 'utf8');
      expect(text, rule.path).toMatch(/^status: (experimental|test|stable)$/m);
      expect(text, rule.path).toMatch(/^level: /m);
      expect(text, rule.path).toMatch(/^title_zh: \S/m);
      expect(
        rule.tags.some((t) => stages.includes(t.replace(/^molehunt\./, ''))),
        rule.path,
      ).toBe(true);
      expect(rule.falsepositives.length, rule.path).toBeGreaterThan(0);
      expect(rule.triage, rule.path).toBeTruthy();
    }
  });

  it('reads only fields of the field dictionary', () => {
    const own = new Set([
      'user.id',
      'event.action',
      'molehunt.kind',
      'event.dataset',
      'molehunt.target',
      'event.id',
      '@timestamp',
    ]);
    for (const rule of rules.detections) {
      const used = [
        ...rule.fields,
        ...rule.baselines.flatMap((b) => ('of' in b ? b.of : 'sum' in b && b.sum ? [b.sum] : [])),
      ];
      for (const field of used.map((f) => f.split('|')[0]!).filter((f) => !f.startsWith('local.')))
        expect(own.has(field) || fieldSpec(field) !== undefined, `${rule.path}: ${field}`).toBe(true);
    }
  });

  it('fires every rule on its fixture, with the whole pack loaded', () => {
    const failures = runFixtures(rules).filter((r) => !r.ok);
    expect(failures.map((f) => f.message)).toEqual([]);
  });
});

describe('loading rules', () => {
  it('runs a rule written as the Sigma specification shows, metadata and all', () => {
    const dir = mkdtempSync(join(tmpdir(), 'molehunt-sigma-'));
    writeFileSync(
      join(dir, 'usb_unknown_device.yml'),
      [
        'title: Unknown USB Storage Device Connected',
        'id: 5f9b6e4c-2d1a-4c3b-9e8f-7a6b5c4d3e21',
        'related:',
        '  - id: 1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d',
        '    type: derived',
        'status: test',
        'description: Detects a USB storage device whose model is not one the company issues.',
        'references:',
        '  - https://github.com/SigmaHQ/sigma-specification',
        'author: An Analyst',
        'date: 2025-09-01',
        'modified: 2025-09-02',
        'tags:',
        '  - attack.exfiltration',
        '  - attack.t1052.001',
        'logsource:',
        '  product: molehunt',
        '  category: usb',
        'detection:',
        '  selection:',
        '    event.action: usb.connect',
        '  filter_issued:',
        '    device.model.name|startswith:',
        "      - 'Lumen '",
        "      - 'Kingston IronKey'",
        '  condition: selection and not 1 of filter_*',
        'fields:',
        '  - user.id',
        '  - host.name',
        'falsepositives:',
        '  - Unknown',
        'level: medium',
      ].join('\n'),
    );
    const set = loadRules([dir]);
    expect(set.problems).toEqual([]);
    const engine = new Engine(set.detections, set.correlations);
    const usb = (model: string, id: string): Event => ({
      id,
      time: Date.UTC(2025, 8, 1),
      source: 'demo.usb',
      kind: 'usb',
      action: 'usb.connect',
      actor: 'LM10209',
      attrs: { 'device.model.name': model },
      raw: { batch: 'b', file: 'usb.csv', line: 2 },
    });
    expect(engine.process(usb('SanDisk Cruzer Blade', 'e1')).map((s) => s.title)).toEqual([
      'Unknown USB Storage Device Connected',
    ]);
    expect(engine.process(usb('Kingston IronKey D300', 'e2'))).toEqual([]);
  });

  it('reports a broken rule with file, line and key, and loads the rest', () => {
    const dir = mkdtempSync(join(tmpdir(), 'molehunt-rules-'));
    writeFileSync(join(dir, 'good.yml'), readFileSync(join(builtInRuleDir, 'chat_payment_wording.yml')));
    writeFileSync(
      join(dir, 'bad.yml'),
      'title: bad\nid: 0b5d1a3e-9c7f-4e2a-8b6d-4f1e3a5c7b92\nlogsource:\n  product: molehunt\n  category: badge\ndetection:\n  selection:\n    molehunt.door|windash: x\n  condition: selection\n',
    );
    const set = loadRules([dir]);
    expect(set.detections.map((r) => r.title)).toEqual(['Chat message with payment or kickback wording']);
    expect(set.problems.map((p) => p.message)).toEqual([
      expect.stringMatching(/bad\.yml:8: detection\.selection: the modifier "windash" is not supported/),
    ]);
  });
});
