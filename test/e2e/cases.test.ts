/**
 * A case in Chromium, from the alert to the committee's notice: an investigator opens a case from the reference
 * case's alert, adds the leaked spec sheet as evidence, reads its hash and custody, writes a note and a task, checks
 * the ledger (intact, then one byte of the stored file changed on disk and the check names the item), and puts the
 * case to the committee. The committee sees the subject by name, proposes, votes, closes the vote, generates the
 * Chinese notice naming the person and downloads the bundle. A case opens from a person's page too. An admin's
 * template that would not render is refused.
 */
import { createHash } from 'node:crypto';
import { chmodSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { login, type Served, serveDemo } from '../server/workspace.js';
import { launchChromium, logIn, newPage } from './browser.js';

let served: Served;
let browser: Browser;
let zhou: { id: string; ref: string };

beforeAll(async () => {
  served = await serveDemo();
  browser = await launchChromium();
  const view = await served.workspace.current();
  const id = view.alerts.find((a) => view.persons.get(a.person)?.name === '周晨')!.person;
  zhou = { id, ref: view.directory.refOf(id, new Set()) };
}, 240_000);
afterAll(async () => {
  await browser?.close();
  await served?.close();
});

async function pageAs(username: string, locale?: string): Promise<Page> {
  const { page } = await newPage(browser, locale);
  // A step that cannot happen fails in seconds, not after the test's whole minute.
  page.setDefaultTimeout(10_000);
  await logIn(page, served.url, username);
  return page;
}

/** Submits a form that navigates to the new case on success, or fails with the error the form shows. */
async function openedCase(page: Page, submit: string): Promise<string> {
  await page.getByTestId(submit).click();
  const alert = page.locator('dialog[open] [role="alert"]');
  const opened = page.waitForURL(/\/cases\/C-[0-9A-F]{8}$/).then(() => undefined);
  // When the case opens, this wait times out later: it then never settles, and the race is the navigation's.
  const refused = alert.waitFor().then(
    () => alert.textContent(),
    () => new Promise<never>(() => {}),
  );
  const error = await Promise.race([opened, refused]);
  if (error) throw new Error(`the case was not opened: ${error}`);
  return new URL(page.url()).pathname.split('/').pop()!;
}

const specSheet = Buffer.from(
  'K80 Ultra — CONFIDENTIAL\nSoC: Dimensity 9500+\nBattery: 7,000 mAh\nLaunch: 26 September\n',
  'utf8',
);
const specSha = createHash('sha256').update(specSheet).digest('hex');
const specTitle = 'Leaked K80 Ultra spec sheet (copy found online)';

/** The id of the case the investigator opens; the committee's tests continue it. */
let caseId = '';
/** The tests after the first continue its case: without one they fail at once, saying why. */
function needCase(): void {
  if (!caseId) throw new Error('no case: opening it from the alert failed (see the first test)');
}

describe('an investigator', () => {
  let page: Page;
  const row = () => page.locator(`[data-testid="evidence-row"]:has-text("${specTitle}")`);
  /** Runs the check; the result is read with expect.poll, as the previous one stays shown until it answers. */
  const check = async () => {
    await page.getByTestId('integrity-check').click();
    return page.getByTestId('integrity-result');
  };

  it('opens a case from the reference case’s alert, its signal events as the first evidence', async () => {
    page = await pageAs('investigator');
    await page.getByTestId('alert-row').first().waitFor();
    const panel = page.getByTestId('alert-explanation');
    await panel.getByTestId('open-case').click();
    expect(await page.getByTestId('open-case-title').inputValue()).toContain(zhou.ref);
    await page.getByTestId('open-case-title').fill('K80 Ultra leak: lab N5 after hours');
    caseId = await openedCase(page, 'open-case-submit');
    expect(await page.getByTestId('case-title').textContent()).toBe('K80 Ultra leak: lab N5 after hours');
    expect(await page.getByTestId('case-subjects').textContent()).toContain(zhou.ref);
    expect(await page.getByTestId('case-subjects').textContent()).not.toContain('周晨');
    await page.getByTestId('evidence-row').first().waitFor();
    expect(await page.getByTestId('evidence-row').first().textContent()).toContain('events');
  });

  it('uploads a file as evidence and sees its SHA-256 and its custody, a view included', async () => {
    needCase();
    await page.getByTestId('evidence-add').click();
    await page
      .getByTestId('evidence-file')
      .setInputFiles({ name: 'k80-spec.txt', mimeType: 'text/plain', buffer: specSheet });
    await page.getByTestId('evidence-title').fill(specTitle);
    await page.getByTestId('evidence-reason').fill('Copy posted by a tech blogger before the launch');
    await page.getByTestId('evidence-submit').click();
    await row().waitFor();
    expect(await row().getByTestId('evidence-sha256').getAttribute('data-sha256')).toBe(specSha);
    expect(await row().getByTestId('evidence-sha256').getAttribute('title')).toBe(specSha);

    await row().getByTestId('evidence-custody-toggle').click();
    const custody = page.getByTestId('custody-step');
    await custody.first().waitFor();
    expect(await custody.first().getAttribute('data-what')).toBe('collected');
    expect(await custody.first().textContent()).toContain('Copy posted by a tech blogger');

    const [tab] = await Promise.all([page.waitForEvent('popup'), row().getByTestId('evidence-view').click()]);
    await expect.poll(() => page.locator('[data-testid="custody-step"][data-what="viewed"]').count()).toBe(1);
    await tab.close();
  });

  it('adds a note and a task, and marks the task done', async () => {
    needCase();
    await page
      .getByTestId('note-text')
      .fill('The sheet matches the copy sent from his mailbox to the blogger.');
    await page.getByTestId('note-submit').click();
    await expect
      .poll(() => page.getByTestId('case-note').first().textContent())
      .toContain('matches the copy');

    await page.getByTestId('task-title').fill('Ask IT for the mail gateway log of 20 September');
    await page.getByTestId('task-submit').click();
    const task = page.getByTestId('case-task').first();
    await expect.poll(() => task.textContent()).toContain('mail gateway log');
    await task.getByTestId('task-done').click();
    await expect.poll(() => task.getAttribute('data-done')).toBe('true');
  });

  it('checks the case intact; a byte changed in the stored file is named by the check', async () => {
    needCase();
    const intact = await check();
    await expect.poll(() => intact.getAttribute('data-intact')).toBe('true');
    expect(await intact.textContent()).toMatch(/Intact: \d+ entries/);

    const stored = join(served.dataDir, 'evidence', specSha.slice(0, 2), specSha);
    chmodSync(stored, 0o600);
    const tampered = Buffer.from(readFileSync(stored));
    tampered[0] = tampered[0]! ^ 0x01;
    writeFileSync(stored, tampered);
    try {
      const broken = await check();
      await expect.poll(() => broken.getAttribute('data-intact')).toBe('false');
      const item = await row().getAttribute('data-item');
      const problem = page.locator(`[data-testid="integrity-problem"][data-item="${item}"]`);
      expect(await problem.textContent()).toContain(specTitle);
      expect(await row().getAttribute('data-problem')).toBe('altered');
    } finally {
      writeFileSync(stored, specSheet);
    }
    await expect.poll(async () => (await check()).getAttribute('data-intact')).toBe('true');
  });

  it('cannot purge under legal hold: the refusal is shown as the API words it', async () => {
    needCase();
    await page.getByTestId('case-hold-toggle').click({ force: true });
    await page.getByTestId('reason-input').fill('Labour tribunal expected: keep everything');
    await page.getByTestId('reason-submit').click();
    await page.getByTestId('case-hold-badge').waitFor();

    await row().getByTestId('evidence-purge').click();
    await page.getByTestId('reason-input').fill('Retention period over');
    await page.getByTestId('reason-submit').click();
    await expect
      .poll(() => page.getByTestId('reason-dialog').getByRole('alert').textContent())
      .toMatch(/legal hold/i);
    await page.getByTestId('reason-dialog').getByRole('button', { name: 'Cancel' }).click();
  });

  it('puts the case to the committee; export waits until the subject is unmasked', async () => {
    needCase();
    await page.getByTestId('case-move-investigating').click();
    await page.getByTestId('reason-submit').click();
    await expect.poll(() => page.getByTestId('case-page').getAttribute('data-status')).toBe('investigating');
    await page.getByTestId('case-move-committee_review').click();
    await page.getByTestId('reason-input').fill('Evidence complete for the ethics committee');
    await page.getByTestId('reason-submit').click();
    await expect
      .poll(() => page.getByTestId('case-page').getAttribute('data-status'))
      .toBe('committee_review');

    expect(await page.getByTestId('case-export').isDisabled()).toBe(true);
    expect(await page.getByTestId('export-blocked').isVisible()).toBe(true);
    const entries = page.getByTestId('ledger-entry');
    expect(await entries.first().textContent()).toMatch(/^1Opened the case “K80 Ultra leak/);
    expect(await entries.last().textContent()).toContain('Evidence complete for the ethics committee');
  });
});

describe('the committee', () => {
  let page: Page;

  it('sees the case with its subject by name, in Chinese, with the policy’s clauses', async () => {
    needCase();
    page = await pageAs('committee');
    // The committee reads the queue but opens no cases.
    await page.getByTestId('alert-open').waitFor();
    expect(await page.getByTestId('open-case').count()).toBe(0);
    await page.getByTestId('lang-switch').click();
    await page.getByTestId('nav-cases').click();
    await page.locator(`[data-testid="case-row"][data-case="${caseId}"] a`).click();
    await expect.poll(() => page.getByTestId('case-subjects').textContent()).toContain('周晨');
    const form = page.getByTestId('decision-form');
    await expect.poll(() => form.textContent()).toContain('泄露公司保密信息');
  });

  it('proposes a decision, votes, and a second member abstains with a dissent', async () => {
    needCase();
    await page.locator('[data-testid="decision-clause"][value="leak"]').check();
    await page.locator('[data-testid="decision-clause"][value="conflict_of_interest"]').check();
    await page.locator('[data-testid="decision-sanction"][value="dismissal"]').check();
    await page.locator('[data-testid="decision-sanction"][value="no_rehire"]').check();
    await page
      .getByTestId('decision-summary')
      .fill('He handed an unreleased prototype to a reviewer and sent the spec sheet out before launch.');
    await page.getByTestId('decision-propose').click();
    await page.getByTestId('vote-approve').click();
    await expect.poll(() => page.getByTestId('decision-vote').count()).toBe(1);

    const second = await login(served, 'committee2');
    const vote = await second.json('POST', `/api/cases/${caseId}/decision/vote`, {
      vote: 'abstain',
      dissent: 'The money was never shown to have changed hands.',
    });
    expect(vote.status).toBe(200);
    await page.reload();
    await expect.poll(() => page.getByTestId('decision-vote').count()).toBe(2);
    expect(await page.getByTestId('decision-record').textContent()).toContain('The money was never shown');
  });

  it('closes the vote: adopted, and the Chinese notice names the person', async () => {
    needCase();
    await page.getByTestId('decision-close').click();
    await page.getByTestId('reason-submit').click();
    await expect.poll(() => page.getByTestId('case-page').getAttribute('data-status')).toBe('decided');
    expect(await page.getByTestId('decision-record').getAttribute('data-outcome')).toBe('adopted');

    expect(await page.getByTestId('notice-language').inputValue()).toBe('zh');
    await page.getByTestId('notice-generate').click();
    await expect.poll(() => page.getByTestId('notice-text').textContent()).toContain('周晨');
    const [text] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('notice-download').click(),
    ]);
    expect(text.suggestedFilename()).toBe(`${caseId}-notice-zh.txt`);
    await expect
      .poll(() => page.locator('[data-testid="ledger-entry"][data-action="notice.generate"]').count())
      .toBe(1);
  });

  it('downloads the bundle as a zip', async () => {
    needCase();
    await page.getByTestId('case-export').click();
    await page.getByTestId('reason-input').fill('For the ethics committee’s file');
    const [bundle] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('reason-submit').click(),
    ]);
    expect(bundle.suggestedFilename()).toMatch(new RegExp(`^${caseId}.*\\.zip$`));
    const bytes = readFileSync(await bundle.path());
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    await expect
      .poll(() => page.locator('[data-testid="ledger-entry"][data-action="case.export"]').count())
      .toBe(1);
  });
});

