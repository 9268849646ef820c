/** Risk over the demo company: the reference case's person rises to the top on the night of the lab visit. */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtInRuleDir, detectImported, loadRules } from '../src/detect/index.js';
import {
  alertsAt,
  type DemoLabels,
  evaluateDemo,
  type RiskContext,
  riskContext,
  riskTop,
} from '../src/risk/index.js';
import { openDuckDbStore } from '../src/store/duckdb/index.js';
import type { Store } from '../src/store/index.js';
import { generateSmallDemo, importDemo } from './demo-company.js';

const root = mkdtempSync(join(tmpdir(), 'molehunt-risk-'));
const zhou = 'LM10024';
/** 1 September 2025 in Shanghai. */
const shanghai = (hours: number) => Date.UTC(2025, 7, 31, 16) + hours * 3_600_000;

describe('risk over the demo company', () => {
  let store: Store;
  let context: RiskContext;

  beforeAll(async () => {
    const out = join(root, 'demo');
    await generateSmallDemo(out, { employees: 150, seed: 'risk' });
    store = await openDuckDbStore({ path: join(root, 'risk.duckdb'), threads: 1 });
    const report = await importDemo(store, out);
    const rules = loadRules([builtInRuleDir]);
    await detectImported(store, rules, [report.batch.id], { timeZone: 'Asia/Shanghai' });
    context = await riskContext(store, rules, 'Asia/Shanghai');
  }, 120_000);
  afterAll(() => store.close());

  it('puts Zhou Chen first on 1 September before 23:00, across four stages', () => {
    const [top] = riskTop(context, shanghai(22.99));
    expect(top!.person).toBe(zhou);
    expect(top!.stages).toEqual(['access', 'exfiltration', 'concealment', 'conflict_of_interest']);
  });

  it('explains the boost: his earlier leak, with its date, and his rank', () => {
    const [top] = riskTop(context, shanghai(22.99));
    expect(top!.boosters.map((b) => b.reason)).toEqual([
      'an executive (中国区市场部总经理), and receives secret documents',
      'disciplined on 2022-06-20: 任华南分公司负责人期间泄露新品发布日期',
    ]);
  });

  it('alerts every planted incident once, no decoy, and explains itself in both languages', () => {
    const labels = JSON.parse(readFileSync(join(root, 'demo', 'labels.json'), 'utf8')) as {
      incidents: { id: string; persons: string[]; malicious: boolean }[];
    };
    const alerts = alertsAt(context, shanghai(24 * 40), 'Asia/Shanghai');
    const alerted = new Set(alerts.map((a) => a.person));
    expect(alerts).toHaveLength(alerted.size);
    for (const incident of labels.incidents) {
      const hit = incident.persons.some((p) => alerted.has(p));
      expect(hit, incident.id).toBe(incident.malicious);
    }
    const zhouAlert = alerts.find((a) => a.person === zhou)!;
    expect(zhouAlert.explanation.en).toMatch(
      /^Chen Zhou \(LM10024\) has a risk of \d+ from \d+ signals across access, /,
    );
    expect(zhouAlert.explanation.en).toMatch(
      /disciplined on 2022-06-20: 任华南分公司负责人期间泄露新品发布日期 \(×1\.5\)/,
    );
    expect(zhouAlert.explanation.zh).toMatch(/^周晨（LM10024）的风险值为\d+/);
    expect(zhouAlert.explanation.zh).toMatch(/2022-06-20 受过处分/);
    expect(zhouAlert.explanation.en).toMatch(
      /priority assets: touches the secret document DOC-2025-0412 .*\(×1\.5\); in restricted area SZ-N5 \(×1\.3\)/,
    );
  });

  it('attributes the canary post to the one recipient of the copy it quotes, and says it is a lead', () => {
    const labels = JSON.parse(readFileSync(join(root, 'demo', 'labels.json'), 'utf8')) as {
      incidents: { id: string; persons: string[] }[];
    };
    const [holder] = labels.incidents.find((i) => i.id === 'canary-leak')!.persons;
    const alert = alertsAt(context, shanghai(24 * 40), 'Asia/Shanghai').find((a) => a.person === holder)!;
    const post = alert.risk.signals.find((s) => s.attribution)!;
    expect(post.signal.title).toBe('Public post quoting the wording of a numbered confidential copy');
    expect(post.attribution!.reason).toMatch(
      new RegExp(`^quotes the wording only numbered copy DOC-\\S+ has, which ${holder} received$`),
    );
    expect(alert.explanation.en).toContain('a lead to verify');
  });

  it('evaluates against the labels: every person-level incident alerted, no false alert, no decoy', async () => {
    const labels = JSON.parse(readFileSync(join(root, 'demo', 'labels.json'), 'utf8')) as DemoLabels;
    const result = await evaluateDemo(store, context, labels, 'Asia/Shanghai');
    const byId = new Map(result.incidents.map((i) => [i.id, i]));
    for (const id of [
      'reference-case',
      'departing-exfiltration',
      'after-hours-leak',
      'admin-snooping',
      'procurement-kickback',
      'canary-leak',
      'tailgating',
    ])
      expect(byId.get(id)!.alerted, id).toBe(true);
    expect(byId.get('decoys')!.alerted).toBe(false);
    expect(result.decoysAlerted).toBe(0);
    expect(result.falseAlertsPer1000PersonDays).toBeLessThanOrEqual(1);
    expect(result.precision).toBe(1);
    const reference = byId.get('reference-case')!;
    expect(reference.latencyMs).toBe(reference.opened! - reference.started!);
    expect(reference.rank).toBeGreaterThanOrEqual(1);
    expect(riskTop(context, reference.rankedFirst!)[0]!.person).toBe(zhou);
    expect(riskTop(context, reference.rankedFirst! - 1)[0]!.person).not.toBe(zhou);
  });

  it('rises with the night’s events: lower before the lab visit than after it', () => {
    const before = riskTop(context, shanghai(21)).find((p) => p.person === zhou)!;
    const after = riskTop(context, shanghai(22.99)).find((p) => p.person === zhou)!;
    expect(after.risk).toBeGreaterThan(before.risk * 2);
    expect(after.signals.length).toBeGreaterThan(before.signals.length);
  });
});
