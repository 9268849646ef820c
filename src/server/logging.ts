/**
 * @module Structured logs (pino) that never name a person: requests are logged by route pattern, not URL (a URL may
 * hold an unmasked id or a typed name), and error texts pass through the masker with nobody revealed.
 */
import type { FastifyInstance, FastifyServerOptions } from 'fastify';

export interface LogMasking {
  /** Masks every person in a text; absent until the first view of the workspace is built. */
  mask?: (text: string) => string;
}

export function loggerOptions(
  level: string,
  masking: LogMasking,
  stream?: NodeJS.WritableStream,
): FastifyServerOptions['logger'] {
  const mask = (text = '') => (masking.mask ? masking.mask(text) : text);
  return {
    level,
    ...(stream ? { stream } : {}),
    serializers: {
      err: (error: Error & { code?: string }) => ({
        type: error.name,
        code: error.code,
        message: mask(error.message),
        stack: mask(error.stack),
      }),
    },
  };
}

/** One line per request: method, route pattern, status, time taken, account. */
export function registerRequestLog(app: FastifyInstance): void {
  app.addHook('onResponse', async (request, reply) => {
    request.log.info(
      {
        method: request.method,
        route: request.routeOptions.url ?? 'unknown',
        status: reply.statusCode,
        ms: Math.round(reply.elapsedTime),
        user: request.viewer?.user.username,
      },
      'request',
    );
  });
}
