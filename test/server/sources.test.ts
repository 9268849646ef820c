/** Getting data in over HTTP: push ingest with a result per record, file upload as a job, and rule runs. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, login, type Served, serveDemo } from './workspace.js';

let served: Served;
let admin: Client;

beforeAll(async () => {
  served = await serveDemo({ employees: 60 });
  admin = await login(served, 'admin');
}, 180_000);
afterAll(() => served?.close());

async function waitForJob(
  id: string,
  // biome-ignore lint/suspicious/noExplicitAny: a job's result differs by kind; each test asserts its own
): Promise<{ status: string; result: any; progress: { done: number; total: number } }> {
  for (;;) {
    const job = (await admin.json('GET', `/api/jobs/${id}`)).body;
    if (job.status !== 'running') return job;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const usb = (id: number, time: string, user = 'LUMEN\\LM10024') =>
  JSON.stringify({
    RecordID: String(900_000 + id),
    TimeCreated: time,
    User: user,
    Computer: 'SZ-PC-0001',
    Event: 'Connect',
    DeviceID: 'USB\\VID_0951&PID_6790\\PUSHTEST',
    DeviceModel: 'Kingston DataTraveler',
  });

describe('push ingest', () => {
  it('answers stored, duplicate or quarantined for every line, then a summary that reconciles', async () => {
    const body = [
      usb(1, '2025-09-02T10:00:00+08:00'),
      usb(2, '2025-09-02T10:05:00+08:00'),
      usb(1, '2025-09-02T10:00:00+08:00'),
      usb(3, 'the day after tomorrow'),
      '{not json',
    ].join('\n');
    const response = await admin.request('POST', '/api/ingest/demo-usb', body, {
      'content-type': 'application/x-ndjson',
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/application\/x-ndjson/);
    const lines = (await response.text())
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.slice(0, 5).map((l) => [l.line, l.status])).toEqual([
      [1, 'stored'],
      [2, 'stored'],
      [3, 'duplicate'],
      [4, 'quarantined'],
      [5, 'quarantined'],
    ]);
    expect(lines[3].field).toBe('TimeCreated');
    expect(lines[5].summary).toMatchObject({ read: 5, stored: 2, duplicates: 1, quarantined: 2 });
    const batch = lines[5].summary.batch;
    const quarantine = (await admin.json('GET', `/api/quarantine?batch=${batch}`)).body.items;
    expect(quarantine.map((q: { line: number }) => q.line)).toEqual([4, 5]);
    expect(quarantine[0].file).toBe(`http:admin@127.0.0.1`);
  });

  it('refuses a profile that is not an event profile, and a body that is not NDJSON', async () => {
    const roster = await admin.request(
      'POST',
      '/api/ingest/demo-roster',
      usb(9, '2025-09-02T10:00:00+08:00'),
      {
        'content-type': 'application/x-ndjson',
      },
    );
    expect([roster.status, ((await roster.json()) as { code: string }).code]).toEqual([
      400,
      'MH_ERR_PUSH_PROFILE',
    ]);
    const json = await admin.json('POST', '/api/ingest/demo-usb', { RecordID: '1' });
    expect([json.status, json.body.code]).toEqual([400, 'MH_ERR_BAD_REQUEST']);
  });
});

describe('file upload', () => {
  it('imports an uploaded file as a job with progress, then lists the batch and its quarantine', async () => {
    const csv = [
      'RecordID,TimeCreated,User,Computer,Event,DeviceID,DeviceModel',
      '800001,2025-09-03T09:00:00+08:00,LUMEN\\LM10024,SZ-PC-0001,Connect,USB\\X,Kingston',
      '800002,not a time,LUMEN\\LM10024,SZ-PC-0001,Connect,USB\\X,Kingston',
    ].join('\n');
    const started = await admin.request('POST', '/api/imports?profile=demo-usb&filename=usb-extra.csv', csv, {
      'content-type': 'application/octet-stream',
    });
    expect(started.status).toBe(202);
    const job = await waitForJob(((await started.json()) as { job: { id: string } }).job.id);
    expect(job.status).toBe('done');
    expect(job.progress.done).toBe(job.progress.total);
    expect(job.result.batch).toMatchObject({ read: 2, stored: 1, quarantined: 1, status: 'done' });
    const imports = (await admin.json('GET', '/api/imports')).body.items;
    expect(imports[0].id).toBe(job.result.batch.id);
    const quarantine = (await admin.json('GET', `/api/quarantine?batch=${job.result.batch.id}`)).body.items;
    expect(quarantine).toHaveLength(1);
    expect(quarantine[0]).toMatchObject({ line: 3, field: 'TimeCreated' });
  });

  it('refuses a bundle, saying which profiles to use', async () => {
    const response = await admin.request('POST', '/api/imports?profile=demo&filename=x.csv', 'a,b\n', {
      'content-type': 'application/octet-stream',
    });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { message: string }).message).toMatch(/demo-usb/);
  });
});

describe('rules', () => {
  it('runs one rule over history as a job and reports its hits', async () => {
    const rules = (await admin.json('GET', '/api/rules')).body.items as { id: string; hits: number }[];
    const hit = rules.find((r) => r.hits > 0)!;
    const started = await admin.json('POST', `/api/rules/${hit.id}/run`);
    expect(started.status).toBe(202);
    const job = await waitForJob(started.body.job.id);
    expect(job.status).toBe('done');
    expect(job.progress.total).toBeGreaterThan(1000);
    expect(job.progress.done).toBe(job.progress.total);
    // The same events give the same signals: a run over history finds them again and adds none.
    expect(job.result).toMatchObject({ rule: hit.id, added: 0 });
    expect(job.result.signals).toBeGreaterThanOrEqual(hit.hits);
  });
});
