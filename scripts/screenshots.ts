/**
 * @module The README's screenshots: the workspace in Chromium over a small demo company (the reference case
 * included), page by page, as the roles that use each page, then the reference case as a case: its workspace and the
 * committee's view; last, a leak traced to whose copy it is. Writes docs/img/*.png, or into the folder given.
 *
 *   npm run screenshots [-- out-dir]
 */
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { launchChromium, logIn, newPage } from '../test/e2e/browser.js';
import { serveDemo } from '../test/server/workspace.js';
import { shootCase } from './screenshots-case.js';
import { shootLeaks } from './screenshots-leaks.js';

const out = process.argv[2] ?? 'docs/img';
mkdirSync(out, { recursive: true });
const served = await serveDemo({ employees: 300 });
const browser = await launchChromium();
try {
  const view = await served.workspace.current();
  const zhou = view.alerts.find((a) => view.persons.get(a.person)?.name === '周晨')!.person;
  const ref = view.directory.refOf(zhou, new Set());

  const as = async (username: string): Promise<Page> => {
    const { page } = await newPage(browser);
    await logIn(page, served.url, username);
    return page;
  };
  const shoot = async (page: Page, name: string) => {
    await page.waitForLoadState('networkidle');
    await page.screenshot({ path: `${out}/${name}.png` });
    console.error(`wrote ${out}/${name}.png`);
  };

  const investigator = await as('investigator');
  await investigator.getByTestId('alert-row').first().waitFor();
  await shoot(investigator, 'alerts');
  await investigator.goto(`${served.url}/persons/${ref}`);
  await investigator.getByTestId('timeline-event').first().waitFor();
  await shoot(investigator, 'person');
  await investigator.getByTestId('lang-switch').click();
  await investigator.getByTestId('timeline-event').first().waitFor();
  await shoot(investigator, 'person-zh');
  await investigator.getByTestId('unmask-button').click();
  await investigator
    .getByTestId('unmask-reason')
    .fill('Reference case: verify who handed the prototype over in the garage');
  await investigator.getByTestId('unmask-submit').click();
  await investigator.getByTestId('unmask-status').waitFor();

  const admin = await as('admin');
  await admin.getByTestId('nav-rules').click();
  await admin.getByTestId('rule-row').first().waitFor();
  await shoot(admin, 'rules');
  await admin.getByTestId('nav-imports').click();
  await admin.getByTestId('import-row').first().waitFor();
  await shoot(admin, 'imports');

  const auditor = await as('auditor');
  await auditor.getByTestId('audit-row').first().waitFor();
  await shoot(auditor, 'audit');

  await shootCase(investigator, as, shoot);
  await shootLeaks(served, investigator, shoot);
} finally {
  await browser.close();
  await served.close();
}
