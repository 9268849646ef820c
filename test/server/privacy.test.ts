/**
 * Pseudonyms hold through every path a masked role has: API answers, exports, error messages and the server's logs.
 * Unmasking needs a reason, is audited, and for a priority person waits for a second investigator.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, login, type Served, serveDemo } from './workspace.js';

let served: Served;
let analyst: Client;
let investigator: Client;
let investigator2: Client;
let auditor: Client;
/** Every identifier of every person with an alert: what a masked role must never see. */
let secrets: string[] = [];
let top: { id: string; ref: string; priority: boolean };
let ordinary: { id: string; ref: string };

beforeAll(async () => {
  served = await serveDemo();
  analyst = await login(served, 'analyst');
  investigator = await login(served, 'investigator');
  investigator2 = await login(served, 'investigator2');
  auditor = await login(served, 'auditor');
  const view = await served.workspace.current();
  const none = new Set<string>();
  secrets = view.alerts.flatMap((alert) => {
    const person = view.persons.get(alert.person)!;
    const email = person.attrs['user.email'];
    return [
      person.id,
      person.name,
      person.names?.en,
      person.names?.pinyin,
      typeof email === 'string' ? email : '',
    ].filter((s): s is string => !!s && s.length >= 2);
  });
  const zhou = view.alerts.find((a) => view.persons.get(a.person)?.name === '周晨')!;
  top = {
    id: zhou.person,
    ref: view.directory.refOf(zhou.person, none),
    priority: view.isPriority(zhou.person),
  };
  const plain = view.alerts.find((a) => !view.isPriority(a.person))!;
  ordinary = { id: plain.person, ref: view.directory.refOf(plain.person, none) };
}, 180_000);
afterAll(() => served?.close());

function expectNoSecret(text: string) {
  const leaked = secrets.filter((secret) => text.toLowerCase().includes(secret.toLowerCase()));
  expect(leaked).toEqual([]);
}

describe('a masked role (analyst)', () => {
  it('sees pseudonyms in the alerts queue, its explanations and both exports', async () => {
    const alerts = await analyst.request('GET', '/api/alerts?limit=500');
    const text = await alerts.text();
    expect(JSON.parse(text).items.length).toBeGreaterThan(0);
    expect(JSON.parse(text).items.every((a: { person: { masked: boolean } }) => a.person.masked)).toBe(true);
    expect(text).toContain(top.ref);
    expectNoSecret(text);
    expectNoSecret(await (await analyst.request('GET', '/api/alerts/export?format=csv')).text());
    expectNoSecret(await (await analyst.request('GET', '/api/alerts/export?format=json')).text());
  });

  it('reads the reference person by pseudonym, timeline and exports included, without a name', async () => {
    for (const path of [
      `/api/persons/${top.ref}`,
      `/api/persons/${top.ref}/timeline?from=${Date.UTC(2025, 8, 1)}&to=${Date.UTC(2025, 8, 2)}`,
      `/api/persons/${top.ref}/timeline/export?format=csv&from=${Date.UTC(2025, 8, 1)}&to=${Date.UTC(2025, 8, 2)}`,
      `/api/persons/${top.ref}/risk`,
    ]) {
      const response = await analyst.request('GET', path);
      expect([path, response.status]).toEqual([path, 200]);
      expectNoSecret(await response.text());
    }
  });

  it('cannot probe a real id: 404 without the pseudonym, and search does not match names', async () => {
    const response = await analyst.request('GET', `/api/persons/${top.id}`);
    expect(response.status).toBe(404);
    const text = await response.text();
    expect(text).not.toContain(top.ref);
    expectNoSecret(text);
    const search = await analyst.json('GET', `/api/alerts?q=${encodeURIComponent('周晨')}`);
    expect(search.body.items).toEqual([]);
  });

  it('cannot unmask', async () => {
    const response = await analyst.json('POST', `/api/persons/${top.ref}/unmask`, {
      reason: 'I would like to know',
    });
    expect(response.status).toBe(403);
  });
});

describe('unmasking', () => {
  it('refuses an unmask without a written reason, naming the field', async () => {
    const response = await investigator.json('POST', `/api/persons/${ordinary.ref}/unmask`, {
      reason: 'because',
    });
    expect(response.status).toBe(400);
    expect(response.body.issues[0].field).toBe('body.reason');
  });

  it('grants an ordinary person at once, shows the name to that investigator only, and audits who, why and the case', async () => {
    const granted = await investigator.json('POST', `/api/persons/${ordinary.ref}/unmask`, {
      reason: 'Case 42: confirm who carried the prototype out',
      caseId: 'CASE-42',
    });
    expect(granted.status).toBe(200);
    expect(granted.body.person).toMatchObject({ masked: false, id: ordinary.id });
    const page = await investigator.json('GET', `/api/persons/${ordinary.id}`);
    expect(page.body.person.id).toBe(ordinary.id);
    expect((await investigator2.request('GET', `/api/persons/${ordinary.id}`)).status).toBe(404);
    const audit = await auditor.json('GET', '/api/audit?action=person.unmask');
    expect(audit.body.items[0]).toMatchObject({
      user: 'investigator',
      reason: 'Case 42: confirm who carried the prototype out',
      caseId: 'CASE-42',
      subject: ordinary.ref,
    });
  });

  it('holds a priority person until a second investigator approves; nobody approves their own', async () => {
    expect(top.priority).toBe(true);
    const asked = await investigator.json('POST', `/api/persons/${top.ref}/unmask`, {
      reason: 'Reference case: verify the garage hand-off on 1 September',
    });
    expect(asked.status).toBe(202);
    expect((await investigator.request('GET', `/api/persons/${top.id}`)).status).toBe(404);
    const own = await investigator.json('POST', `/api/unmask-requests/${asked.body.requestId}/approve`, {});
    expect(own.status).toBe(403);
    const approved = await investigator2.json(
      'POST',
      `/api/unmask-requests/${asked.body.requestId}/approve`,
      {
        note: 'reason checked',
      },
    );
    expect(approved.body).toEqual({ status: 'granted' });
    const page = await investigator.json('GET', `/api/persons/${top.id}`);
    expect(page.body.person).toMatchObject({ name: '周晨', masked: false });
    const audit = await auditor.json('GET', '/api/audit?action=person.unmask.approve');
    expect(audit.body.items[0]).toMatchObject({ user: 'investigator2', subject: top.ref });
  });

  it('keeps the trail read-only: no route changes or deletes an entry', async () => {
    for (const method of ['PUT', 'PATCH', 'DELETE', 'POST']) {
      expect((await auditor.request(method, '/api/audit', {})).status).toBe(404);
    }
  });
});

describe('the server log', () => {
  it('never names a person, whoever asked', () => {
    expect(served.logs.length).toBeGreaterThan(10);
    expectNoSecret(served.logs.join('\n'));
  });
});
