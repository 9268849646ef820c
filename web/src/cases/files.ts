/**
 * @module Files that come back from the API as bytes rather than JSON: an evidence item's content and the case's
 * exported bundle. Fetched with the session (and the CSRF token for a POST), then handed to the browser.
 */
import { inlineEvidenceTypes } from '../../../src/model/case';
import { changeHeaders, errorFrom } from '../api/client';

/** The file name a `Content-Disposition` header gives (RFC 6266: `filename*` first, then `filename`). */
export function fileNameFrom(disposition: string | null, fallback: string): string {
  if (!disposition) return fallback;
  const extended = /filename\*\s*=\s*UTF-8''([^;]+)/i.exec(disposition);
  if (extended?.[1]) {
    try {
      return decodeURIComponent(extended[1].trim());
    } catch {
      // A malformed escape: try the plain name.
    }
  }
  const plain = /filename\s*=\s*"?([^";]+)"?/i.exec(disposition);
  return plain?.[1]?.trim() || fallback;
}

export interface FetchedFile {
  blob: Blob;
  fileName: string;
}

/** GET or POST `path`, answering the body as a blob with the name the server gave it. */
export async function fetchFile(
  path: string,
  options: { method?: 'GET' | 'POST'; body?: unknown; fallbackName: string },
): Promise<FetchedFile> {
  const method = options.method ?? 'GET';
  const headers: Record<string, string> = method === 'GET' ? {} : changeHeaders();
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  const response = await fetch(path, {
    method,
    headers,
    credentials: 'same-origin',
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  });
  if (!response.ok) throw await errorFrom(response);
  return {
    blob: await response.blob(),
    fileName: fileNameFrom(response.headers.get('content-disposition'), options.fallbackName),
  };
}

/** Saves a blob under `fileName`, as a link with `download` would. */
export function saveFile({ blob, fileName }: FetchedFile): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started from the URL; it is not needed after that.
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Whether content of this media type is shown in a tab rather than saved. */
export function viewableInTab(mediaType: string): boolean {
  return inlineEvidenceTypes.has(mediaType.split(';')[0]!.trim().toLowerCase());
}
