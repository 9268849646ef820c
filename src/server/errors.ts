/** @module Every error answer in one shape: `{ code, message, statusCode }`, plus `issues` for a bad request. */
import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { isMolehuntError } from '../model/index.js';

interface Issue {
  field: string;
  reason: string;
}

function body(code: string, message: string, statusCode: number, issues?: Issue[]) {
  return issues ? { code, message, statusCode, issues } : { code, message, statusCode };
}

export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (hasZodFastifySchemaValidationErrors(error)) {
      const issues = error.validation.map((v) => ({
        field: [error.validationContext, ...v.instancePath.split('/').filter(Boolean)].join('.'),
        reason: v.message ?? 'invalid',
      }));
      const first = issues[0];
      return reply
        .code(400)
        .send(
          body(
            'MH_ERR_BAD_REQUEST',
            `${first ? `${first.field}: ${first.reason}` : 'the request is malformed'}; see /api/docs for this endpoint's fields`,
            400,
            issues,
          ),
        );
    }
    if (isMolehuntError(error))
      return reply.code(error.status).send(body(error.code, error.message, error.status));
    if (error.code === 'FST_CSRF_INVALID_TOKEN' || error.code === 'FST_CSRF_MISSING_SECRET') {
      return reply
        .code(403)
        .send(
          body(
            'MH_ERR_CSRF',
            "this change lacks the session's CSRF token; send the csrfToken from login or GET /api/auth/session in the x-csrf-token header",
            403,
          ),
        );
    }
    const status = error.statusCode ?? 500;
    if (status === 429) {
      return reply
        .code(429)
        .send(body('MH_ERR_RATE_LIMITED', 'too many attempts; wait a minute and try again', 429));
    }
    if (status >= 400 && status < 500)
      return reply.code(status).send(body('MH_ERR_BAD_REQUEST', error.message, status));
    request.log.error({ err: error }, 'unexpected error');
    return reply
      .code(500)
      .send(
        body('MH_ERR_INTERNAL', 'unexpected error; the server log has the details, please report it', 500),
      );
  });
}

/** The answer for an unknown API path; it does not echo the path, which may hold a name typed by hand. */
export function unknownEndpoint() {
  return body('MH_ERR_NOT_FOUND', 'no such endpoint; the endpoints are listed at /api/docs', 404);
}
