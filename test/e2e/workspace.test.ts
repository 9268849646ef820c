/**
 * The workspace in Chromium, as each role uses it: the reference case found from the alerts queue, its evening read
 * off the timeline, an unmask with a reason (approved by a second investigator), the audit page showing it, an
 * analyst who sees only pseudonyms and cannot unmask through the UI or the API, and the switch to Chinese.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Served, serveDemo } from '../server/workspace.js';
import { launchChromium, logIn, newPage } from './browser.js';

let served: Served;
let browser: Browser;
let zhou: { id: string; ref: string };
/** Every alerted person's id and names: what a masked role must never see on a page. */
let secrets: string[] = [];

beforeAll(async () => {
  served = await serveDemo();
  browser = await launchChromium();
  const view = await served.workspace.current();
  const id = view.alerts.find((a) => view.persons.get(a.person)?.name === '周晨')!.person;
  zhou = { id, ref: view.directory.refOf(id, new Set()) };
  secrets = view.alerts.flatMap((a) => {
    const person = view.persons.get(a.person)!;
    return [person.id, person.name, person.names?.en ?? ''].filter((s) => s.length >= 2);
  });
}, 240_000);
afterAll(async () => {
  await browser?.close();
  await served?.close();
});

/** Shanghai wall time on 1 September 2025 as epoch ms. */
const shanghai = (hh: number, mm: number) => Date.UTC(2025, 8, 1, hh - 8, mm);

async function pageAs(username: string): Promise<Page> {
  const { page } = await newPage(browser);
  await logIn(page, served.url, username);
  return page;
}

describe('an investigator', () => {
  let page: Page;

  it('opens the top alert from the queue with the keyboard and finds the reference case', async () => {
    page = await pageAs('investigator');
    const rows = page.getByTestId('alert-row');
    await rows.first().waitFor();
    expect(await rows.first().getAttribute('data-ref')).toBe(zhou.ref);
    await expect.poll(() => page.getByTestId('alert-explanation').textContent()).toMatch(/lab|garage|N5/i);
    await page.keyboard.press('j');
    await page.keyboard.press('k');
    expect(await rows.first().getAttribute('aria-selected')).toBe('true');
    await page.keyboard.press('Enter');
    await page.waitForURL(`**/persons/${zhou.ref}`);
    expect(await page.getByTestId('person-title').textContent()).toContain(zhou.ref);
  });

  it('reads the 21:30 lab entry, 21:47 exit without check-out and 22:05 garage hand-off in order', async () => {
    const marks = page.getByTestId('timeline-event');
    await marks.first().waitFor();
    const evening = await marks.evaluateAll((nodes) =>
      nodes.map((node) => ({
        time: Number(node.getAttribute('data-time')),
        action: node.getAttribute('data-action'),
        lane: node.getAttribute('data-lane'),
        x: node.getBoundingClientRect().x,
      })),
    );
    const at = (action: string, from: number, to: number) =>
      evening.find((m) => m.action === action && m.time >= from && m.time < to);
    const entry = at('badge.in', shanghai(21, 25), shanghai(21, 35));
    const exit = at('badge.out', shanghai(21, 45), shanghai(21, 50));
    const garage = at('vehicle.sighting', shanghai(22, 0), shanghai(22, 10));
    expect(entry?.lane).toBe('physical');
    expect(exit?.lane).toBe('physical');
    expect(garage?.lane).toBe('physical');
    expect(entry!.x).toBeLessThan(exit!.x);
    expect(exit!.x).toBeLessThan(garage!.x);
    // The event list says the same, in time order, with the times written out.
    const rows = await page.getByTestId('timeline-row').allTextContents();
    const index = (text: string) => rows.findIndex((row) => row.includes(text));
    expect(index('21:30')).toBeGreaterThanOrEqual(0);
    expect(index('21:30')).toBeLessThan(index('21:47'));
    expect(index('21:47')).toBeLessThan(index('22:05'));
    expect(await page.getByTestId('risk-chart').isVisible()).toBe(true);
    expect(await page.getByTestId('signal-row').count()).toBeGreaterThan(2);
  });

  it('asks to unmask with a written reason; a second investigator approves; the name appears', async () => {
    await page.getByTestId('unmask-button').click();
    await page
      .getByTestId('unmask-reason')
      .fill('Reference case: verify who handed the prototype over in the garage');
    await page.getByTestId('unmask-case').fill('CASE-2025-09');
    await page.getByTestId('unmask-submit').click();
    await expect
      .poll(() => page.getByTestId('unmask-status').textContent())
      .toMatch(/second investigator|approv/i);

    const second = await pageAs('investigator2');
    await second.goto(`${served.url}/persons/${zhou.ref}`);
    await second
      .getByRole('button', { name: /approve/i })
      .first()
      .click();
    await expect.poll(() => second.getByRole('button', { name: /approve/i }).count()).toBe(0);

    await page.goto(`${served.url}/persons/${zhou.id}`);
    await expect.poll(() => page.getByTestId('person-title').textContent()).toContain('周晨');
  });
});

