/**
 * Leak tracing in Chromium: an investigator registers the K80 Ultra spec sheet by uploading it, distributes canary
 * copies to five people and downloads one copy with a reason. An analyst pastes a retyped excerpt of one recipient's
 * copy and the page names that recipient's pseudonym first, with the deciding positions marked where they are in the
 * text; the analyst sees who received copies but is offered none of them; an unrelated text is said to come from no
 * registered document; the Chinese sheet is traced in the Chinese UI. The investigator files an attribution in a case.
 */
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { specSheet, unrelatedNotice } from '../../src/leaks/fixtures/index.js';
import { normalize } from '../../src/leaks/index.js';
import { login, type Served, serveDemo } from '../server/workspace.js';
import { launchChromium, logIn, newPage } from './browser.js';

let served: Served;
let browser: Browser;
/** Five people, by id and by the pseudonym an analyst and an investigator see. */
let people: { id: string; ref: string }[] = [];

beforeAll(async () => {
  served = await serveDemo();
  browser = await launchChromium();
  const view = await served.workspace.current();
  people = [...view.persons.keys()]
    .slice(0, 5)
    .map((id) => ({ id, ref: view.directory.refOf(id, new Set()) }));
}, 240_000);
afterAll(async () => {
  await browser?.close();
  await served?.close();
});

async function pageAs(username: string): Promise<Page> {
  const { page } = await newPage(browser);
  page.setDefaultTimeout(10_000);
  await logIn(page, served.url, username);
  return page;
}

/** Registers a sheet through the form and answers its new id, read from the confirmation. */
async function register(page: Page, sheet: string, fileName: string, title: string): Promise<string> {
  await page.getByTestId('nav-leaks').click();
  await page
    .getByTestId('register-file')
    .setInputFiles({ name: fileName, mimeType: 'text/plain', buffer: Buffer.from(sheet) });
  await page.getByTestId('register-title').fill(title);
  await page.getByTestId('register-classification').selectOption('secret');
  await page.getByTestId('register-submit').click();
  const done = await page.getByTestId('register-done').textContent();
  const id = /D-[0-9A-F]{8}/.exec(done ?? '')?.[0];
  if (!id) throw new Error(`the document was not registered: ${done}`);
  return id;
}

/** Distributes the open document to `recipients` through its form, and waits for the recipients list. */
async function distribute(page: Page, recipients: string[]): Promise<void> {
  expect(await page.getByTestId('distribute-marks').isChecked()).toBe(true);
  // One per line and comma-separated alike.
  await page
    .getByTestId('distribute-recipients')
    .fill(`${recipients.slice(0, 2).join(', ')}\n${recipients.slice(2).join('\n')}`);
  await page.getByTestId('distribute-submit').click();
  await page.locator('[data-testid="document-page"][data-distributed="true"]').waitFor();
}

/** A 300-character stretch of a copy as someone retyping it gives it: no invisible marks, no lookalike letters. */
const retyped = (copy: string, from: number, length = 300) =>
  normalize(copy.slice(from, from + length)).text.trim();

async function copyOf(docId: string, person: number): Promise<string> {
  const copy = await served.store.leakVariantText(docId, people[person]!.id);
  if (copy === undefined) throw new Error(`${people[person]!.ref} received no copy of ${docId}`);
  return copy;
}

/** Pastes a text on the trace page and asks whose copy it is, against `docId` or the best match. */
async function trace(page: Page, text: string, docId = ''): Promise<void> {
  await page.getByTestId('trace-text').fill(text);
  await page.getByTestId('trace-document').selectOption(docId);
  await page.getByTestId('trace-attribute').click();
}

/** The documents the investigator registers; the later tests trace texts to their copies. */
let enDoc = '';
let zhDoc = '';
/** A test that needs a document fails at once without it, saying why. */
function need(docId: string): void {
  if (!docId) throw new Error('no document: registering or distributing it failed (see the first tests)');
}

