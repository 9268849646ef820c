/** @module A document's text, from any file molehunt reads: text, Markdown, HTML, PDF (its text layer) and DOCX. */
import { MolehuntError } from '../../model/index.js';
import { docxText } from './docx.js';
import { htmlText } from './html.js';
import { type DocumentMediaType, mediaTypeOf, mediaTypes } from './media-type.js';
import { pdfText } from './pdf.js';
import { decodeText } from './text.js';

export interface ExtractedText {
  readonly mediaType: DocumentMediaType;
  readonly text: string;
}

/**
 * Reads the text of a document file. A file with no text to read, or of a kind molehunt does not read, is refused
 * with a MolehuntError naming the file and what to do.
 * @example await extractText('k80-spec.pdf', readFileSync('k80-spec.pdf')) // { mediaType: 'application/pdf', text }
 */
export async function extractText(fileName: string, bytes: Uint8Array): Promise<ExtractedText> {
  const mediaType = mediaTypeOf(fileName, bytes);
  // Blank lines around the text are no part of it, and would make the same document read differently by format.
  const text = (await textOf(mediaType, fileName, bytes)).replace(/^\s*\n/, '').trimEnd();
  if (!/[\p{L}\p{N}]/u.test(text)) {
    throw new MolehuntError(
      'MH_ERR_DOCUMENT_NO_TEXT',
      `${fileName} has no text in it${bytes.length ? '' : ' (the file is empty)'}: give the file that holds the document's text`,
    );
  }
  return { mediaType, text };
}

function textOf(mediaType: DocumentMediaType, fileName: string, bytes: Uint8Array): Promise<string> | string {
  switch (mediaType) {
    case mediaTypes.pdf:
      return pdfText(fileName, bytes);
    case mediaTypes.docx:
      return docxText(fileName, bytes);
    case mediaTypes.html:
      return htmlText(decodeText(bytes));
    default:
      return decodeText(bytes).replace(/^\uFEFF/, '');
  }
}
