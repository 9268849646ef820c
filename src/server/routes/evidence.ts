/**
 * @module A case's evidence: stored events, uploaded files, reading an item's content (a custody step) and purging
 * it. Content goes into the evidence store before its hash goes into the ledger.
 */
import type { Readable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { evidenceKinds, inlineEvidenceTypes, MolehuntError } from '../../model/index.js';
import type { Workspace } from '../workspace.js';
import {
  actorOf,
  caseAnswer,
  caseParams,
  ensureVisible,
  reasonField,
  recordCase,
  visibleCase,
} from './case-access.js';
import { viewerOf } from './common.js';
import { readLimited } from './read-limited.js';

const MAX_FILE_BYTES = 100 * 1024 * 1024;

/** Text the masker reads: a person named in it is shown by pseudonym to a viewer who has not unmasked them. */
const MASKED_TYPES = new Set(['text/plain', 'application/json', 'text/csv', 'text/markdown']);

const itemParams = caseParams.extend({
  item: z.string().regex(/^EV-[0-9A-F]{8}$/, 'an evidence id such as EV-1A2B3C4D'),
});

export function evidenceRoutes(app: FastifyInstance, workspace: Workspace): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['cases'];

  api.post(
    '/api/cases/:id/evidence/events',
    {
      config: { access: 'cases:write' },
      schema: {
        tags,
        summary: 'Add stored events (from a timeline) as one evidence item',
        params: caseParams,
        body: z.strictObject({
          title: z.string().trim().min(1).max(300).optional(),
          events: z.array(z.string().uuid('an event id from a timeline')).min(1).max(1000),
          reason: reasonField,
        }),
      },
    },
    async (request) => {
      const viewer = viewerOf(request);
      const { id } = request.params;
      await ensureVisible(workspace, viewer, id);
      const { title, events, reason } = request.body;
      const state = await workspace.cases.addEvents(id, events, title, actorOf(request, reason));
      const item = state.evidence.at(-1)!;
      await recordCase(workspace, request, id, 'evidence.add', {
        detail: `${item.id}: ${events.length} events`,
        ...(reason ? { reason } : {}),
      });
      return caseAnswer(workspace, viewer, state);
    },
  );

  api.post(
    '/api/cases/:id/evidence/file',
    {
      config: { access: 'cases:write' },
      schema: {
        tags,
        summary: 'Add a file (a leaked copy, a camera still, a query result): the body is its content',
        params: caseParams,
        querystring: z.strictObject({
          title: z.string().trim().min(1).max(300),
          fileName: z
            .string()
            .min(1)
            .max(200)
            .regex(/^[^/\\]+$/, 'a file name, without folders'),
          mediaType: z
            .string()
            .regex(/^[a-z]+\/[a-z0-9.+-]+$/i, 'a media type such as image/jpeg')
            .default('application/octet-stream'),
          kind: z.enum(evidenceKinds).exclude(['event']).default('file'),
          reason: reasonField,
        }),
      },
    },
    async (request) => {
      const viewer = viewerOf(request);
      const { id } = request.params;
      await ensureVisible(workspace, viewer, id);
      const content = await readLimited(
        request.body as Readable,
        MAX_FILE_BYTES,
        `evidence files are at most ${MAX_FILE_BYTES / 1024 / 1024} MB; keep a larger one outside and add its hash as a note`,
      );
      if (!content.length)
        throw new MolehuntError('MH_ERR_BAD_REQUEST', 'the file is empty: send its content as the body');
      const { title, fileName, mediaType, kind, reason } = request.query;
      const state = await workspace.cases.addEvidence(
        id,
        { kind, title, fileName, mediaType: mediaType.toLowerCase(), content, source: { upload: fileName } },
        actorOf(request, reason),
      );
      const item = state.evidence.at(-1)!;
      await recordCase(workspace, request, id, 'evidence.add', {
        detail: `${item.id}: ${fileName}, ${content.length} bytes, sha256 ${item.sha256}`,
        ...(reason ? { reason } : {}),
      });
      return caseAnswer(workspace, viewer, state);
    },
  );

  api.get(
    '/api/cases/:id/evidence/:item/content',
    {
      config: { access: 'cases:read' },
      schema: {
        tags,
        summary: "An item's content; the read is a step of its chain of custody",
        params: itemParams,
        querystring: z.strictObject({ reason: reasonField }),
      },
    },
    async (request, reply) => {
      const viewer = viewerOf(request);
      const { id, item } = request.params;
      const state = await visibleCase(workspace, viewer, id);
      const evidence = state.evidence.find((candidate) => candidate.id === item);
      if (!evidence) throw new MolehuntError('MH_ERR_NOT_FOUND', `case ${id} has no evidence ${item}`);
      const reason = request.query.reason;
      const content = await workspace.cases.viewEvidence(id, item, actorOf(request, reason));
      await recordCase(workspace, request, id, 'evidence.view', {
        detail: item,
        ...(reason ? { reason } : {}),
      });
      const type = evidence.mediaType;
      const inline = inlineEvidenceTypes.has(type);
      reply.header('content-type', inline ? contentType(type) : 'application/octet-stream');
      reply.header(
        'content-disposition',
        `${inline ? 'inline' : 'attachment'}; filename="${asciiName(evidence.fileName)}"`,
      );
      reply.header('content-security-policy', 'sandbox');
      reply.header('x-content-type-options', 'nosniff');
      if (!MASKED_TYPES.has(type)) return reply.send(content);
      const view = await workspace.current();
      return reply.send(view.directory.masker(viewer.revealed).text(content.toString('utf8')));
    },
  );

  api.post(
    '/api/cases/:id/evidence/:item/purge',
    {
      config: { access: 'cases:write' },
      schema: {
        tags,
        summary: "Delete an item's content (refused under legal hold); its hash and custody stay",
        params: itemParams,
        body: z.strictObject({
          reason: z.string().trim().min(5, 'say why, in at least 5 characters').max(2000),
        }),
      },
    },
    async (request) => {
      const viewer = viewerOf(request);
      const { id, item } = request.params;
      await ensureVisible(workspace, viewer, id);
      const state = await workspace.cases.purgeEvidence(id, item, actorOf(request, request.body.reason));
      await recordCase(workspace, request, id, 'evidence.purge', {
        detail: item,
        reason: request.body.reason,
      });
      return caseAnswer(workspace, viewer, state);
    },
  );
}

function contentType(type: string): string {
  return type.startsWith('text/') || type === 'application/json' ? `${type}; charset=utf-8` : type;
}

/** A header-safe file name: the header is ASCII; the item id in the custody record is what identifies it. */
function asciiName(name: string): string {
  return name.replace(/[^\x20-\x7e]|["\\]/g, '_');
}
