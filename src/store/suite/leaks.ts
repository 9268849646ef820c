/** @module Contract: the leak registry keeps documents apart from their texts, and each document's one distribution. */
import { expect, it } from 'vitest';
import type { LeakDistribution, LeakDocument, LeakVariant } from '../leak-records.js';
import { type OpenStore, t0, withStore } from './fixtures.js';

function document(id: string, changes: Partial<LeakDocument> = {}): LeakDocument {
  return {
    id,
    title: `Spec sheet ${id}`,
    language: 'en',
    classification: 'confidential',
    fileName: 'k80-spec.pdf',
    mediaType: 'application/pdf',
    sha256: 'ab'.repeat(32),
    size: 20480,
    characters: 4558,
    registeredAt: t0,
    registeredBy: 'alice',
    ...changes,
  };
}

function distribution(docId: string, recipients: string[]): LeakDistribution {
  return { docId, recipients, invisibleMarks: true, distributedAt: t0 + 60_000, distributedBy: 'bob' };
}

function variant(recipient: string, marks = true): LeakVariant {
  return {
    recipient,
    codeword: [1, 0, 2],
    ...(marks ? { marks: [3, 1] } : {}),
    text: `copy of ${recipient}`,
  };
}

export function leakTests(open: OpenStore): void {
  const store = withStore(open);

  it('lists documents newest first without their text, which only its own method returns', async () => {
    await store().saveLeakDocument(document('D-00000001'), 'the first text');
    await store().saveLeakDocument(
      document('D-00000002', { owner: 'E1001', language: 'zh', registeredAt: t0 + 1 }),
      '第二份文件',
    );
    expect(await store().leakDocuments()).toEqual([
      document('D-00000002', { owner: 'E1001', language: 'zh', registeredAt: t0 + 1 }),
      document('D-00000001'),
    ]);
    expect(await store().leakDocument('D-00000001')).toEqual(document('D-00000001'));
    expect(await store().leakDocument('D-99999999')).toBeUndefined();
    expect(await store().leakDocumentText('D-00000002')).toBe('第二份文件');
    expect(await store().leakDocumentText('D-99999999')).toBeUndefined();
    await expect(store().saveLeakDocument(document('D-00000001'), 'again')).rejects.toMatchObject({
      code: 'MH_ERR_CONFLICT',
    });
    expect(await store().leakDocumentText('D-00000001')).toBe('the first text');
  });

  it('keeps a distribution with its plan and every copy, each behind its own method', async () => {
    await store().saveLeakDocument(document('D-00000001'), 'text');
    const sent = distribution('D-00000001', ['E2', 'E1']);
    await store().saveLeakDistribution(sent, '{"version":1}', [variant('E2'), variant('E1', false)]);
    expect(await store().leakDistribution('D-00000001')).toEqual(sent);
    expect(await store().leakPlan('D-00000001')).toBe('{"version":1}');
    expect(await store().leakVariantText('D-00000001', 'E1')).toBe('copy of E1');
    expect(await store().leakVariantText('D-00000001', 'E3')).toBeUndefined();
    expect(await store().leakDistribution('D-00000002')).toBeUndefined();
    expect(await store().leakPlan('D-00000002')).toBeUndefined();
  });

  it('refuses a second distribution of a document, naming who has a copy, and writes nothing of it', async () => {
    await store().saveLeakDocument(document('D-00000001'), 'text');
    await store().saveLeakDistribution(distribution('D-00000001', ['E1', 'E2']), '{"plan":1}', [
      variant('E1'),
      variant('E2'),
    ]);
    const again = store().saveLeakDistribution(distribution('D-00000001', ['E2', 'E3']), '{"plan":2}', [
      variant('E2'),
      variant('E3'),
    ]);
    await expect(again).rejects.toMatchObject({
      code: 'MH_ERR_LEAK_DISTRIBUTED',
      message: expect.stringMatching(/D-00000001 was distributed already, and E2 has a copy/),
    });
    expect(await store().leakPlan('D-00000001')).toBe('{"plan":1}');
    expect(await store().leakVariantText('D-00000001', 'E3')).toBeUndefined();
    expect((await store().leakDistribution('D-00000001'))?.recipients).toEqual(['E1', 'E2']);
  });
}
