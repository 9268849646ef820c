/** @module What kind of file a document is: by its first bytes where they say, else by its name's extension. */
import { extname } from 'node:path';
import { MolehuntError } from '../../model/index.js';

export const mediaTypes = {
  text: 'text/plain',
  markdown: 'text/markdown',
  html: 'text/html',
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
} as const;
export type DocumentMediaType = (typeof mediaTypes)[keyof typeof mediaTypes];

const byExtension: Record<string, DocumentMediaType> = {
  '.txt': mediaTypes.text,
  '.text': mediaTypes.text,
  '.md': mediaTypes.markdown,
  '.markdown': mediaTypes.markdown,
  '.html': mediaTypes.html,
  '.htm': mediaTypes.html,
  '.xhtml': mediaTypes.html,
  '.pdf': mediaTypes.pdf,
  '.docx': mediaTypes.docx,
};

/** Pictures: there is text in them only after OCR. */
const imageSignatures: readonly (readonly number[])[] = [
  [0x89, 0x50, 0x4e, 0x47], // PNG
  [0xff, 0xd8, 0xff], // JPEG
  [0x47, 0x49, 0x46, 0x38], // GIF
  [0x49, 0x49, 0x2a, 0x00], // TIFF, little-endian
  [0x4d, 0x4d, 0x00, 0x2a], // TIFF, big-endian
];

const startsWith = (bytes: Uint8Array, signature: readonly number[]) =>
  signature.every((byte, i) => bytes[i] === byte);

/**
 * The media type to read `bytes` as. Content wins over the name where it is unambiguous (a PDF saved as .txt is
 * still a PDF); a file of another kind is refused with what to do instead.
 */
export function mediaTypeOf(fileName: string, bytes: Uint8Array): DocumentMediaType {
  const extension = extname(fileName).toLowerCase();
  if (isPdf(bytes)) return mediaTypes.pdf;
  if (imageSignatures.some((signature) => startsWith(bytes, signature))) {
    throw new MolehuntError(
      'MH_ERR_DOCUMENT_NO_TEXT',
      `${fileName} is an image, which has no text to read: run OCR on it first and give the text file instead`,
    );
  }
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) {
    throw new MolehuntError(
      'MH_ERR_DOCUMENT_TYPE',
      `${fileName} is an old binary Office file (.doc, .xls, .ppt), which molehunt cannot read: save it as DOCX or PDF and give that`,
    );
  }
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    if (extension === '.docx' || extension === '') return mediaTypes.docx;
    throw new MolehuntError(
      'MH_ERR_DOCUMENT_TYPE',
      `${fileName} is a zip archive (${extension}), not a Word document: molehunt reads text, Markdown, HTML, PDF and DOCX; save the document in one of those`,
    );
  }
  const known = byExtension[extension];
  if (known === mediaTypes.pdf || known === mediaTypes.docx) {
    throw new MolehuntError(
      'MH_ERR_INPUT_UNREADABLE',
      `${fileName} is not a ${extension.slice(1).toUpperCase()} file inside (it is damaged, or not what its name says): open it in the program that made it and save it again`,
    );
  }
  if (known) return known;
  if (looksLikeText(bytes)) return looksLikeHtml(bytes) ? mediaTypes.html : mediaTypes.text;
  throw new MolehuntError(
    'MH_ERR_DOCUMENT_TYPE',
    `${fileName} is not a kind of file molehunt reads text from: give text, Markdown, HTML, PDF or DOCX`,
  );
}

/** The PDF header may follow up to 1 KB of junk, which readers skip. */
function isPdf(bytes: Uint8Array): boolean {
  return new TextDecoder('latin1').decode(bytes.subarray(0, 1024)).includes('%PDF-');
}

/** Text has no NUL bytes (UTF-16 has, but announces itself with a byte-order mark). */
function looksLikeText(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 8192);
  if (startsWith(head, [0xff, 0xfe]) || startsWith(head, [0xfe, 0xff])) return true;
  return !head.includes(0);
}

function looksLikeHtml(bytes: Uint8Array): boolean {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024)).trimStart().toLowerCase();
  return head.startsWith('<!doctype html') || head.startsWith('<html');
}
