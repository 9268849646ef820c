import { describe, expect, it } from 'vitest';
import type { ContentMatcher } from '../leaks/index.js';
import type { Entity, Event } from '../model/index.js';
import { assetBooster, documentsCarried, priorityDocuments } from './assets.js';
import { attributeToCanaryCopy, attributeToCopy, numberedCopies } from './attribution.js';

const document = (id: string, attrs: Entity['attrs']): Entity => ({
  type: 'document',
  id,
  name: `title of ${id}`,
  attrs,
  source: 'registry',
});
const event = (attrs: Event['attrs'], target?: string): Event => ({
  id: `e-${JSON.stringify(attrs)}`,
  time: 1,
  source: 's',
  kind: 'badge',
  action: 'badge.in',
  ...(target ? { target } : {}),
  attrs,
  raw: { batch: 'b', file: 'f', line: 1 },
});

const documents = [
  document('SPEC', { 'molehunt.document.classification': 'secret', 'file.hash.sha256': 'aa' }),
  document('SPEC#01', {
    'molehunt.document.copy_of': 'SPEC',
    'molehunt.document.marker': 'the launch is on 23 October',
    'file.hash.sha256': 'bb',
  }),
  document('SPEC#02', {
    'molehunt.document.copy_of': 'SPEC',
    'molehunt.document.marker': 'on 23 October we launch',
    'file.hash.sha256': 'cc',
  }),
  document('MEMO', { 'molehunt.document.classification': 'internal', 'file.hash.sha256': 'dd' }),
  document('PLAN', { 'molehunt.document.classification': 'confidential', 'file.hash.sha256': 'ee' }),
];

const byHashOf = () => priorityDocuments(documents);

describe('priority assets', () => {
  const byHash = byHashOf();

  it('are confidential and secret documents, copies taking their original’s class', () => {
    expect([...byHash].map(([hash, d]) => `${hash} ${d.id} ${d.classification}`)).toEqual([
      'aa SPEC secret',
      'bb SPEC#01 secret',
      'cc SPEC#02 secret',
      'ee PLAN confidential',
    ]);
  });

  it('boost a signal by the strongest asset its events touch, named', () => {
    const lab = event({ 'molehunt.area.level': 3, 'molehunt.area': 'SZ-N5' });
    const mail = event({ 'email.attachments.file.hash.sha256': ['dd', 'bb'] });
    expect(assetBooster([lab], byHash)).toMatchObject({ factor: 1.3, reason: 'in restricted area SZ-N5' });
    expect(assetBooster([lab, mail], byHash)).toMatchObject({
      factor: 1.5,
      reason: 'touches the secret document SPEC#01 (title of SPEC#01)',
    });
    expect(assetBooster([event({ 'file.hash.sha256': 'ee' })], byHash)?.factor).toBe(1.3);
    expect(
      assetBooster([event({ 'molehunt.area.level': 2 }), event({ 'file.hash.sha256': 'dd' })], byHash),
    ).toBe(undefined);
  });
});

describe('registered content as a priority asset', () => {
  /** A stand-in for the leak registry's matcher: a text mentioning a title carries that document. */
  const matcher: ContentMatcher = (text) =>
    (
      [
        { id: 'D-00000001', title: 'K80 spec', classification: 'secret' },
        { id: 'D-00000002', title: 'Roadmap', classification: 'confidential' },
        { id: 'D-00000003', title: 'Canteen', classification: 'internal' },
      ] as const
    )
      .filter((d) => text.includes(d.title))
      .map((d) => ({ ...d, verdict: 'quotes' as const, score: 0.4 }));

  it('are the confidential and secret documents a mail body, an attachment’s text or a message carries', () => {
    const mail = event({
      message: 'Roadmap and Canteen, as discussed',
      'molehunt.email.attachment_text': ['nothing here', 'the K80 spec, page 2', 'Roadmap again'],
    });
    expect(documentsCarried(mail, matcher).map((d) => `${d.id} ${d.classification}`)).toEqual([
      'D-00000002 confidential',
      'D-00000001 secret',
    ]);
    expect(documentsCarried(event({ message: 'Canteen menu' }), matcher)).toEqual([]);
  });

  it('name the document the signal’s events carry, with its classification’s factor', () => {
    const lab = event({ 'molehunt.area.level': 3, 'molehunt.area': 'SZ-N5' });
    const chat = event({ message: 'the K80 spec says' });
    const carried = (e: Event) => documentsCarried(e, matcher);
    expect(assetBooster([lab, chat], byHashOf(), carried)).toMatchObject({
      factor: 1.5,
      reason: 'carries the secret document D-00000001 (K80 spec)',
      reasonZh: '含有绝密文件 D-00000001（K80 spec）的内容',
      event: chat.id,
    });
    expect(assetBooster([lab, chat], byHashOf())?.reason).toBe('in restricted area SZ-N5');
  });
});

describe('attribution to a numbered copy', () => {
  const copies = numberedCopies(
    documents,
    (id) => ({ 'SPEC#01': ['P1'], 'SPEC#02': ['P2', 'P3'] })[id] ?? [],
  );
  const post = (message: string) => event({ message });

  it('names the one recipient of the copy whose wording the post quotes', () => {
    expect(attributeToCopy([post('leak: the launch is on 23 October, see')], copies)).toEqual({
      person: 'P1',
      attribution: {
        reason: 'quotes the wording only numbered copy SPEC#01 has, which P1 received',
        reasonZh: '引用了仅编号副本 SPEC#01 才有的措辞，该副本的接收人是 P1',
      },
    });
  });

  it('names nobody when no copy, two copies, or a copy with several recipients match', () => {
    expect(attributeToCopy([post('nothing here')], copies)).toBeUndefined();
    expect(
      attributeToCopy([post('the launch is on 23 October'), post('on 23 October we launch')], copies),
    ).toBeUndefined();
    expect(attributeToCopy([post('so on 23 October we launch')], copies)).toBeUndefined();
  });
});

describe('attribution to a canary copy', () => {
  const spec = { id: 'D-00000001', title: 'K80 spec' };
  const posts = [event({ message: 'first post' }), event({ message: 'second post' })];
  const tracedTo =
    (...people: (string | undefined)[]) =>
    (e: (typeof posts)[number]) => {
      const person = people[posts.indexOf(e)];
      return person ? { person, document: spec, probability: 0.99999 } : undefined;
    };

  it("names the recipient whose copy the events' texts are traced to, with the document and how sure", () => {
    expect(attributeToCanaryCopy(posts, tracedTo('P1', undefined))).toEqual({
      person: 'P1',
      attribution: {
        reason: "carries D-00000001 (K80 spec) in the wording of P1's copy (99.99% by the canary trap)",
        reasonZh: '以 P1 所持副本的措辞含有 D-00000001（K80 spec）的内容（金丝雀陷阱判定 99.99%）',
      },
    });
    expect(attributeToCanaryCopy(posts, tracedTo('P2', 'P2'))?.person).toBe('P2');
  });

  it('names nobody when nothing is traced, or the texts point to two recipients', () => {
    expect(attributeToCanaryCopy(posts, tracedTo())).toBeUndefined();
    expect(attributeToCanaryCopy(posts, tracedTo('P1', 'P2'))).toBeUndefined();
  });
});
