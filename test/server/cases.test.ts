/**
 * Cases through the API, as the workspace uses them: an investigator builds the reference case from its alert, the
 * committee decides it and gives notice, and every step is in the ledger, the audit trail and the bundle.
 */
import { chmodSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyBundle } from '../../src/cases/index.js';
import { type Client, login, type Served, serveDemo } from './workspace.js';

let served: Served;
let investigator: Client;
let committee: Client;
let committee2: Client;
let admin: Client;
let auditor: Client;
/** The reference case's subject: their id, pseudonym and name. */
let zhou: { id: string; ref: string; name: string; alert: string };
let caseId = '';

beforeAll(async () => {
  served = await serveDemo();
  investigator = await login(served, 'investigator');
  committee = await login(served, 'committee');
  committee2 = await login(served, 'committee2');
  admin = await login(served, 'admin');
  auditor = await login(served, 'auditor');
  const view = await served.workspace.current();
  const alert = view.alerts.find((a) => view.persons.get(a.person)?.name === '周晨')!;
  zhou = {
    id: alert.person,
    ref: view.directory.refOf(alert.person, new Set()),
    name: '周晨',
    alert: alert.id,
  };
}, 180_000);
afterAll(() => served?.close());

const upload = (client: Client, id: string, query: string, content: string | Buffer) =>
  client.request('POST', `/api/cases/${id}/evidence/file?${query}`, content as string, {
    'content-type': 'application/octet-stream',
  });

