/** @module Persons for the privacy unit tests: 周晨 as the demo writes him, two people both called 王伟, and a key. */
import type { Entity } from '../model/index.js';
import { PersonDirectory, type PlateOwner } from './directory.js';

export const testKey = Buffer.alloc(32, 7);

export const zhouChen: Entity = {
  type: 'person',
  id: 'LM10024',
  name: '周晨',
  names: { zh: '周晨', pinyin: 'Zhou Chen', en: 'Chen Zhou', aliases: ['Kevin Zhou'] },
  attrs: {
    'user.email': 'chen.zhou@lumen-mobile.com',
    'molehunt.person.phone': '183-6074-0715',
    'molehunt.badge.id': '2688632572',
    'molehunt.hr.department': 'MKT-CN',
    'molehunt.hr.role': '中国区市场部总经理',
  },
  source: 'test',
};

function wangWei(id: string, mail: string): Entity {
  return {
    type: 'person',
    id,
    name: '王伟',
    names: { zh: '王伟', pinyin: 'Wang Wei', en: 'Wei Wang' },
    attrs: { 'user.email': mail },
    source: 'test',
  };
}

export const wangWeiA = wangWei('LM20001', 'wei.wang@lumen-mobile.com');
export const wangWeiB = wangWei('LM20002', 'wei.wang2@lumen-mobile.com');

export const testPlates: PlateOwner[] = [
  { plate: '粤B32254', person: 'LM10024' },
  { plate: '粤B77801', person: 'LM99999' },
];

export function testDirectory(): PersonDirectory {
  return new PersonDirectory([zhouChen, wangWeiA, wangWeiB], testPlates, testKey);
}
