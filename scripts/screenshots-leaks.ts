/**
 * @module The leak-tracing screenshot: the investigator pastes the demo blogger's post into Trace a leak and sees it
 * traced to Zhou Chen's copy of the K80 Ultra spec sheet; the attribution with its deciding positions marked is
 * docs/img/leaks.png.
 */
import type { Page } from 'playwright-core';
import { demoBlogPost } from '../test/demo-company.js';
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
  await investigator.getByTestId('nav-leaks').click();
  await investigator.getByTestId('leaks-tab-trace').click();
  await investigator.getByTestId('trace-text').fill(await demoBlogPost(served.store));
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
