import { describe, expect, it } from 'vitest';
import type { Entity } from '../model/index.js';
import { identifiersOf } from './identifiers.js';
import { zhouChen } from './test-persons.js';

describe('identifiersOf', () => {
  it('lists every identifier kind of the demo person once', () => {
    expect(identifiersOf(zhouChen, ['粤B32254']).sort()).toEqual(
      [
        'LM10024',
        '周晨',
        'Zhou Chen',
        'Chen Zhou',
        'Kevin Zhou',
        'ZhouChen',
        'ChenZhou',
        'KevinZhou',
        'chen.zhou@lumen-mobile.com',
        'chen.zhou',
        '183-6074-0715',
        '18360740715',
        '2688632572',
        '粤B32254',
      ].sort(),
    );
  });

  it('skips one-character identifiers and mail local parts under 4 characters, and reads numbers and lists', () => {
    const person: Entity = {
      type: 'person',
      id: 'E7',
      name: '王',
      names: { pinyin: 'W', aliases: ['𠮷', '𠮷野'] },
      attrs: {
        'user.email': ['li@x.cn', 'lina@x.cn'],
        'molehunt.person.phone': 13800138000,
        'molehunt.badge.id': true,
      },
      source: 'test',
    };
    expect(identifiersOf(person).sort()).toEqual(
      ['13800138000', 'E7', 'li@x.cn', 'lina', 'lina@x.cn', '𠮷野'].sort(),
    );
  });
});
