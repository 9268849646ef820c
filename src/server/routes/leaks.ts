/**
 * @module The leak registry over HTTP: registering confidential documents, distributing canary copies, finding
 * registered content in a text and tracing a leaked text to whose copy it came from. What the documents and their
 * copies say is served only to `leaks:copies`; everyone else with `leaks:read` sees titles, recipients and verdicts.
 */
import type { Readable } from 'node:stream';
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  attributeText,
  attributionEvidence,
  distribute,
  matchText,
  mediaTypes,
  registerDocument,
} from '../../leaks/index.js';
import { MolehuntError } from '../../model/index.js';
import { allows } from '../../privacy/index.js';
import { type LeakDocument, leakClassifications } from '../../store/index.js';
import { personRef } from '../views.js';
import type { Workspace } from '../workspace.js';
import { actorOf, caseAnswer, caseParams, ensureVisible, reasonField, recordCase } from './case-access.js';
import { auditActorOf, pageOf, pageQuery, record, resolvePerson, viewerOf } from './common.js';
import { readLimited } from './read-limited.js';

const MAX_DOCUMENT_BYTES = 50 * 1024 * 1024;
/** A leaked text is a post or an excerpt; a whole book is not attributed in one request. */
const MAX_TEXT_CHARACTERS = 200_000;

const documentParams = z.strictObject({
  id: z.string().regex(/^D-[0-9A-F]{8}$/, 'a document id such as D-1A2B3C4D'),
});
const leakedText = z
  .string()
  .trim()
  .min(1, 'paste the leaked text')
  .max(MAX_TEXT_CHARACTERS, `at most ${MAX_TEXT_CHARACTERS.toLocaleString('en')} characters`);
const personRefField = z.string().trim().min(1).max(100);
const requiredReason = z.string().trim().min(5, 'say why, in at least 5 characters').max(2000);

/** Room for the longest text in UTF-8 (up to 4 bytes a character) and the JSON around it. */
const textBodyLimit = MAX_TEXT_CHARACTERS * 4 + 64 * 1024;

