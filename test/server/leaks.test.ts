/**
 * The leak registry through the API: an investigator registers the spec sheet and hands out canary copies; an analyst
 * traces a retyped excerpt to its recipient without ever seeing what the copies say; the attribution goes into a case.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { referenceSubject } from '../../src/demo/index.js';
import { specSheet, unrelatedNotice } from '../../src/leaks/fixtures/index.js';
import { normalize } from '../../src/leaks/index.js';
import { demoBlogPost } from '../demo-company.js';
import { type Client, login, type Served, serveDemo } from './workspace.js';

let served: Served;
let investigator: Client;
let analyst: Client;
/** Five people as the investigator and the analyst see them: by pseudonym. */
let recipients: { id: string; ref: string }[] = [];
let docId = '';

/** A sentence only the registered text has, to check that no answer carries the document's wording. */
const wording = specSheet.en
  .split('\n')
  .find((line) => line.length > 80)!
  .slice(0, 60);

beforeAll(async () => {
  served = await serveDemo();
  investigator = await login(served, 'investigator');
  analyst = await login(served, 'analyst');
  const view = await served.workspace.current();
  recipients = [...view.persons.keys()].slice(0, 5).map((id) => ({
    id,
    ref: view.directory.refOf(id, new Set()),
  }));
}, 180_000);
afterAll(() => served?.close());

const register = (client: Client, query: string, content: string) =>
  client.request('POST', `/api/leaks/documents?${query}`, content, {
    'content-type': 'application/octet-stream',
  });

/** A 300-character stretch of a copy as someone retyping it would give it: no invisible marks, no lookalikes. */
const retypedExcerpt = (copy: string) => normalize(copy.slice(1200, 1500)).text;

