/** @module The web UI: the built files of web/dist, and index.html for any other page path (the UI routes itself). */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { unknownEndpoint } from './errors.js';

export const webRoot = fileURLToPath(new URL('../../web/dist/', import.meta.url));

export async function registerWebUi(app: FastifyInstance): Promise<void> {
  const built = existsSync(`${webRoot}index.html`);
  if (built) await app.register(fastifyStatic, { root: webRoot, wildcard: false });
  app.setNotFoundHandler((request, reply) => {
    if (request.url.startsWith('/api/') || request.method !== 'GET')
      return reply.code(404).send(unknownEndpoint());
    if (!built) {
      return reply
        .code(503)
        .type('text/plain')
        .send('The web UI is not built: run `npm run build:web` (npm install does it), then reload.');
    }
    return reply.type('text/html').sendFile('index.html');
  });
}