describe('an investigator', () => {
  let page: Page;

  it('registers the English spec sheet by uploading it, and finds it in the list', async () => {
    page = await pageAs('investigator');
    enDoc = await register(page, specSheet.en, 'k80-ultra-spec.en.txt', 'K80 Ultra spec sheet');
    const row = page.locator(`[data-testid="document-row"][data-document="${enDoc}"]`);
    await row.waitFor();
    expect(await row.getByTestId('document-classification').getAttribute('data-classification')).toBe(
      'secret',
    );
    expect(await row.textContent()).toContain('English');
    expect(await row.getByTestId('document-distribution').textContent()).toBe('not distributed');
  });

  it('distributes it to five people, with invisible marks unless told, and lists them by pseudonym', async () => {
    need(enDoc);
    await page.getByTestId('register-open').click();
    expect(await page.getByTestId('document-title').textContent()).toBe('K80 Ultra spec sheet');
    await distribute(
      page,
      people.map((p) => p.ref),
    );
    const recipients = page.getByTestId('recipient-row');
    expect(
      await recipients.evaluateAll((rows) => rows.map((row) => row.getAttribute('data-recipient'))),
    ).toEqual(people.map((p) => p.ref));
    expect(await page.getByTestId('distribution').textContent()).toContain('with invisible marks');
    expect(await page.getByTestId('download-copy').count()).toBe(5);
  });

  it('downloads one recipient’s copy with a reason, exactly as issued', async () => {
    need(enDoc);
    const row = page.locator(`[data-testid="recipient-row"][data-recipient="${people[2]!.ref}"]`);
    await row.getByTestId('download-copy').click();
    expect(await page.getByTestId('download-submit').isDisabled()).toBe(true);
    await page.getByTestId('download-reason').fill('Resend to the recipient, whose mailbox lost it');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('download-submit').click(),
    ]);
    expect(download.suggestedFilename()).toBe(`${enDoc}-${people[2]!.ref}.txt`);
    expect(readFileSync(await download.path(), 'utf8')).toBe(await copyOf(enDoc, 2));
  });

  it('registers and distributes the Chinese spec sheet as a second document', async () => {
    zhDoc = await register(page, specSheet.zh, 'k80-ultra-spec.zh.txt', 'K80 Ultra 规格表');
    await page.getByTestId('register-open').click();
    await distribute(
      page,
      people.map((p) => p.ref),
    );
    expect(await page.getByTestId('recipient-row').count()).toBe(5);
    await page.getByTestId('leaks-tab-documents').click();
    for (const docId of [enDoc, zhDoc]) {
      const row = page.locator(`[data-testid="document-row"][data-document="${docId}"]`);
      expect(await row.getByTestId('document-distribution').textContent()).toBe('5 recipients');
    }
  });
});