describe('an auditor', () => {
  it('sees the unmask request and its approval, with the reason, on the audit page', async () => {
    const page = await pageAs('auditor');
    await page.getByTestId('nav-audit').click();
    const request = page.locator('[data-testid="audit-row"][data-action="person.unmask.request"]');
    await request.first().waitFor();
    expect(await request.first().textContent()).toContain('verify who handed the prototype over');
    expect(await page.locator('[data-testid="audit-row"][data-action="person.unmask.approve"]').count()).toBe(
      1,
    );
    expect(await page.getByTestId('nav-alerts').count()).toBe(0);
  });
});

describe('a new account', () => {
  it('is added by an admin, logs in with its one-time password and must choose its own first', async () => {
    const admin = await pageAs('admin');
    await admin.getByTestId('nav-users').click();
    await admin.getByTestId('add-user-username').fill('newcomer');
    await admin.locator('.add-user-form input[name="analyst"]').check();
    await admin.getByTestId('add-user-submit').click();
    const oneTime = await admin.getByTestId('one-time-password').inputValue();
    expect(oneTime).toMatch(/^\w{5}(-\w{5}){3}$/);

    const { page } = await newPage(browser);
    await logIn(page, served.url, 'newcomer', oneTime);
    // Nothing but the password change until it is done: the queue is not there yet.
    expect(await page.getByTestId('alert-row').count()).toBe(0);
    await page.getByTestId('password-current').fill(oneTime);
    await page.getByTestId('password-next').fill('a passphrase of my own');
    await page.getByTestId('password-repeat').fill('a passphrase of my own');
    await page.getByTestId('password-submit').click();
    await page.getByTestId('alert-row').first().waitFor();
    expect(await page.getByTestId('alert-row').first().getAttribute('data-ref')).toBe(zhou.ref);
  });
});

describe('an analyst', () => {
  it('sees only pseudonyms, has no unmask button, and the API refuses the unmask too', async () => {
    const page = await pageAs('analyst');
    await page.getByTestId('alert-row').first().waitFor();
    const queue = (await page.locator('body').textContent()) ?? '';
    expect(queue).toContain(zhou.ref);
    expect(secrets.filter((s) => queue.includes(s))).toEqual([]);

    await page.getByTestId('alert-open').click();
    await page.getByTestId('timeline-event').first().waitFor();
    const person = (await page.locator('body').textContent()) ?? '';
    expect(secrets.filter((s) => person.includes(s))).toEqual([]);
    expect(await page.getByTestId('unmask-button').count()).toBe(0);

    const { csrfToken } = await (await page.request.get(`${served.url}/api/auth/session`)).json();
    const refused = await page.request.post(`${served.url}/api/persons/${zhou.ref}/unmask`, {
      headers: { 'x-csrf-token': csrfToken },
      data: { reason: 'I would like to see the name behind this' },
    });
    expect(refused.status()).toBe(403);
    const probe = await page.request.get(`${served.url}/api/persons/${zhou.id}`);
    expect(probe.status()).toBe(404);
  });

  it('switches the workspace to Chinese', async () => {
    const page = await pageAs('analyst');
    await page.getByTestId('lang-switch').click();
    await expect.poll(() => page.getByTestId('nav-alerts').textContent()).toBe('告警');
    await page.reload();
    await expect.poll(() => page.getByTestId('nav-alerts').textContent()).toBe('告警');
  });
});
