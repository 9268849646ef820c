/** The rule pack over the demo company: the planted incidents raise signals, the decoys and everyone else do not. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDemo } from '../src/demo/index.js';
import { builtInRuleDir, detectInStore, loadRules, type Signal } from '../src/detect/index.js';
import { builtInProfileDir, loadProfile, runImport } from '../src/ingest/index.js';
import { openDuckDbStore } from '../src/store/duckdb/index.js';
import type { Store } from '../src/store/index.js';

const root = mkdtempSync(join(tmpdir(), 'molehunt-detect-'));
const dirs = [builtInProfileDir];

interface Incident {
  id: string;
  persons: string[];
  malicious: boolean;
}

describe('the rule pack', () => {
  let store: Store;
  let incidents: Incident[];
  let signals: Signal[];

  beforeAll(async () => {
    const out = join(root, 'demo');
    await generateDemo({
      employees: 100,
      days: 30,
      start: '2025-08-15',
      seed: 'lumen',
      format: 'native',
      out,
    });
    incidents = JSON.parse(readFileSync(join(out, 'labels.json'), 'utf8')).incidents;
    store = await openDuckDbStore({ path: join(root, 'demo.duckdb'), threads: 1 });
    await runImport(store, {
      profile: loadProfile('demo', dirs),
      inputs: [out],
      loadProfile: (n) => loadProfile(n, dirs),
    });
    const rules = loadRules([builtInRuleDir]);
    expect(rules.problems).toEqual([]);
    signals = await detectInStore(store, rules);
  }, 120_000);
  afterAll(() => store.close());

  it('raises signals only about people of malicious incidents', () => {
    const suspects = new Set(incidents.filter((i) => i.malicious).flatMap((i) => i.persons));
    const decoys = new Set(incidents.filter((i) => !i.malicious).flatMap((i) => i.persons));
    expect(signals.length).toBeGreaterThan(0);
    for (const signal of signals) {
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

  it('names each signal’s proving events, which the store holds', async () => {
    const ids = signals.flatMap((s) => s.events);
    expect((await store.events({ ids, limit: 10_000 })).items).toHaveLength(new Set(ids).size);
  });
});

describe('loading rules', () => {
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