describe('an analyst', () => {
  let page: Page;

  it('traces a retyped excerpt to its recipient, the deciding positions marked where they are', async () => {
    need(enDoc);
    page = await pageAs('analyst');
    await page.getByTestId('nav-leaks').click();
    await page.getByTestId('leaks-tab-trace').click();
    const leak = retyped(await copyOf(enDoc, 3), 1200);
    await trace(page, leak, enDoc);

    const attribution = page.getByTestId('attribution');
    await attribution.waitFor();
    expect(await attribution.getAttribute('data-verdict')).toBe('recipient');
    expect(await page.getByTestId('attribution-verdict').textContent()).toBe('One recipient’s copy');
    expect(await page.getByTestId('attribution-named').textContent()).toBe(people[3]!.ref);
    expect(await page.getByTestId('attribution-summary').textContent()).toContain(`${people[3]!.ref}’s copy`);
    expect(await page.getByTestId('ranking-row').first().getAttribute('data-recipient')).toBe(people[3]!.ref);

    const decisive = page.locator('[data-testid="leak-position"][data-decisive="true"]');
    expect(await decisive.count()).toBeGreaterThan(0);
    for (const mark of await decisive.all()) {
      const [start, end] = [
        Number(await mark.getAttribute('data-start')),
        Number(await mark.getAttribute('data-end')),
      ];
      expect(await mark.textContent()).toBe(leak.slice(start, end));
      expect(await mark.getAttribute('title')).toContain(people[3]!.ref);
    }
    // The text is shown whole, marks and all.
    expect(await page.getByTestId('attribution-text').textContent()).toBe(leak);
    // Filing in a case is for investigators.
    expect(await page.getByTestId('add-to-case').count()).toBe(0);
  });

  it('finds the registered content in the excerpt, the passages marked', async () => {
    need(enDoc);
    await page.getByTestId('trace-match').click();
    await page.getByTestId('match-answer').waitFor();
    const row = page.locator(`[data-testid="match-row"][data-document="${enDoc}"]`);
    expect(await row.getByTestId('match-verdict').getAttribute('data-verdict')).toBe('copy');
    expect(
      await page.locator(`[data-testid="match-span"][data-document="${enDoc}"]`).count(),
    ).toBeGreaterThan(0);
  });

  it('sees who received copies of a document, but is offered neither a copy nor the original', async () => {
    need(enDoc);
    await page.goto(`${served.url}/leaks/${enDoc}`);
    await page.getByTestId('document-page').waitFor();
    expect(await page.getByTestId('recipient-row').count()).toBe(5);
    expect(await page.getByTestId('download-copy').count()).toBe(0);
    expect(await page.getByTestId('download-original').count()).toBe(0);
    expect(await page.getByTestId('distribute-form').count()).toBe(0);
  });

  it('is told plainly that an unrelated text comes from no registered document', async () => {
    await page.getByTestId('leaks-tab-trace').click();
    await trace(page, unrelatedNotice.en);
    const attributed = page.locator('[data-testid="trace-unregistered"][data-asked="attribute"]');
    expect(await attributed.textContent()).toContain('No registered document');
    await page.getByTestId('trace-match').click();
    const matched = page.locator('[data-testid="trace-unregistered"][data-asked="match"]');
    expect(await matched.textContent()).toContain('No registered document');
  });

  it('traces a Chinese excerpt of the Chinese sheet in the Chinese UI', async () => {
    need(zhDoc);
    await page.getByTestId('lang-switch').click();
    await expect.poll(() => page.getByTestId('trace-attribute').textContent()).toBe('谁的副本？');
    const leak = retyped(await copyOf(zhDoc, 1), 600);
    await trace(page, leak, zhDoc);
    await page.getByTestId('attribution').waitFor();
    expect(await page.getByTestId('attribution-verdict').textContent()).toBe('某位接收人的副本');
    expect(await page.getByTestId('ranking-row').first().getAttribute('data-recipient')).toBe(people[1]!.ref);
    expect(await page.getByTestId('attribution-summary').textContent()).toContain(
      `与 ${people[1]!.ref} 的副本一致`,
    );
    expect(await page.locator('[data-testid="leak-position"][data-decisive="true"]').count()).toBeGreaterThan(
      0,
    );
  });
});

describe('an investigator with a case', () => {
  it('adds an attribution to the case and finds it in the case’s evidence', async () => {
    need(enDoc);
    const client = await login(served, 'investigator');
    const opened = await client.json('POST', '/api/cases', {
      title: 'K80 Ultra spec sheet on a blog',
      subjects: [people[3]!.ref],
    });
    const caseId: string = opened.body.case.id;
    const page = await pageAs('investigator');
    await page.goto(`${served.url}/leaks/trace`);
    await trace(page, retyped(await copyOf(enDoc, 3), 2000), enDoc);
    await page.getByTestId('add-to-case').click();
    await page.getByTestId('add-to-case-case').selectOption(caseId);
    await page.getByTestId('add-to-case-name').fill('blog post of 12 September');
    await page.getByTestId('add-to-case-reason').fill('The post that quotes the sheet');
    await page.getByTestId('add-to-case-submit').click();
    await page.getByTestId('add-to-case-done').click();
    await page.waitForURL(`**/cases/${caseId}`);
    const item = page.locator('[data-testid="evidence-row"]:has-text("attribution report")');
    await item.waitFor();
    expect(await item.textContent()).toContain(`blog post of 12 September to ${enDoc}: ${people[3]!.ref}`);
  });
});