describe('a second investigator', () => {
  it('opens a case from the person page, the person as its only subject', async () => {
    const page = await pageAs('investigator2');
    await page.goto(`${served.url}/persons/${zhou.ref}`);
    await page.getByTestId('open-case').click();
    expect(await page.getByTestId('open-case-title').inputValue()).toBe(`Investigation of ${zhou.ref}`);
    const opened = await openedCase(page, 'open-case-submit');
    expect(await page.getByTestId('case-subjects').textContent()).toContain(zhou.ref);
    expect(await page.getByTestId('case-status').getAttribute('data-status')).toBe('open');
    expect(await page.getByTestId('evidence-row').count()).toBe(0);
    await page.getByTestId('nav-cases').click();
    await page.locator(`[data-testid="case-row"][data-case="${opened}"]`).waitFor();
  });
});

describe('an admin', () => {
  it('keeps the policy: a notice template that would not render is refused with the server’s reason', async () => {
    const page = await pageAs('admin');
    await page.getByTestId('nav-policy').click();
    await page.getByTestId('template-variable').first().waitFor();
    const editor = page.getByTestId('template-en');
    const text = editor.getByTestId('template-text-en');
    await text.fill(`${await text.inputValue()}\n{{#unclosed}}`);
    await editor.getByTestId('template-save-en').click();
    await expect.poll(() => editor.getByRole('alert').textContent()).toMatch(/unclosed|section/i);
  });
});