describe('the leak registry', () => {
  it('registers a document from its file, and refuses a file it cannot read', async () => {
    const response = await register(
      investigator,
      'title=K80%20Ultra%20spec%20sheet&fileName=k80.txt&classification=secret',
      specSheet.en,
    );
    expect(response.status).toBe(201);
    const { document } = (await response.json()) as { document: Record<string, unknown> & { id: string } };
    docId = document.id;
    expect(document).toMatchObject({
      classification: 'secret',
      language: 'en',
      registeredBy: 'investigator',
    });
    expect(document.characters).toBe(specSheet.en.trim().length);

    const binary = await register(
      investigator,
      'title=x&fileName=tool.exe&classification=secret',
      'MZ\u0000\u0000\u0003\u0000',
    );
    expect(binary.status).toBe(415);
    expect(((await binary.json()) as { code: string }).code).toBe('MH_ERR_DOCUMENT_TYPE');
    const unknownOwner = await register(
      investigator,
      'title=x&fileName=x.txt&classification=secret&owner=nobody-at-all',
      'text',
    );
    expect(unknownOwner.status).toBe(404);
  });

  it('distributes one copy per recipient and answers who received one, never what it says', async () => {
    const distributed = await investigator.json('POST', `/api/leaks/documents/${docId}/distribution`, {
      recipients: recipients.map((r) => r.ref),
    });
    expect(distributed.status).toBe(201);
    expect(distributed.body.distribution.recipients).toEqual(recipients.map((r) => r.ref));
    expect(JSON.stringify(distributed.body)).not.toContain(wording);

    const again = await investigator.json('POST', `/api/leaks/documents/${docId}/distribution`, {
      recipients: [recipients[0]!.ref],
    });
    expect([again.status, again.body.code]).toEqual([409, 'MH_ERR_LEAK_DISTRIBUTED']);

    const listed = await analyst.json('GET', '/api/leaks/documents');
    expect(listed.body.items[0]).toMatchObject({
      document: { id: docId },
      distribution: { recipients: recipients.map((r) => r.ref) },
    });
    const shown = await analyst.json('GET', `/api/leaks/documents/${docId}`);
    expect(shown.body.canReadCopies).toBe(false);
    expect(JSON.stringify(listed.body) + JSON.stringify(shown.body)).not.toContain(recipients[0]!.id);
  });

  it('serves a copy only to leaks:copies, with a reason, exactly as issued, and audits the read', async () => {
    const path = `/api/leaks/documents/${docId}/copies/${recipients[2]!.ref}`;
    expect((await analyst.request('GET', `${path}?reason=curious%20analyst`)).status).toBe(403);
    expect((await analyst.request('GET', `/api/leaks/documents/${docId}/text?reason=curious`)).status).toBe(
      403,
    );
    expect((await investigator.request('GET', path)).status).toBe(400);

    const copy = await investigator.request('GET', `${path}?reason=resend%20to%20the%20recipient`);
    expect(copy.status).toBe(200);
    expect(copy.headers.get('content-disposition')).toMatch(/^attachment/);
    const text = await copy.text();
    expect(text).toBe(await served.store.leakVariantText(docId, recipients[2]!.id));
    expect(text).not.toBe(specSheet.en);

    const audit = await served.store.audit({ limit: 20 });
    expect(audit.items.find((e) => e.action === 'leak.copy.read')).toMatchObject({
      user: 'investigator',
      subject: docId,
      detail: recipients[2]!.id,
      reason: 'resend to the recipient',
    });
  });

  it('finds the document in a retyped excerpt, traces it to its recipient by pseudonym, and not an unrelated text', async () => {
    const copy = (await served.store.leakVariantText(docId, recipients[2]!.id))!;
    const leak = retypedExcerpt(copy);

    const matched = await analyst.json('POST', '/api/leaks/match', { text: leak });
    expect(matched.body.matches).toMatchObject([{ document: { id: docId }, verdict: 'copy' }]);
    const unrelated = await analyst.json('POST', '/api/leaks/match', { text: unrelatedNotice.en });
    expect(unrelated.body.matches).toEqual([]);

    const found = await analyst.json('POST', '/api/leaks/attribute', { text: leak });
    expect(found.body.kind).toBe('attributed');
    expect(found.body.attribution.verdict).toBe('recipient');
    expect(found.body.attribution.named).toEqual([recipients[2]!.ref]);
    expect(found.body.attribution.ranking[0].recipient).toBe(recipients[2]!.ref);
    const decisive = found.body.attribution.positions.filter((p: { decisive: boolean }) => p.decisive);
    expect(decisive.length).toBeGreaterThan(0);
    for (const position of decisive) {
      expect(leak.slice(position.leakSpan[0], position.leakSpan[1])).toBe(position.leakText);
    }
    expect(JSON.stringify(found.body)).not.toContain(recipients[2]!.id);

    const nowhere = await analyst.json('POST', '/api/leaks/attribute', { text: unrelatedNotice.en });
    expect(nowhere.body).toEqual({ kind: 'unregistered' });
    const empty = await analyst.json('POST', '/api/leaks/attribute', { text: '  ' });
    expect(empty.status).toBe(400);
  });

  it('adds the attribution to a case as evidence, with the report naming the recipient by pseudonym', async () => {
    const opened = await investigator.json('POST', '/api/cases', {
      title: 'K80 spec sheet on a blog',
      subjects: [recipients[2]!.ref],
    });
    const caseId = opened.body.case.id;
    const leak = retypedExcerpt((await served.store.leakVariantText(docId, recipients[2]!.id))!);
    const added = await investigator.json('POST', `/api/cases/${caseId}/evidence/attribution`, {
      text: leak,
      name: 'blog post of 12 September',
      reason: 'the post that quotes the sheet',
    });
    expect(added.status).toBe(200);
    const item = added.body.case.evidence.at(-1);
    expect(item).toMatchObject({ kind: 'attribution', mediaType: 'text/markdown' });
    expect(item.source).toMatchObject({ document: docId, verdict: 'recipient', named: [recipients[2]!.ref] });

    const report = await investigator.request('GET', `/api/cases/${caseId}/evidence/${item.id}/content`);
    const markdown = await report.text();
    expect(markdown).toContain(`Named: ${recipients[2]!.ref}.`);
    expect(markdown).not.toContain(recipients[2]!.id);

    const unregistered = await investigator.json('POST', `/api/cases/${caseId}/evidence/attribution`, {
      text: unrelatedNotice.en,
    });
    expect(unregistered.status).toBe(404);
  });

  it("traces the demo blogger's post to the reference subject's copy of the spec sheet", async () => {
    const view = await served.workspace.current();
    const post = await demoBlogPost(served.store);
    expect(post).toContain('二、屏幕');
    const zhou = view.directory.refOf(referenceSubject, new Set());
    const found = await analyst.json('POST', '/api/leaks/attribute', { text: post });
    expect(found.body.document.title).toBe('K80 Ultra 产品规格表 v3');
    expect(found.body.attribution.named).toEqual([zhou]);
  });

  it("raises the registered-content signals on the demo: the subject's mail and the blogger's post", async () => {
    const { signals } = (await served.workspace.current()).context;
    const titled = (title: string) => signals.filter((s) => s.title === title);
    expect(titled('Registered secret content in a mail sent outside the company')).toMatchObject([
      { person: referenceSubject },
    ]);
    const posts = titled("Public post carrying a registered document's content");
    expect(posts).toHaveLength(1);
    // The post names nobody; the canary trap traces it to the subject's copy, and risk counts it against him.
    const { context } = await served.workspace.current();
    expect(posts[0]!.person).toBe(referenceSubject);
    expect(context.attributionOf?.(posts[0]!)?.reason).toMatch(
      new RegExp(`in the wording of ${referenceSubject}'s copy \\(99\\.99% by the canary trap\\)`),
    );
    let quoted = '';
    await served.store.scanEvents({ ids: posts[0]!.events }, (events) => {
      quoted = String(events[0]?.attrs.message ?? '');
    });
    expect(quoted).toBe(await demoBlogPost(served.store));
  });
});
