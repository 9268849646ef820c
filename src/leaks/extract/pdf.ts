/** @module The text layer of a PDF, through unpdf (PDF.js built to run without a canvas or native code). */
import { extractTextItems, getDocumentProxy } from 'unpdf';
import { MolehuntError } from '../../model/index.js';
import { layoutText } from './pdf-layout.js';

export async function pdfText(fileName: string, bytes: Uint8Array): Promise<string> {
  let pages: Awaited<ReturnType<typeof extractTextItems>>['items'];
  try {
    // PDF.js takes ownership of the buffer it is given: hand it a copy, so the caller's bytes stay intact.
    const pdf = await getDocumentProxy(new Uint8Array(bytes));
    try {
      pages = (await extractTextItems(pdf)).items;
    } finally {
      // PDF.js keeps a worker for the document until it is destroyed, and with it the process alive.
      await pdf.destroy();
    }
  } catch (error) {
    throw unreadable(fileName, error);
  }
  const text = layoutText(pages);
  if (!/[\p{L}\p{N}]/u.test(text)) {
    throw new MolehuntError(
      'MH_ERR_DOCUMENT_NO_TEXT',
      `${fileName} has no text layer (${pages.length} page${pages.length === 1 ? '' : 's'} of images: a scan?): run OCR on it first (e.g. ocrmypdf) and give the PDF or text it makes`,
    );
  }
  return text;
}

function unreadable(fileName: string, error: unknown): MolehuntError {
  const name = (error as Error | undefined)?.name;
  if (name === 'PasswordException') {
    return new MolehuntError(
      'MH_ERR_INPUT_UNREADABLE',
      `${fileName} is protected by a password: open it, save a copy without the password, and give that`,
      { cause: error },
    );
  }
  return new MolehuntError(
    'MH_ERR_INPUT_UNREADABLE',
    `${fileName} cannot be read as a PDF (${(error as Error).message}): it is damaged or not a PDF; open it in a PDF reader and save or print it to a new PDF`,
    { cause: error },
  );
}
