/** @module `PUT` with JSON, which the shared API client does not offer: the policy is replaced whole, not patched. */
import { changeHeaders, errorFrom } from '../api/client';

export async function putJson<T>(path: string, body: unknown): Promise<T | undefined> {
  const response = await fetch(path, {
    method: 'PUT',
    headers: { ...changeHeaders(), 'content-type': 'application/json' },
    credentials: 'same-origin',
    body: JSON.stringify(body),
  });
  if (!response.ok) throw await errorFrom(response);
  const text = await response.text();
  return text ? (JSON.parse(text) as T) : undefined;
}