describe('an investigator', () => {
  it("opens a case from the subject's alert, with the alert's signal events as evidence", async () => {
    // The alert's id as the queue shows it to someone who has not unmasked its person: with the pseudonym in it.
    const queue = await investigator.json('GET', '/api/alerts?limit=500');
    const alert = queue.body.items.find((a: { person: { ref: string } }) => a.person.ref === zhou.ref).id;
    expect(alert).toBe(zhou.alert.replace(zhou.id, zhou.ref));
    const unknown = await investigator.json('POST', '/api/cases', {
      title: 'K80',
      subjects: [zhou.ref],
      alerts: [zhou.alert],
    });
    expect(unknown.status).toBe(404);
    const opened = await investigator.json('POST', '/api/cases', {
      title: 'K80 spec sheet leak',
      subjects: [zhou.ref],
      alerts: [alert],
      reason: 'the alert of 1 September',
    });
    expect(opened.status).toBe(201);
    caseId = opened.body.case.id;
    expect(opened.body.case.status).toBe('open');
    expect(opened.body.subjects).toMatchObject([{ ref: zhou.ref, masked: true }]);
    const [events] = opened.body.case.evidence;
    expect(events).toMatchObject({ kind: 'event', mediaType: 'application/json' });
    expect(events.source.events.length).toBeGreaterThan(2);
    expect(events.custody).toMatchObject([
      { what: 'collected', by: 'investigator', reason: 'the alert of 1 September' },
    ]);
    // The subject stays masked in what the investigator reads, ledger entries included.
    expect(JSON.stringify(opened.body)).not.toContain(zhou.id);
  });

  it('adds a file, a note and a task, and reads content as a recorded custody step, masked', async () => {
    const added = await upload(
      investigator,
      caseId,
      'title=Garage%20camera%20still&fileName=garage.txt&mediaType=text/plain&reason=the%20hand-off',
      `Camera 3, 22:05: ${zhou.name} hands over a box\n`,
    );
    expect(added.status).toBe(200);
    const item = ((await added.json()) as { case: { evidence: { id: string; sha256: string }[] } }).case
      .evidence[1]!;
    expect(item.sha256).toMatch(/^[0-9a-f]{64}$/);
    await investigator.json('POST', `/api/cases/${caseId}/notes`, {
      text: 'No check-out in the asset register',
    });
    const tasked = await investigator.json('POST', `/api/cases/${caseId}/tasks`, {
      title: 'Ask HR for the file',
    });
    const task = tasked.body.case.tasks[0].id;
    expect(
      (await investigator.json('POST', `/api/cases/${caseId}/tasks/${task}/done`)).body.case.tasks[0].done,
    ).toBe(true);

    const content = await investigator.request(
      'GET',
      `/api/cases/${caseId}/evidence/${item.id}/content?reason=review`,
    );
    expect(content.headers.get('content-security-policy')).toBe('sandbox');
    const text = await content.text();
    expect(text).toContain(zhou.ref);
    expect(text).not.toContain(zhou.name);
    const after = await investigator.json('GET', `/api/cases/${caseId}`);
    const custody = after.body.case.evidence[1].custody;
    expect(custody.map((c: { what: string; reason?: string }) => [c.what, c.reason])).toEqual([
      ['collected', 'the hand-off'],
      ['viewed', 'review'],
    ]);
  });

  it('cannot purge under legal hold, and cannot mark the case decided by hand', async () => {
    const state = (await investigator.json('GET', `/api/cases/${caseId}`)).body.case;
    await investigator.json('POST', `/api/cases/${caseId}/hold`, {
      on: true,
      reason: 'the tribunal may ask',
    });
    const purge = await investigator.json(
      'POST',
      `/api/cases/${caseId}/evidence/${state.evidence[1].id}/purge`,
      {
        reason: 'retention period over',
      },
    );
    expect([purge.status, purge.body.code]).toEqual([409, 'MH_ERR_LEGAL_HOLD']);
    await investigator.json('POST', `/api/cases/${caseId}/status`, { to: 'investigating' });
    const decided = await investigator.json('POST', `/api/cases/${caseId}/status`, { to: 'decided' });
    expect([decided.status, decided.body.code]).toEqual([409, 'MH_ERR_CASE_STATE']);
  });

  it('cannot export until the subjects are unmasked, since the report names them; the bundle then verifies', async () => {
    const refused = await investigator.json('POST', `/api/cases/${caseId}/export`, {});
    expect([refused.status, refused.body.message]).toEqual([403, expect.stringMatching(/unmask/)]);
    await investigator.json('POST', `/api/persons/${zhou.ref}/unmask`, {
      reason: `evidence bundle for case ${caseId}`,
      caseId,
    });
    // The subject is a priority person: a second investigator approves.
    const investigator2 = await login(served, 'investigator2');
    const pending = await investigator2.json('GET', '/api/unmask-requests?status=pending');
    await investigator2.json('POST', `/api/unmask-requests/${pending.body.items[0].id}/approve`, {});
    const response = await investigator.request('POST', `/api/cases/${caseId}/export`, {});
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toMatch(new RegExp(`${caseId}-\\d+\\.zip`));
    const key = (await investigator.json('GET', '/api/ledger-key')).body;
    const report = verifyBundle(new Uint8Array(await response.arrayBuffer()), { key: key.fingerprint });
    expect(report).toMatchObject({ caseId, items: 2, problems: [] });
  });
});

