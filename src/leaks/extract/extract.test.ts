import { describe, expect, it } from 'vitest';
import { scannedPdf, textDocx, textPdf } from '../fixtures/documents.js';
import { specSheet } from '../fixtures/index.js';
import { extractText } from './extract.js';
import { layoutText, type TextRun } from './pdf-layout.js';

const encode = (text: string) => new TextEncoder().encode(text);

describe('extractText', () => {
  it('reads the text layer of a PDF back into the paragraphs it was typeset from', async () => {
    const { mediaType, text } = await extractText('k80.pdf', await textPdf(specSheet.en));
    expect(mediaType).toBe('application/pdf');
    expect(text).toBe(specSheet.en.trim());
  });

  it('joins wrapped Chinese lines without spaces', async () => {
    const { text } = await extractText('k80.zh.pdf', await textPdf(specSheet.zh, 'zh'));
    // A page break cannot tell a blank line from none: compare lines, not the blank lines between them.
    const lines = (t: string) => t.split('\n').filter(Boolean);
    expect(lines(text)).toEqual(lines(specSheet.zh.trim()));
  });

  it('reads a Word document paragraph by paragraph, blank lines kept', async () => {
    const { mediaType, text } = await extractText('k80.docx', textDocx(specSheet.zh));
    expect(mediaType).toMatch(/wordprocessingml/);
    expect(text).toBe(specSheet.zh.trimEnd());
  });

  it('reads HTML as a reader sees it, without scripts, styles or link targets', async () => {
    const html =
      '<!DOCTYPE html><html><head><title>t</title><script>var leak = 1;</script><style>p{}</style></head>' +
      '<body><h1>K80 Ultra</h1><p>The display <b>measures</b> 6.82&nbsp;inches. <a href="https://x.example">More</a></p>' +
      '<ul><li>12 GB</li><li>16 GB</li></ul></body></html>';
    const { mediaType, text } = await extractText('post.html', encode(html));
    expect(mediaType).toBe('text/html');
    expect(text).toBe('K80 Ultra\n\nThe display measures 6.82 inches. More\n\n- 12 GB\n- 16 GB');
  });

  it('decodes GBK text as imports do, and UTF-16 by its byte-order mark', async () => {
    const gbk = new Uint8Array([0xc6, 0xc1, 0xc4, 0xbb, 0xb2, 0xc9, 0xd3, 0xc3, 0x0d, 0x0a]); // 屏幕采用\r\n
    expect((await extractText('leak.txt', gbk)).text).toBe('屏幕采用');
    const utf16 = new Uint8Array([0xff, 0xfe, ...Buffer.from('K80 屏幕', 'utf16le')]);
    expect((await extractText('leak.txt', utf16)).text).toBe('K80 屏幕');
    expect((await extractText('notes.md', encode('# K80\n\n*secret*\n'))).mediaType).toBe('text/markdown');
  });

  it('refuses a scan without a text layer, an image, a damaged PDF and an old Word file, saying what to do', async () => {
    await expect(extractText('scan.pdf', await scannedPdf())).rejects.toMatchObject({
      code: 'MH_ERR_DOCUMENT_NO_TEXT',
      message: expect.stringMatching(/^scan\.pdf has no text layer .*run OCR on it first/),
    });
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    await expect(extractText('shot.png', png)).rejects.toMatchObject({ code: 'MH_ERR_DOCUMENT_NO_TEXT' });
    await expect(extractText('cut.pdf', encode('%PDF-1.7\n1 0 obj <<'))).rejects.toMatchObject({
      code: 'MH_ERR_INPUT_UNREADABLE',
      message: expect.stringMatching(/^cut\.pdf cannot be read as a PDF/),
    });
    const doc = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    await expect(extractText('old.doc', doc)).rejects.toMatchObject({
      code: 'MH_ERR_DOCUMENT_TYPE',
      message: expect.stringMatching(/save it as DOCX or PDF/),
    });
    await expect(extractText('empty.txt', new Uint8Array())).rejects.toMatchObject({
      code: 'MH_ERR_DOCUMENT_NO_TEXT',
    });
  });
});

describe('layoutText', () => {
  const run = (str: string, y: number, width = str.length * 5, x = 50): TextRun => ({
    str,
    x,
    y,
    width,
    fontSize: 10,
    hasEOL: true,
  });

  it('keeps short lines and list items apart, joins wrapped ones, and drops page numbers', () => {
    const page1 = [
      run('Overview', 700),
      run('The phone will launch on October 23 and the price is final for', 688, 400),
      run('every market.', 676),
      run('- 12 GB', 664),
      run('1', 40),
    ];
    const page2 = [run('Display', 700, 35), run('The display is bright.', 676)];
    expect(layoutText([page1, page2])).toBe(
      'Overview\nThe phone will launch on October 23 and the price is final for every market.\n- 12 GB\nDisplay\n\nThe display is bright.',
    );
  });
});
