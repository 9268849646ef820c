/**
 * @module The case screenshots: the investigator opens a case on the reference case's person, adds the leaked spec
 * sheet, writes a note and a task and checks the ledger (docs/img/case.png); the case goes to the committee, which
 * proposes, votes and adopts the decision and previews the Chinese notice (docs/img/committee.png).
 */
import type { Page } from 'playwright-core';

const specSheet = Buffer.from(
  'K80 Ultra — CONFIDENTIAL\nSoC: Dimensity 9500+\nBattery: 7,000 mAh\nLaunch: 26 September\n',
  'utf8',
);

/** `investigator` is on the reference case's person page; `as` logs another role in. */
export async function shootCase(
  investigator: Page,
  as: (username: string) => Promise<Page>,
  shoot: (page: Page, name: string) => Promise<void>,
): Promise<void> {
  // The person-zh shot left this investigator in Chinese: the case shows in English, the committee in Chinese.
  if ((await investigator.getByTestId('lang-switch').getAttribute('data-lang')) === 'zh') {
    await investigator.getByTestId('lang-switch').click();
  }
  await investigator.getByTestId('open-case').click();
  await investigator.getByTestId('open-case-title').fill('K80 Ultra leak: lab N5 after hours');
  await investigator.getByTestId('open-case-submit').click();
  await investigator.getByTestId('case-page').waitFor();
  await investigator.getByTestId('evidence-add').click();
  await investigator
    .getByTestId('evidence-file')
    .setInputFiles({ name: 'k80-ultra-spec.txt', mimeType: 'text/plain', buffer: specSheet });
  await investigator.getByTestId('evidence-title').fill('Leaked K80 Ultra spec sheet (copy found online)');
  await investigator.getByTestId('evidence-reason').fill('Posted by a tech blogger before the launch');
  await investigator.getByTestId('evidence-submit').click();
  await investigator.getByTestId('evidence-file').waitFor({ state: 'detached' });
  await investigator
    .getByTestId('note-text')
    .fill('The sheet matches the copy sent from his mailbox to the blogger.');
  await investigator.getByTestId('note-submit').click();
  await investigator.getByTestId('case-note').waitFor();
  await investigator.getByTestId('task-title').fill('Ask IT for the mail gateway log of 20 September');
  await investigator.getByTestId('task-submit').click();
  await investigator.getByTestId('case-task').waitFor();
  await investigator.getByTestId('integrity-check').click();
  await investigator.getByTestId('integrity-result').waitFor();
  await investigator.getByTestId('evidence-custody-toggle').last().click();
  await shoot(investigator, 'case');

  for (const move of ['investigating', 'committee_review']) {
    await investigator.getByTestId(`case-move-${move}`).click();
    await investigator.getByTestId('reason-input').fill('Evidence complete for the ethics committee');
    await investigator.getByTestId('reason-submit').click();
    await investigator.locator(`[data-testid="case-page"][data-status="${move}"]`).waitFor();
  }
  const caseUrl = investigator.url();

  const second = await as('committee2');
  await second.goto(caseUrl);
  const committee = await as('committee');
  await committee.getByTestId('lang-switch').click();
  await committee.goto(caseUrl);
  await committee.locator('[data-testid="decision-clause"][value="leak"]').check();
  await committee.locator('[data-testid="decision-clause"][value="conflict_of_interest"]').check();
  for (const sanction of ['dismissal', 'no_rehire']) {
    await committee.locator(`[data-testid="decision-sanction"][value="${sanction}"]`).check();
  }
  await committee
    .getByTestId('decision-summary')
    .fill(
      '他将未发布的样机交给评测博主，并在发布前将规格表外发；其亲属持股的配件厂与其部门批准的供应商有关联。',
    );
  await committee.getByTestId('decision-propose').click();
  await committee.getByTestId('vote-approve').click();
  await committee.getByTestId('decision-vote').waitFor();
  await second.reload();
  await second.getByTestId('vote-dissent').fill('No evidence shows that money changed hands.');
  await second.getByTestId('vote-abstain').click();
  await second.getByTestId('decision-vote').nth(1).waitFor();
  await committee.reload();
  await committee.getByTestId('decision-close').click();
  await committee.getByTestId('reason-submit').click();
  await committee.locator('[data-testid="case-page"][data-status="decided"]').waitFor();
  await committee.getByTestId('notice-generate').click();
  await committee.getByTestId('notice-text').waitFor();
  // The panel's head just under the sticky top bar.
  await committee.getByTestId('committee-panel').evaluate((panel) => {
    panel.scrollIntoView({ block: 'start' });
    panel.ownerDocument.defaultView?.scrollBy(0, -60);
  });
  await shoot(committee, 'committee');
}
