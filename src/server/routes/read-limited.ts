/** @module Reading an uploaded body up to a limit, refusing (with what to do instead) once it is passed. */
import type { Readable } from 'node:stream';
import { MolehuntError } from '../../model/index.js';

/** The whole body, or MH_ERR_BAD_REQUEST with `tooLarge` as soon as it passes `limit` bytes. */
export async function readLimited(body: Readable, limit: number, tooLarge: string): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of body) {
    size += (chunk as Buffer).length;
    if (size > limit) {
      body.destroy();
      throw new MolehuntError('MH_ERR_BAD_REQUEST', tooLarge);
    }
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}
