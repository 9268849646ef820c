/**
 * Killing the process (SIGKILL) in the middle of evidence appends: after a restart the ledger is consistent with
 * its signed heads, every recorded item's content is intact, and each append is there completely or not at all.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { Cases } from '../../src/cases/index.js';
import { openDuckDbStore } from '../../src/store/duckdb/index.js';

const dataDir = mkdtempSync(join(tmpdir(), 'molehunt-crash-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

const openCases = async () => {
  const store = await openDuckDbStore({ path: join(dataDir, 'molehunt.duckdb') });
  return { store, cases: new Cases(store, dataDir) };
};

/** Starts the writer, kills it with SIGKILL after `appends` acknowledged appends and a few ms more; returns that count. */
function writeThenKill(caseId: string, appends: number, extraMs: number): Promise<number> {
  const child = spawn(process.execPath, ['bin/run-ts.js', 'test/cases/append-forever.ts', dataDir, caseId], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let acknowledged = 0;
  return new Promise((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      acknowledged = Math.max(acknowledged, ...chunk.toString().trim().split('\n').map(Number));
      if (acknowledged >= appends) setTimeout(() => child.kill('SIGKILL'), extraMs);
    });
    child.once('exit', (_code, signal) =>
      signal === 'SIGKILL'
        ? resolve(acknowledged)
        : reject(new Error('the writer stopped before it was killed')),
    );
  });
}

it('keeps the ledger whole across SIGKILLs in the middle of appends', async () => {
  let { store, cases } = await openCases();
  const caseId = (await cases.open({ title: 'crash test', subjects: [] }, { actor: 'tester' })).id;
  await store.close();

  let acknowledged = 0;
  for (const extraMs of [0, 7, 23]) {
    acknowledged += await writeThenKill(caseId, 3, extraMs);
    ({ store, cases } = await openCases());
    const checked = await cases.check(caseId);
    const state = await cases.get(caseId);
    const heads = await store.treeHeads(caseId);
    await store.close();

    expect(checked.problems).toEqual([]);
    // One signed head per entry: no entry landed without its head, nor a head without its entry.
    expect(heads.map((head) => head.size)).toEqual(state.entries.map((entry) => entry.seq + 1));
    // Every append the writer saw return survived; at most the one in flight is missing.
    expect(state.evidence.length).toBeGreaterThanOrEqual(acknowledged);
    acknowledged = state.evidence.length;
  }
}, 120_000);
