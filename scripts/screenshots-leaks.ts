/**
 * @module The leak-tracing screenshot: the investigator registers the K80 Ultra spec sheet, distributes canary copies
 * to eight people, and traces a retyped excerpt of one copy; the attribution with its deciding positions marked is
 * docs/img/leaks.png.
 */
import type { Page } from 'playwright-core';
import { specSheet } from '../src/leaks/fixtures/index.js';
import { normalize } from '../src/leaks/index.js';
import type { Served } from '../test/server/workspace.js';

/** `investigator` may be on any page, in either language; the shot is in English. */
export async function shootLeaks(
  served: Served,
  investigator: Page,
  shoot: (page: Page, name: string) => Promise<void>,
): Promise<void> {
  if ((await investigator.getByTestId('lang-switch').getAttribute('data-lang')) === 'zh') {
    await investigator.getByTestId('lang-switch').click();
  }
  const view = await served.workspace.current();
  const recipients = [...view.persons.keys()].slice(0, 8);

  await investigator.getByTestId('nav-leaks').click();
  await investigator
    .getByTestId('register-file')
    .setInputFiles({ name: 'k80-ultra-spec.txt', mimeType: 'text/plain', buffer: Buffer.from(specSheet.en) });
  await investigator.getByTestId('register-title').fill('Lumen K80 Ultra: product specification sheet');
  await investigator.getByTestId('register-classification').selectOption('secret');
  await investigator.getByTestId('register-submit').click();
  await investigator.getByTestId('register-open').click();
  const docId = await investigator.getByTestId('document-page').getAttribute('data-document');
  await investigator
    .getByTestId('distribute-recipients')
    .fill(recipients.map((id) => view.directory.refOf(id, new Set())).join('\n'));
  await investigator.getByTestId('distribute-submit').click();
  await investigator.locator('[data-testid="document-page"][data-distributed="true"]').waitFor();

  // The blogger retyped the performance section of the sixth recipient's copy: no invisible marks survive.
  const copy = (await served.store.leakVariantText(docId!, recipients[5]!))!;
  const from = copy.indexOf('\nPerformance\n') + 1;
  const leak = normalize(copy.slice(from, from + 520)).text.trim();
  await investigator.getByTestId('document-trace').click();
  await investigator.getByTestId('trace-text').fill(leak);
  await investigator.getByTestId('trace-attribute').click();
  const attribution = investigator.getByTestId('attribution');
  await attribution.waitFor();
  // The answer's head just under the sticky top bar, the pasted text's box above it cut off.
  await attribution.evaluate((panel) => {
    panel.scrollIntoView({ block: 'start' });
    panel.ownerDocument.defaultView?.scrollBy(0, -140);
  });
  await shoot(investigator, 'leaks');
}
