/** @module File upload with progress: fetch cannot report how much of a request body has been sent, XHR can. */
import { ApiError, changeHeaders } from './client';

export interface UploadProgress {
  sent: number;
  total: number;
}

/** POSTs the file as the raw body and resolves with the parsed JSON answer. */
export function uploadFile<T>(
  url: string,
  file: File,
  onProgress: (progress: UploadProgress) => void,
): Promise<T> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', url);
    xhr.withCredentials = true;
    xhr.setRequestHeader('content-type', 'application/octet-stream');
    for (const [name, value] of Object.entries(changeHeaders())) xhr.setRequestHeader(name, value);
    xhr.upload.onprogress = (event) => {
      onProgress({ sent: event.loaded, total: event.lengthComputable ? event.total : file.size });
    };
    xhr.onload = () => {
      let body: { code?: string; message?: string } = {};
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        // A proxy's HTML error page: fall back to the status line below.
      }
      if (xhr.status >= 200 && xhr.status < 300) resolve(body as T);
      else
        reject(
          new ApiError(
            xhr.status,
            body.code ?? 'MH_ERR_HTTP',
            body.message ?? `${xhr.status} ${xhr.statusText}`,
          ),
        );
    };
    xhr.onerror = () => reject(new ApiError(0, 'MH_ERR_NETWORK', 'The upload was interrupted.'));
    xhr.send(file);
  });
}
