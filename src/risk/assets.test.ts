import { describe, expect, it } from 'vitest';
import type { Entity, Event } from '../model/index.js';
import { assetBooster, priorityDocuments } from './assets.js';
import { attributeToCopy, numberedCopies } from './attribution.js';

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

describe('priority assets', () => {
  const byHash = priorityDocuments(documents);

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
