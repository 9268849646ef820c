/** @module The Fastify app: plugins, access control, masking, the route modules and the web UI. */
import fastifyCookie from '@fastify/cookie';
import fastifyCsrf from '@fastify/csrf-protection';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance, LogController } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { registerAccessControl, requireDeclaredAccess } from './auth.js';
import { registerErrorHandling } from './errors.js';
import { type LogMasking, loggerOptions, registerRequestLog } from './logging.js';
import { registerMasking } from './masking.js';
import { alertRoutes } from './routes/alerts.js';
import { auditRoutes } from './routes/audit.js';
import { authRoutes } from './routes/auth.js';
import { caseRoutes } from './routes/cases.js';
import { decisionRoutes } from './routes/decisions.js';
import { evidenceRoutes } from './routes/evidence.js';
import { importRoutes } from './routes/imports.js';
import { leakRoutes } from './routes/leaks.js';
import { personRoutes } from './routes/persons.js';
import { policyRoutes } from './routes/policy.js';
import { ruleRoutes } from './routes/rules.js';
import { unmaskRoutes } from './routes/unmask.js';
import { userRoutes } from './routes/users.js';
import { registerWebUi } from './static.js';
import type { Workspace } from './workspace.js';

export interface AppOptions {
  /** Secure cookies (default true). Browsers accept them from http://localhost and 127.0.0.1 too. */
  secureCookies?: boolean;
  /** pino level (default info). */
  logLevel?: string;
  /** Where log lines go (default stdout); tests read them. */
  logStream?: NodeJS.WritableStream;
}

export async function buildApp(workspace: Workspace, options: AppOptions = {}): Promise<FastifyInstance> {
  const masking: LogMasking = {};
  const app = Fastify({
    logger: loggerOptions(options.logLevel ?? 'info', masking, options.logStream),
    // Fastify's own request lines carry the URL, which may name a person: ours log the route pattern instead.
    logController: new LogController({ disableRequestLogging: true }),
    trustProxy: false,
  });
  workspace.onView((view) => {
    const nobody = view.directory.masker(new Set());
    masking.mask = nobody.text;
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandling(app);
  registerRequestLog(app);
  requireDeclaredAccess(app);

  await app.register(fastifySwagger, {
    openapi: {
      info: {
        title: 'molehunt',
        description:
          'The investigator workspace API. Log in with POST /api/auth/login; send the csrfToken it returns as x-csrf-token on every change.',
        version: '0.1.0',
      },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs' });
  app.get('/api/openapi.json', { config: { access: 'public' }, schema: { hide: true } }, () => app.swagger());
  app.get('/api/health', { config: { access: 'public' }, schema: { tags: ['overview'] } }, () => ({
    ok: true,
  }));

  await app.register(fastifyCookie);
  await app.register(fastifyCsrf, {
    getUserInfo: (request) => request.viewer?.user.username ?? '',
    getToken: (request) => request.headers['x-csrf-token'] as string | undefined,
    csrfOpts: { hmacKey: workspace.secret('csrf') },
    cookieOpts: { path: '/', sameSite: 'strict', httpOnly: true, secure: options.secureCookies ?? true },
  });
  await app.register(fastifyRateLimit, { global: false, hook: 'preHandler' });
  registerAccessControl(app, workspace);
  registerMasking(app, workspace);

  authRoutes(app, workspace, { secureCookies: options.secureCookies ?? true });
  alertRoutes(app, workspace);
  personRoutes(app, workspace);
  unmaskRoutes(app, workspace);
  ruleRoutes(app, workspace);
  importRoutes(app, workspace);
  auditRoutes(app, workspace);
  userRoutes(app, workspace);
  caseRoutes(app, workspace);
  evidenceRoutes(app, workspace);
  decisionRoutes(app, workspace);
  policyRoutes(app, workspace);
  leakRoutes(app, workspace);
  await registerWebUi(app);
  return app;
}
