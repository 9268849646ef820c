import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { certDay, readCertAnswers } from './cert-answers.js';

/** An answer key shaped like CERT's: two releases in one insiders.csv, answer files in r<release>-<scenario>/. */
function answerKey(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'molehunt-answers-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

const key = [
  'dataset,scenario,details,user,start,end',
  '4.2,1,r4.2-1-AAM0658.csv,AAM0658,10/23/2010 01:36:06,10/29/2010 05:04:18',
  '4.2,2,r4.2-2-CDE1846.csv,CDE1846,02/21/2011 09:06:47,04/25/2011 13:48:07',
  '5.2,1,r5.2-1-ABC0174.csv,ABC0174,01/04/2011 22:33:11,01/04/2011 23:47:01',
].join('\r\n');

const files = {
  'insiders.csv': `${key}\r\n`,
  'r4.2-1/r4.2-1-AAM0658.csv': [
    'logon,{K3V4-Y4OK65SI-1583GEOQ},10/23/2010 01:34:19,AAM0658,PC-9923,Logon',
    'device,{A2B3-C4D5E6F7-1234ABCD},10/23/2010 01:40:00,AAM0658,PC-9923,Connect',
    'http,{B2B3-C4D5E6F7-1234ABCD},10/29/2010 05:04:18,AAM0658,PC-9923,http://wikileaks.org/x,some words, with a comma',
  ].join('\n'),
  'r4.2-2/r4.2-2-CDE1846.csv':
    'http,{C2B3-C4D5E6F7-1234ABCD},2/21/2011 9:06:47,CDE1846,PC-1,http://jobs.example/\n',
  'r5.2-1/r5.2-1-ABC0174.csv': 'logon,{D2B3-C4D5E6F7-1234ABCD},01/04/2011 22:33:11,ABC0174,PC-2,Logon\n',
};

describe('the CERT answer key', () => {
  it('reads one release: its insiders, their scenarios and their malicious days', () => {
    const answers = readCertAnswers(answerKey(files), { dataDir: '/datasets/r4.2' });
    expect(answers.dataset).toBe('4.2');
    expect([...answers.insiders.values()].map((i) => [i.user, i.scenario, [...i.days]])).toEqual([
      ['AAM0658', '1', ['2010-10-23', '2010-10-29']],
      ['CDE1846', '2', ['2011-02-21']],
    ]);
    expect([...readCertAnswers(answerKey(files), { dataset: '5.2' }).insiders.keys()]).toEqual(['ABC0174']);
  });

  it('asks which release when the key covers several and the folder name does not say', () => {
    expect(() => readCertAnswers(answerKey(files), { dataDir: '/datasets/cert' })).toThrow(
      /covers datasets 4\.2, 5\.2; say which one the data is with --dataset/,
    );
    expect(() => readCertAnswers(answerKey(files), { dataset: '6.2' })).toThrow(
      /names no insider of dataset 6\.2/,
    );
  });

  it('names the missing answer file and the bad line', () => {
    const { 'r4.2-2/r4.2-2-CDE1846.csv': _, ...without } = files;
    expect(() => readCertAnswers(answerKey(without), { dataset: '4.2' })).toThrow(
      /insiders\.csv:3: the answer file r4\.2-2-CDE1846\.csv is not in .* unpack all of answers\.tar\.bz2/,
    );
    const garbled = { ...files, 'r5.2-1/r5.2-1-ABC0174.csv': 'logon,{X},yesterday,ABC0174,PC-2,Logon\n' };
    expect(() => readCertAnswers(answerKey(garbled), { dataset: '5.2' })).toThrow(
      /r5\.2-1-ABC0174\.csv:1: the third field is not a CERT time/,
    );
  });

  it('reads CERT times with or without leading zeros as UTC dates', () => {
    expect(certDay('1/2/2010 6:49:00')).toBe('2010-01-02');
    expect(certDay('12/31/2010 23:59:59')).toBe('2010-12-31');
    expect(certDay('2010-01-02 06:49:00')).toBeUndefined();
  });
});