describe('the committee', () => {
  it('does not see a case before it is put to them', async () => {
    expect((await committee.json('GET', `/api/cases/${caseId}`)).status).toBe(404);
    expect((await committee.json('GET', '/api/cases')).body.items).toEqual([]);
  });

  it('sees the subject by name once the case is put to them, and decides it by vote', async () => {
    await investigator.json('POST', `/api/cases/${caseId}/status`, { to: 'committee_review' });
    const seen = await committee.json('GET', `/api/cases/${caseId}`);
    expect(seen.body.subjects).toMatchObject([{ id: zhou.id, name: zhou.name, masked: false }]);

    const unknown = await committee.json('POST', `/api/cases/${caseId}/decision`, {
      person: zhou.id,
      clauses: ['leak', 'bribery'],
      sanctions: ['dismissal'],
      summary: 'Handed the K80 prototype over in the garage',
    });
    expect([unknown.status, unknown.body.message]).toEqual([400, expect.stringMatching(/no clause bribery/)]);
    await committee.json('POST', `/api/cases/${caseId}/decision`, {
      person: zhou.id,
      clauses: ['leak'],
      sanctions: ['dismissal', 'no_rehire'],
      summary: 'Handed the K80 prototype over in the garage on 1 September',
    });
    await committee.json('POST', `/api/cases/${caseId}/decision/vote`, { vote: 'approve' });
    await committee2.json('POST', `/api/cases/${caseId}/decision/vote`, {
      vote: 'abstain',
      dissent: 'A referral would be enough',
    });
    const twice = await committee.json('POST', `/api/cases/${caseId}/decision/vote`, { vote: 'reject' });
    expect(twice.status).toBe(409);
    const closed = await committee.json('POST', `/api/cases/${caseId}/decision/close`, {});
    expect(closed.body.case).toMatchObject({ status: 'decided', decision: { outcome: 'adopted' } });

    // The decision is now part of the person's disciplinary history, which risk reads.
    const history = await served.store.events({ actor: zhou.id, kinds: ['hr'] });
    expect(history.items.some((e) => e.action === 'hr.discipline' && e.target === caseId)).toBe(true);
  });

  it('gives notice in Chinese naming the person, recorded in the ledger and the audit trail', async () => {
    const notice = await committee.json('POST', `/api/cases/${caseId}/notices`, { language: 'zh' });
    expect(notice.status).toBe(200);
    expect(notice.body.text).toContain(zhou.name);
    expect(notice.body.text).toContain('泄露公司保密信息');
    const state = (await committee.json('GET', `/api/cases/${caseId}`)).body.case;
    expect(state.notices).toMatchObject([{ language: 'zh', sha256: notice.body.sha256, by: 'committee' }]);
    const audit = await auditor.json('GET', `/api/audit?action=case.notice.generate`);
    expect(audit.body.items).toMatchObject([{ user: 'committee', caseId }]);
    // An investigator has no notice to give: the route is the committee's.
    expect((await investigator.json('POST', `/api/cases/${caseId}/notices`, { language: 'en' })).status).toBe(
      403,
    );
  });
});

describe('the integrity check', () => {
  it('names the evidence item whose stored content lost a byte', async () => {
    expect((await investigator.json('GET', `/api/cases/${caseId}/check`)).body.problems).toEqual([]);
    const state = (await investigator.json('GET', `/api/cases/${caseId}`)).body.case;
    const item = state.evidence[1];
    const path = join(served.dataDir, 'evidence', item.sha256.slice(0, 2), item.sha256);
    const bytes = readFileSync(path);
    bytes[0] = bytes[0]! ^ 1;
    chmodSync(path, 0o600);
    writeFileSync(path, bytes);
    const checked = await investigator.json('GET', `/api/cases/${caseId}/check`);
    expect(checked.body.problems).toMatchObject([{ kind: 'altered', item: item.id }]);
    expect(checked.body.problems[0].message).toContain('Garage camera still');
  });
});

describe('the policy', () => {
  it('is edited by an admin; a clause a decision cites stays, and a broken template is refused', async () => {
    const policy = (await committee.json('GET', '/api/policy')).body;
    expect(policy.clauses.map((c: { id: string }) => c.id)).toEqual(['leak', 'conflict_of_interest']);
    const bribery = { id: 'bribery', title: { en: 'Bribery', zh: '商业贿赂' } };
    const dropped = await admin.json('PUT', '/api/policy/clauses', { clauses: [bribery] });
    expect([dropped.status, dropped.body.message]).toEqual([
      409,
      expect.stringContaining(`leak (${caseId})`),
    ]);
    const saved = await admin.request('PUT', '/api/policy/clauses', {
      clauses: [...policy.clauses, bribery],
    });
    expect(saved.status).toBe(204);
    expect((await committee.json('GET', '/api/policy')).body.clauses).toHaveLength(3);

    const broken = await admin.json('PUT', '/api/policy/notices/en', { template: 'Dear {{person.nmae}}' });
    expect([broken.status, broken.body.message]).toEqual([400, expect.stringContaining('person.nmae')]);
    const template = 'Notice to {{person.name}}: {{#sanctions}}{{label}} {{/sanctions}}';
    expect((await admin.request('PUT', '/api/policy/notices/en', { template })).status).toBe(204);
    const notice = await committee.json('POST', `/api/cases/${caseId}/notices`, { language: 'en' });
    expect(notice.body.text).toMatch(new RegExp(`^Notice to ${zhou.name}: \\S`));
  });
});
