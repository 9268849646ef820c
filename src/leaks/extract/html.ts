/** @module The text of an HTML page: what a reader sees, block by block, without markup, scripts or link targets. */
import { convert } from 'html-to-text';

const options = {
  // A wrapped line would break sentences that the fingerprints and the canary trap read whole.
  wordwrap: false as const,
  selectors: [
    ...['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].map((selector) => ({ selector, options: { uppercase: false } })),
    { selector: 'a', options: { ignoreHref: true } },
    { selector: 'img', format: 'skip' },
    { selector: 'ul', options: { itemPrefix: '- ' } },
    { selector: 'table', format: 'dataTable', options: { uppercaseHeaderCells: false } },
  ],
};

/** `&nbsp;` in a page is layout (keeping "6.82 inches" on one line), not a character of the text. */
export function htmlText(html: string): string {
  return convert(html, options).replace(/\u00a0/g, ' ');
}
