/**
 * `molehunt eval cert` end to end, as the issue's check runs it: a demo company written in the CERT layout with its own
 * answer key, evaluated from the files through the command line.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CertEvaluation } from '../src/risk/index.js';
import { generateSmallDemo } from './demo-company.js';

const root = mkdtempSync(join(tmpdir(), 'molehunt-eval-cert-'));
const folder = join(root, 'cert');

function evalCert(...args: string[]) {
  const run = spawnSync(process.execPath, ['bin/molehunt.js', 'eval', 'cert', ...args], {
    encoding: 'utf8',
    env: { ...process.env, MOLEHUNT_DATA_DIR: join(root, 'data') },
  });
  return { code: run.status, out: run.stdout, err: run.stderr };
}

describe('molehunt eval cert', () => {
  let result: CertEvaluation;
  let key: string[][];

  beforeAll(async () => {
    await generateSmallDemo(folder, {
      employees: 200,
      days: 40,
      start: '2025-08-05',
      seed: 'cert-eval',
      format: 'cert',
    });
    const run = evalCert('--data', folder, '--answers', join(folder, 'answers'), '--json');
    expect(run.err).toBe('');
    result = JSON.parse(run.out) as CertEvaluation;
    key = readFileSync(join(folder, 'answers', 'insiders.csv'), 'utf8')
      .trim()
      .split('\r\n')
      .slice(1)
      .map((line) => line.split(','));
  }, 120_000);
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('scores every user and user-day, with the answer key’s insiders and days as the malicious ones', () => {
    expect(result.dataset).toBe('demo');
    const records = ['logon', 'device', 'file', 'email', 'http']
      .map(
        (name) =>
          readFileSync(join(folder, `${name}.csv`), 'utf8')
            .trim()
            .split('\r\n').length - 1,
      )
      .reduce((a, b) => a + b);
    expect(result.events).toBe(records);
    expect(result.quarantined).toBe(0);
    expect(result.user.malicious).toBe(new Set(key.map((row) => row[3])).size);
    expect(result.insiders.map((i) => i.user).sort()).toEqual(key.map((row) => row[3]).sort());
    expect(result.userDay.malicious).toBe(result.insiders.reduce((sum, i) => sum + i.maliciousDays, 0));
    expect(result.user.scored).toBeGreaterThanOrEqual(200);
    // Every active user-day is scored: far more than users, fewer than users × days.
    expect(result.userDay.scored).toBeGreaterThan(result.user.scored * 20);
    expect(result.userDay.scored).toBeLessThanOrEqual(result.user.scored * 40);
  });

  it('finds the CERT-shaped insiders (after-hours upload, departing USB copies, snooping admin) on their days', () => {
    for (const scenario of ['1', '2', '3']) {
      const insider = result.insiders.find((i) => i.scenario === scenario)!;
      expect(insider.score, `scenario ${scenario}`).toBeGreaterThan(0);
      expect(insider.daysFlagged, `scenario ${scenario}`).toBeGreaterThan(0);
    }
    expect(result.user.auc).toBeGreaterThan(0.75);
    expect(result.userDay.auc).toBeGreaterThan(0.75);
    expect(result.user.detectionRateAt5).toBeGreaterThan(0.5);
  });

  it('reports CR-k at the published budgets, each within its best possible value', () => {
    expect(result.cumulativeRecall.map((c) => c.k)).toEqual([25, 50, 100, 200, 400, 1000]);
    for (const { value, best } of result.cumulativeRecall) {
      expect(value).toBeGreaterThan(0);
      expect(value).toBeLessThanOrEqual(best);
    }
  });

  it('prints the table an analyst reads, and says what to fix when the answers are missing', () => {
    const table = evalCert('--data', folder, '--answers', join(folder, 'answers'));
    expect(table.out).toMatch(/^user +\d+ +\d+ +\d+ +0\.\d{3} +\d+\.\d% +\d+\.\d%$/m);
    expect(table.out).toMatch(/^user-day +[\d,]+ +\d+ +[\d,]+ +0\.\d{3}/m);
    expect(table.out).toMatch(/CR-25 \d\.\d\d of 1, CR-50/);
    const missing = evalCert('--data', folder, '--answers', folder);
    expect(missing.code).toBe(1);
    expect(missing.err).toMatch(
      /insiders\.csv does not exist; --answers names the folder that holds CERT's insiders\.csv/,
    );
  });

  it('still finds the CERT-scenario insiders in the r4.2 layout, whose logs do not say what was uploaded or copied', () => {
    const r42 = join(root, 'r4.2');
    cpSync(folder, r42, { recursive: true });
    // r4.2's file.csv holds only copies to removable media, and its email.csv counts attachments.
    rewrite(join(r42, 'file.csv'), ['activity', 'to_removable_media', 'from_removable_media'], (row) =>
      row.to_removable_media === 'True' ? row : undefined,
    );
    rewrite(join(r42, 'email.csv'), ['activity'], (row) => ({
      ...row,
      attachments: String(row.attachments ? row.attachments.split(';').length : 0),
    }));
    rewrite(join(r42, 'http.csv'), ['activity']);
    rewrite(join(r42, 'device.csv'), ['file_tree']);
    for (const month of readdirSync(join(r42, 'LDAP'))) rewrite(join(r42, 'LDAP', month), ['projects']);
    const run = evalCert('--data', r42, '--answers', join(r42, 'answers'), '--json');
    expect(run.err).toBe('');
    const older = JSON.parse(run.out) as CertEvaluation;
    for (const scenario of ['1', '2', '3']) {
      const insider = older.insiders.find((i) => i.scenario === scenario)!;
      expect(insider.score, `scenario ${scenario} in r4.2`).toBeGreaterThan(0);
    }
    expect(older.user.flagged).toBeLessThanOrEqual(result.user.flagged);
  });
});

type Row = Record<string, string>;

/**
 * Rewrites a CERT CSV as an older release lays it out: without the columns `drop`, each row changed or left out by
 * `change`.
 */
function rewrite(
  path: string,
  drop: readonly string[],
  change: (row: Row) => Row | undefined = (row) => row,
): void {
  const [header = [], ...lines] = readFileSync(path, 'utf8').split('\r\n').filter(Boolean).map(splitCsv);
  const kept = header.filter((name) => !drop.includes(name));
  const cell = (v: string) => (/[",\r\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);
  const rows = lines.flatMap((cells) => {
    const row = change(Object.fromEntries(header.map((name, i) => [name, cells[i] ?? ''])));
    return row ? [kept.map((name) => cell(row[name] ?? '')).join(',')] : [];
  });
  writeFileSync(path, `${[kept.join(','), ...rows].join('\r\n')}\r\n`);
}

function splitCsv(line: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i += 1) {
    const c = line[i]!;
    if (quoted && c === '"' && line[i + 1] === '"') {
      cell += '"';
      i += 1;
    } else if (c === '"') quoted = !quoted;
    else if (c === ',' && !quoted) {
      cells.push(cell);
      cell = '';
    } else cell += c;
  }
  cells.push(cell);
  return cells;
}