export function leakRoutes(app: FastifyInstance, workspace: Workspace): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['leaks'];
  const documentOr404 = async (id: string): Promise<LeakDocument> => {
    const document = await workspace.store.leakDocument(id);
    if (!document) throw new MolehuntError('MH_ERR_NOT_FOUND', `no document ${id} is registered`);
    return document;
  };

  api.get(
    '/api/leaks/documents',
    {
      config: { access: 'leaks:read' },
      schema: {
        tags,
        summary: 'Registered documents, newest first, each with its distribution (who, not what)',
        querystring: z.strictObject(pageQuery),
      },
    },
    async (request) => {
      const documents = (await workspace.store.leakDocuments()).sort(
        (a, b) => b.registeredAt - a.registeredAt || a.id.localeCompare(b.id),
      );
      const page = pageOf(documents, request.query.limit, request.query.cursor);
      return {
        ...page,
        items: await Promise.all(
          page.items.map(async (document) => ({
            document,
            distribution: (await workspace.store.leakDistribution(document.id)) ?? null,
          })),
        ),
      };
    },
  );

  api.post(
    '/api/leaks/documents',
    {
      config: { access: 'leaks:write' },
      bodyLimit: MAX_DOCUMENT_BYTES,
      schema: {
        tags,
        summary:
          'Register a confidential document: the body is the file (text, Markdown, HTML, PDF or DOCX), its text is read from it',
        querystring: z.strictObject({
          title: z.string().trim().min(1, 'give the document a title').max(300),
          fileName: z
            .string()
            .min(1)
            .max(200)
            .regex(/^[^/\\]+$/, 'a file name, without folders'),
          classification: z.enum(leakClassifications),
          owner: personRefField.optional(),
          language: z.enum(['en', 'zh']).optional(),
        }),
      },
    },
    async (request, reply) => {
      const { owner, ...query } = request.query;
      if (!request.body) {
        throw new MolehuntError(
          'MH_ERR_BAD_REQUEST',
          'send the file as the body, with content-type application/octet-stream',
        );
      }
      const bytes = await readLimited(
        request.body as Readable,
        MAX_DOCUMENT_BYTES,
        'documents are at most 50 MB; register the part that matters, or its text',
      );
      if (!bytes.length) {
        throw new MolehuntError('MH_ERR_BAD_REQUEST', 'the file is empty: send its content as the body');
      }
      const ownerId =
        owner === undefined ? undefined : resolvePerson(await workspace.current(), viewerOf(request), owner);
      const registered = await registerDocument(
        workspace.store,
        { ...query, bytes, ...(ownerId === undefined ? {} : { owner: ownerId }) },
        auditActorOf(request),
      );
      return reply.code(201).send(registered);
    },
  );

  api.get(
    '/api/leaks/documents/:id',
    {
      config: { access: 'leaks:read' },
      schema: { tags, summary: 'A registered document and its distribution', params: documentParams },
    },
    async (request) => {
      const { id } = request.params;
      const document = await documentOr404(id);
      await record(workspace, request, { action: 'leak.read', subject: id });
      return {
        document,
        distribution: (await workspace.store.leakDistribution(id)) ?? null,
        canReadCopies: allows(viewerOf(request).user.roles, 'leaks:copies'),
      };
    },
  );

  api.get(
    '/api/leaks/documents/:id/text',
    {
      config: { access: 'leaks:copies' },
      schema: {
        tags,
        summary: "The document's registered text (the wording no recipient received); the read is audited",
        params: documentParams,
        querystring: z.strictObject({ reason: requiredReason }),
      },
    },
    async (request, reply) => {
      const { id } = request.params;
      const document = await documentOr404(id);
      const text = (await workspace.store.leakDocumentText(id)) ?? '';
      await record(workspace, request, {
        action: 'leak.text.read',
        subject: id,
        reason: request.query.reason,
      });
      return sendText(reply, text, document, `${id}-original`);
    },
  );

  api.post(
    '/api/leaks/documents/:id/distribution',
    {
      config: { access: 'leaks:write' },
      schema: {
        tags,
        summary:
          'Distribute the document: one canary copy per recipient, stored; each copy is then read on its own',
        params: documentParams,
        body: z.strictObject({
          recipients: z.array(personRefField).min(1).max(500),
          invisibleMarks: z.boolean().default(true),
        }),
      },
    },
    async (request, reply) => {
      const { id } = request.params;
      await documentOr404(id);
      const view = await workspace.current();
      const viewer = viewerOf(request);
      const recipients = request.body.recipients.map((ref) => resolvePerson(view, viewer, ref));
      const { document, distribution } = await distribute(
        workspace.store,
        id,
        recipients,
        { invisibleMarks: request.body.invisibleMarks },
        auditActorOf(request),
      );
      return reply.code(201).send({ document, distribution });
    },
  );

  api.get(
    '/api/leaks/documents/:id/copies/:recipient',
    {
      config: { access: 'leaks:copies' },
      schema: {
        tags,
        summary: "One recipient's copy as issued, to send it (again); the read is audited with its reason",
        params: documentParams.extend({ recipient: personRefField }),
        querystring: z.strictObject({ reason: requiredReason }),
      },
    },
    async (request, reply) => {
      const { id, recipient: ref } = request.params;
      const document = await documentOr404(id);
      const view = await workspace.current();
      const viewer = viewerOf(request);
      const recipient = resolvePerson(view, viewer, ref);
      const text = await workspace.store.leakVariantText(id, recipient);
      if (text === undefined) {
        throw new MolehuntError('MH_ERR_NOT_FOUND', `${ref} received no copy of ${id}`);
      }
      await record(workspace, request, {
        action: 'leak.copy.read',
        subject: id,
        detail: recipient,
        reason: request.query.reason,
      });
      return sendText(reply, text, document, `${id}-${personRef(view, recipient, viewer.revealed).ref}`);
    },
  );

  api.post(
    '/api/leaks/match',
    {
      config: { access: 'leaks:read' },
      bodyLimit: textBodyLimit,
      schema: {
        tags,
        summary:
          'Which registered documents a text contains (a blog post, a forum thread, a screenshot’s text)',
        body: z.strictObject({ text: leakedText }),
      },
    },
    async (request) => {
      const matches = await matchText(workspace.store, request.body.text);
      await record(workspace, request, {
        action: 'leak.match',
        detail: `${request.body.text.length} characters: ${matches.map((m) => m.document.id).join(', ') || 'no document'}`,
      });
      return { matches };
    },
  );

  api.post(
    '/api/leaks/attribute',
    {
      config: { access: 'leaks:read' },
      bodyLimit: textBodyLimit,
      schema: {
        tags,
        summary: 'Whose copy a leaked text comes from: ranked recipients and the positions that decide it',
        body: z.strictObject({ text: leakedText, document: documentParams.shape.id.optional() }),
      },
    },
    async (request) => {
      const { text, document } = request.body;
      if (document !== undefined) await documentOr404(document);
      const found = await attributeText(workspace.store, document, text);
      await record(workspace, request, {
        action: 'leak.attribute',
        ...(found.kind === 'attributed' ? { subject: found.document.id } : {}),
        detail: attributedDetail(found, text),
      });
      return found;
    },
  );

  api.post(
    '/api/cases/:id/evidence/attribution',
    {
      config: { access: 'cases:write' },
      bodyLimit: textBodyLimit,
      schema: {
        tags: ['cases', ...tags],
        summary: 'Attribute a leaked text and add the report to the case as evidence',
        params: caseParams,
        body: z.strictObject({
          text: leakedText,
          name: z.string().trim().min(1).max(200).default('pasted text'),
          document: documentParams.shape.id.optional(),
          reason: reasonField,
        }),
      },
    },
    async (request) => {
      const viewer = viewerOf(request);
      const { id } = request.params;
      await ensureVisible(workspace, viewer, id);
      const { text, name, document, reason } = request.body;
      const found = await attributeText(workspace.store, document, text);
      if (found.kind !== 'attributed') {
        throw new MolehuntError(
          'MH_ERR_NOT_FOUND',
          found.kind === 'unregistered'
            ? 'the text comes from no registered document, so there is no attribution to add'
            : 'the text comes from a document that was never distributed, so there are no copies to trace it to',
        );
      }
      const evidence = attributionEvidence(
        found,
        { text, name, bytes: Buffer.from(text) },
        viewer.user.username,
      );
      const state = await workspace.cases.addEvidence(id, evidence, actorOf(request, reason));
      const item = state.evidence.at(-1)!;
      await recordCase(workspace, request, id, 'evidence.add', {
        detail: `${item.id}: attribution to ${found.document.id}, ${found.attribution.verdict}`,
        ...(reason ? { reason } : {}),
      });
      return caseAnswer(workspace, viewer, state);
    },
  );
}

/**
 * A document's text or a copy as a download, exactly as stored: never masked, since a copy whose wording changed
 * would no longer be the one the recipient holds.
 */
function sendText(reply: FastifyReply, text: string, document: LeakDocument, name: string) {
  const markdown = document.mediaType === mediaTypes.markdown;
  reply.header('content-type', `${markdown ? 'text/markdown' : 'text/plain'}; charset=utf-8`);
  reply.header(
    'content-disposition',
    `attachment; filename="${name.replace(/[^\w.-]/g, '_')}${markdown ? '.md' : '.txt'}"`,
  );
  reply.header('x-content-type-options', 'nosniff');
  return reply.send(text);
}

function attributedDetail(found: Awaited<ReturnType<typeof attributeText>>, text: string): string {
  const size = `${text.length} characters`;
  if (found.kind !== 'attributed') return `${size}: ${found.kind}`;
  const { verdict, named } = found.attribution;
  return `${size}: ${verdict}${named.length ? ` ${named.join(', ')}` : ''}`;
}
