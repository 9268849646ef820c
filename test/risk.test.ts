/** Risk over the demo company: the reference case's person rises to the top on the night of the lab visit. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtInRuleDir, detectImported, loadRules } from '../src/detect/index.js';
import { type RiskContext, riskContext, riskTop } from '../src/risk/index.js';
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

  it('rises with the night’s events: lower before the lab visit than after it', () => {
    const before = riskTop(context, shanghai(21)).find((p) => p.person === zhou)!;
    const after = riskTop(context, shanghai(22.99)).find((p) => p.person === zhou)!;
    expect(after.risk).toBeGreaterThan(before.risk * 2);
    expect(after.signals.length).toBeGreaterThan(before.signals.length);
  });
});
