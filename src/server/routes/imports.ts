/** @module Sources: profiles, uploading a file to import (a job), the imports so far, the quarantine, push ingest. */
import { randomUUID } from 'node:crypto';
import { createWriteStream, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { detectImported } from '../../detect/index.js';
import {
  listProfiles,
  loadProfile,
  type Profile,
  profileDirs,
  pushIngest,
  runImport,
} from '../../ingest/index.js';
import { MolehuntError } from '../../model/index.js';
import type { Workspace } from '../workspace.js';
import { record, viewerOf } from './common.js';

const streamed = ['application/octet-stream', 'application/x-ndjson'];

export function importRoutes(app: FastifyInstance, workspace: Workspace): void {
  // Uploads and pushed records are streamed, never held whole in memory, so they have no body size limit.
  app.addContentTypeParser(streamed, (_request, payload, done) => done(null, payload));
  const api = app.withTypeProvider<ZodTypeProvider>();
  const dataDir = resolve(workspace.config.dataDir);
  const dirs = profileDirs(dataDir);
  const profileNamed = (name: string): Profile => loadProfile(name, dirs);

  /** Live detection over what a batch stored, as after `molehunt import`. */
  const detectBatch = async (batch: string) => {
    const rules = await workspace.ruleSet();
    return detectImported(workspace.store, rules, [batch], { timeZone: await workspace.timeZone() });
  };

  api.get(
    '/api/profiles',
    { config: { access: 'imports:read' }, schema: { tags: ['imports'], summary: 'The mapping profiles' } },
    async () => ({
      items: listProfiles(dirs).map((p) => ({ name: p.name, description: p.description, kind: p.kind })),
    }),
  );

  api.post(
    '/api/imports',
    {
      config: { access: 'imports:write' },
      schema: {
        tags: ['imports'],
        summary: 'Upload one file and import it with a profile (a job); live detection follows',
        querystring: z.strictObject({
          profile: z.string().min(1).max(100),
          filename: z
            .string()
            .min(1)
            .max(200)
            .regex(/^[^/\\]+$/, 'a file name, without folders'),
        }),
      },
    },
    async (request, reply) => {
      const profile = profileNamed(request.query.profile);
      if ('bundle' in profile) {
        throw new MolehuntError(
          'MH_ERR_BAD_REQUEST',
          `${profile.name} is a bundle of profiles; upload each file with its own profile (${profile.bundle.map((e) => e.profile).join(', ')})`,
        );
      }
      const uploads = join(dataDir, 'uploads');
      mkdirSync(uploads, { recursive: true });
      const path = join(uploads, `${randomUUID()}-${request.query.filename}`);
      await pipeline(request.body as Readable, createWriteStream(path));
      await record(workspace, request, {
        action: 'import.upload',
        subject: request.query.filename,
        detail: `profile ${profile.name}`,
      });
      const job = workspace.jobs.start('import', viewerOf(request).user.username, (progress) =>
        workspace.serialized(async () => {
          const report = await runImport(workspace.store, {
            profile,
            inputs: [path],
            loadProfile: profileNamed,
            onProgress: (done, total) => progress(done, total),
          });
          const detection = await detectBatch(report.batch.id);
          return { batch: report.batch, failed: report.failed, signals: detection.added };
        }),
      );
      return reply.code(202).send({ job });
    },
  );

  api.get(
    '/api/imports',
    {
      config: { access: 'imports:read' },
      schema: { tags: ['imports'], summary: 'Import batches, newest first' },
    },
    async () => ({ items: await workspace.store.imports(200) }),
  );

  api.get(
    '/api/quarantine',
    {
      config: { access: 'imports:read' },
      schema: {
        tags: ['imports'],
        summary: 'Records that could not be stored, with file, line, field and reason',
        querystring: z.strictObject({
          batch: z.string().max(100).optional(),
          limit: z.coerce.number().int().min(1).max(500).default(50),
          cursor: z.string().max(100).optional(),
        }),
      },
    },
    async (request) => {
      const { batch, limit, cursor } = request.query;
      return workspace.store.quarantine({ batch, limit, after: cursor });
    },
  );

  api.post(
    '/api/ingest/:profile',
    {
      config: { access: 'imports:write' },
      schema: {
        tags: ['imports'],
        summary: 'Push NDJSON records through a profile; answers one NDJSON result a record, then a summary',
        params: z.strictObject({ profile: z.string().min(1).max(100) }),
      },
    },
    async (request, reply) => {
      const viewer = viewerOf(request);
      if (!String(request.headers['content-type']).startsWith('application/x-ndjson')) {
        throw new MolehuntError(
          'MH_ERR_BAD_REQUEST',
          'send the records as Content-Type: application/x-ndjson, one JSON object a line',
        );
      }
      const profile = profileNamed(request.params.profile);
      const view = await workspace.current();
      const mask = view.directory.masker(viewer.revealed);
      const outputs = pushIngest(workspace.store, {
        profile,
        body: request.body as Readable,
        sender: `http:${viewer.user.username}@${request.ip}`,
      });
      async function* lines() {
        let batch: string | undefined;
        for await (const output of outputs) {
          if ('summary' in output) batch = output.summary.batch;
          yield `${JSON.stringify(mask.json(output))}\n`;
        }
        if (batch) {
          const stored = batch;
          await record(workspace, request, {
            action: 'import.push',
            subject: profile.name,
            detail: `batch ${stored}`,
          });
          void workspace
            .serialized(() => detectBatch(stored))
            .catch((error) => request.log.error({ err: error }));
        }
      }
      return reply.type('application/x-ndjson').send(Readable.from(lines()));
    },
  );
}
