import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isMolehuntError } from '../model/index.js';
import { openDuckDbStore } from '../store/duckdb/index.js';
import type { Store } from '../store/index.js';
import { loadProfile, type Profile, profileDirs, readProfile } from './index.js';
import { type PushOutput, type PushRecordResult, pushIngest } from './push.js';

let dir: string;
let store: Store;

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'molehunt-push-'));
  store = await openDuckDbStore({ path: join(dir, 'molehunt.duckdb'), threads: 1 });
});
afterEach(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

const sender = 'http:alice@127.0.0.1';
const profile = (name: string) => loadProfile(name, profileDirs(dir));

/** A demo-usb record, keyed by the profile's CSV column names. */
const usb = (record: string, over: Record<string, unknown> = {}) =>
  JSON.stringify({
    RecordID: record,
    TimeCreated: '2026-09-01T21:30:05+08:00',
    User: 'LUMEN\\E1001',
    Computer: 'SZ-PC-0042',
    Event: 'Connect',
    DeviceID: 'USB\\VID_0781&PID_5581',
    DeviceModel: 'SanDisk Ultra',
    ...over,
  });

async function* chunks(...parts: (string | Uint8Array)[]): AsyncGenerator<string | Uint8Array> {
  yield* parts;
}

async function push(
  body: AsyncIterable<string | Uint8Array>,
  options: { profile?: Profile; batchSize?: number } = {},
) {
  const out: PushOutput[] = [];
  for await (const item of pushIngest(store, {
    profile: options.profile ?? profile('demo-usb'),
    body,
    sender,
    ...options,
  })) {
    out.push(item);
  }
  const summary = out.pop();
  if (!summary || !('summary' in summary))
    throw new Error(`the last output is not the summary: ${JSON.stringify(summary)}`);
  return { results: out as PushRecordResult[], summary: summary.summary };
}

describe('pushIngest', () => {
  it('answers each record as stored, duplicate or quarantined, by its line in the body', async () => {
    const body = [
      usb('1'),
      usb('1'),
      '',
      usb('2', { TimeCreated: 'yesterday evening' }),
      'not json',
      '[1, 2]',
      usb('3'),
    ];
    const { results, summary } = await push(chunks(`${body.join('\n')}\n`));

    const [one, , , , , , three] = results;
    expect(results).toEqual([
      { line: 1, status: 'stored', id: expect.any(String) },
      { line: 2, status: 'duplicate', id: one!.id },
      {
        line: 4,
        status: 'quarantined',
        field: 'TimeCreated',
        reason: '"yesterday evening" is not a time in the format iso8601',
      },
      { line: 5, status: 'quarantined', reason: expect.stringMatching(/^the line is not valid JSON/) },
      { line: 6, status: 'quarantined', reason: expect.stringMatching(/^the line is not a JSON object/) },
      { line: 7, status: 'stored', id: expect.any(String) },
    ]);
    expect(three).toBeUndefined();
    expect(summary).toEqual({ batch: expect.any(String), read: 6, stored: 2, duplicates: 1, quarantined: 3 });

    const [event] = (await store.events({ ids: [one!.id!] })).items;
    expect(event).toMatchObject({
      kind: 'usb',
      action: 'usb.connect',
      actor: 'E1001',
      target: 'SZ-PC-0042',
      attrs: { 'device.model.name': 'SanDisk Ultra' },
      raw: { batch: summary.batch, file: sender, line: 1 },
    });

    // The same record in a later request is a duplicate of what the first one stored.
    const again = await push(chunks(`${usb('1')}\n`));
    expect(again.results).toEqual([{ line: 1, status: 'duplicate', id: one!.id }]);
    expect(again.summary).toMatchObject({ read: 1, stored: 0, duplicates: 1, quarantined: 0 });
  });

  it('records the request as one import batch whose counts reconcile, its quarantine under the sender', async () => {
    const { summary } = await push(chunks(`${usb('1')}\n${usb('1')}\n{"RecordID": "2"}\n${usb('3')}\n`));

    const [batch] = await store.imports();
    expect(batch).toMatchObject({
      id: summary.batch,
      profile: 'demo-usb',
      source: 'demo.usb',
      files: [sender],
      read: 4,
      stored: 2,
      duplicates: 1,
      quarantined: 1,
      status: 'done',
    });
    expect(batch!.finishedAt).toBeGreaterThanOrEqual(batch!.startedAt);
    const { items } = await store.quarantine({ batch: summary.batch });
    expect(items).toEqual([
      {
        batch: summary.batch,
        file: sender,
        line: 3,
        field: 'TimeCreated',
        reason: 'the time is empty',
        raw: '{"RecordID": "2"}',
        at: expect.any(Number),
      },
    ]);
  });

  it('answers in line order across batches, each record only once its batch is stored, reading one batch ahead at most', async () => {
    const lines = [usb('1'), 'oops', usb('3'), usb('4'), usb('5')];
    let pulled = 0;
    async function* body() {
      for (const line of lines) {
        pulled += 1;
        yield `${line}\n`;
      }
    }
    const seen: { line: number; pulled: number; durable: boolean }[] = [];
    for await (const out of pushIngest(store, {
      profile: profile('demo-usb'),
      body: body(),
      sender,
      batchSize: 2,
    })) {
      if ('summary' in out) continue;
      const durable =
        out.status === 'quarantined'
          ? (await store.quarantine({})).items.some((q) => q.line === out.line)
          : (await store.countEvents({ ids: [out.id!] })) === 1;
      seen.push({ line: out.line, pulled, durable });
    }
    expect(seen).toEqual([
      { line: 1, pulled: 2, durable: true },
      { line: 2, pulled: 2, durable: true },
      { line: 3, pulled: 4, durable: true },
      { line: 4, pulled: 4, durable: true },
      { line: 5, pulled: 5, durable: true },
    ]);
  });

  it('drops a leading BOM, joins a character split between chunks, and reads a last line without a newline', async () => {
    const bytes = Buffer.from(`\uFEFF${usb('1', { DeviceModel: '周晨的U盘' })}\r\n\n${usb('2')}`);
    const cut = bytes.indexOf(Buffer.from('晨')) + 1;
    const { results } = await push(
      chunks(bytes.subarray(0, cut), bytes.subarray(cut, cut + 1), bytes.subarray(cut + 1)),
    );

    expect(results.map((r) => [r.line, r.status])).toEqual([
      [1, 'stored'],
      [3, 'stored'],
    ]);
    const [event] = (await store.events({ ids: [results[0]!.id!] })).items;
    expect(event!.attrs['device.model.name']).toBe('周晨的U盘');
  });

  it('quarantines a line of invalid UTF-8 and a line over 1 MiB, and goes on', async () => {
    const invalid = Buffer.concat([
      Buffer.from('{"RecordID": "'),
      Buffer.from([0xff, 0xfe]),
      Buffer.from('"}\n'),
    ]);
    const long = usb('2', { DeviceModel: 'x'.repeat(1 << 20) });
    const { results, summary } = await push(
      chunks(invalid, long.slice(0, 1000), long.slice(1000), `\n${usb('3')}\n`),
    );

    expect(results).toEqual([
      {
        line: 1,
        status: 'quarantined',
        reason: 'the line has bytes that are not valid UTF-8 at character 15; send the body as UTF-8',
      },
      {
        line: 2,
        status: 'quarantined',
        reason: expect.stringContaining(`${Buffer.byteLength(long)} bytes, more than the 1 MiB`),
      },
      { line: 3, status: 'stored', id: expect.any(String) },
    ]);
    const { items } = await store.quarantine({ batch: summary.batch });
    expect(items[1]!.raw).toBe(long.slice(0, 2000));
  });

  it('refuses an entity profile and a bundle before it begins a batch', async () => {
    for (const name of ['demo-roster', 'demo']) {
      let error: unknown;
      try {
        pushIngest(store, { profile: profile(name), body: chunks(), sender });
      } catch (caught) {
        error = caught;
      }
      expect(isMolehuntError(error) && error.code).toBe('MH_ERR_PUSH_PROFILE');
      expect((error as Error).message).toContain(`molehunt import ${name}`);
    }
    expect(await store.imports()).toEqual([]);
  });

  it('keeps what it answered and marks the batch failed when the body breaks off midway', async () => {
    async function* body() {
      yield `${usb('1')}\n${usb('2')}\n`;
      yield `${usb('3')}\n`;
      throw new Error('connection reset');
    }
    const answered: PushOutput[] = [];
    const run = async () => {
      for await (const out of pushIngest(store, {
        profile: profile('demo-usb'),
        body: body(),
        sender,
        batchSize: 2,
      })) {
        answered.push(out);
      }
    };

    await expect(run()).rejects.toThrow('connection reset');
    expect(answered.map((out) => 'line' in out && out.line)).toEqual([1, 2]);
    expect(await store.countEvents({})).toBe(2);
    const [batch] = await store.imports();
    expect(batch).toMatchObject({ status: 'failed', read: 2, stored: 2, duplicates: 0, quarantined: 0 });
  });

  it('marks the batch failed when the caller stops pulling, as when the client goes away', async () => {
    const body = chunks(...[1, 2, 3, 4].map((n) => `${usb(String(n))}\n`));
    for await (const out of pushIngest(store, { profile: profile('demo-usb'), body, sender, batchSize: 2 })) {
      if ('line' in out) break;
    }

    const [batch] = await store.imports();
    expect(batch).toMatchObject({ status: 'failed', read: 2, stored: 2 });
    expect(batch!.finishedAt).toBeDefined();
  });

  it("picks a CSV profile's variant from the first record's keys, and quarantines every record when none fits", async () => {
    const device = (over: Record<string, unknown>) =>
      JSON.stringify({
        id: '{Q1}',
        date: '01/02/2010 07:21:06',
        user: 'ABC0174',
        pc: 'PC-6182',
        activity: 'Connect',
        ...over,
      });
    const withTree = await push(chunks(`${device({ file_tree: 'R:\\;R:\\Docs' })}\n`), {
      profile: profile('cert-device'),
    });
    const [event] = (await store.events({ ids: [withTree.results[0]!.id!] })).items;
    expect(event!.attrs['molehunt.usb.file_tree']).toBeDefined();

    const path = join(dir, 'tree-only.yaml');
    writeFileSync(
      path,
      `name: tree-only
description: device.csv with a file_tree column only
source: test.device
format: csv
time: { from: date, format: M/d/yyyy H:mm:ss, zone: UTC }
kind: usb
action: { from: activity, map: { Connect: usb.connect }, strict: true }
variants:
  - layouts: [r6.2]
    columns: [file_tree]
`,
    );
    const none = await push(
      chunks(`${device({ id: '{Q2}' })}\n${device({ id: '{Q3}', file_tree: 'R:\\' })}\n`),
      {
        profile: readProfile(path),
      },
    );
    expect(none.results).toEqual(
      [1, 2].map((line) => ({
        line,
        status: 'quarantined',
        reason: expect.stringMatching(
          /^the first record: its columns \(id, date, user, pc, activity\) fit no layout/,
        ),
      })),
    );
  });

  it('resolves actors to persons when the profile asks to', async () => {
    await store.upsertEntities([
      {
        type: 'person',
        id: 'E1001',
        name: '周晨',
        names: {},
        attrs: { 'user.email': 'chen.zhou@lumen.example' },
        source: 'roster',
      },
    ]);
    const mail = JSON.stringify({
      message_id: '<m1@lumen.example>',
      timestamp: '2026-09-01T09:00:00+08:00',
      direction: 'outbound',
      mailbox: 'Chen.Zhou@lumen.example',
      from: 'chen.zhou@lumen.example',
      to: 'someone@elsewhere.example',
    });
    const { results } = await push(chunks(`${mail}\n`), { profile: profile('demo-mail') });

    const [event] = (await store.events({ ids: [results[0]!.id!] })).items;
    expect(event!.actor).toBe('E1001');
  });
});
