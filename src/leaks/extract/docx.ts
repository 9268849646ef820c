/** @module The text of a Word (DOCX) document: its paragraphs, one a line, through mammoth. */
import mammoth from 'mammoth';
import { MolehuntError } from '../../model/index.js';

/** Mammoth ends every paragraph with a blank line; one line per paragraph keeps empty paragraphs as blank lines. */
export async function docxText(fileName: string, bytes: Uint8Array): Promise<string> {
  let raw: string;
  try {
    raw = (await mammoth.extractRawText({ buffer: Buffer.from(bytes) })).value;
  } catch (error) {
    throw new MolehuntError(
      'MH_ERR_INPUT_UNREADABLE',
      `${fileName} cannot be read as a Word document (${(error as Error).message.split('.')[0]}): open it in Word or LibreOffice, save it again as DOCX or PDF, and give that`,
      { cause: error },
    );
  }
  return raw.replace(/\n\n$/, '').split('\n\n').join('\n');
}
