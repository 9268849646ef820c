/**
 * The targets of risk-based alerting, held on the default demo company (2,000 employees, 60 days, seed lumen, as
 * `npm start` makes it): every planted incident alerted, the reference case's person ranked first on 1 September
 * before 23:00, no decoy alerted, at most one false alert per 1,000 person-days.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultDemo, demoTimeZone } from '../src/demo/index.js';
import { builtInRuleDir, detectImported, loadRules } from '../src/detect/index.js';
import {
  type DemoEvaluation,
  type DemoLabels,
  evaluateDemo,
  riskContext,
  riskTop,
} from '../src/risk/index.js';
import { openDuckDbStore } from '../src/store/duckdb/index.js';
import type { Store } from '../src/store/index.js';
import { generateSmallDemo, importDemo } from './demo-company.js';

const root = mkdtempSync(join(tmpdir(), 'molehunt-default-demo-'));
/** The end of 1 September 2025 before 23:00, Shanghai time. */
const septemberFirst = {
  from: Date.parse('2025-09-01T00:00:00+08:00'),
  to: Date.parse('2025-09-01T23:00:00+08:00'),
};

describe('the default demo company', () => {
  let store: Store;
  let labels: DemoLabels;
  let result: DemoEvaluation;
  let firstAt: (time: number) => string | undefined;

  beforeAll(async () => {
    const out = join(root, 'demo');
    await generateSmallDemo(out, { ...defaultDemo });
    store = await openDuckDbStore({ path: join(root, 'molehunt.duckdb') });
    const report = await importDemo(store, out);
    const rules = loadRules([builtInRuleDir]);
    await detectImported(store, rules, [report.batch.id], { timeZone: demoTimeZone });
    const context = await riskContext(store, rules, demoTimeZone);
    labels = JSON.parse(readFileSync(join(out, 'labels.json'), 'utf8')) as DemoLabels;
    result = await evaluateDemo(store, context, labels, demoTimeZone);
    firstAt = (time) => riskTop(context, time)[0]?.person;
  }, 600_000);
  afterAll(async () => {
    await store?.close();
    rmSync(root, { recursive: true, force: true });
  });

  it('alerts every planted incident and no decoy', () => {
    const malicious = result.incidents.filter((i) => i.malicious);
    expect(malicious.length).toBe(labels.incidents.filter((i) => i.malicious).length);
    for (const incident of malicious) expect(incident.alerted, incident.id).toBe(true);
    for (const decoy of result.incidents.filter((i) => !i.malicious))
      expect(decoy.alerted, decoy.id).toBe(false);
    expect(result.decoysAlerted).toBe(0);
  });

  it('ranks the reference case’s person first on 1 September before 23:00 event time', () => {
    const reference = result.incidents.find((i) => i.id === 'reference-case')!;
    expect(reference.rankedFirst).toBeGreaterThanOrEqual(septemberFirst.from);
    expect(reference.rankedFirst).toBeLessThan(septemberFirst.to);
    expect(firstAt(reference.rankedFirst!)).toBe(reference.persons[0]);
    expect(firstAt(septemberFirst.to - 1)).toBe(reference.persons[0]);
  });

  it('raises at most one false alert per 1,000 person-days', () => {
    expect(result.personDays).toBeGreaterThanOrEqual(defaultDemo.employees * defaultDemo.days);
    expect(result.falseAlertsPer1000PersonDays).toBeLessThanOrEqual(1);
  });
});
