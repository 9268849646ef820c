import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import type { ReadOptions, SourceRecord } from '../records.js';
import { openRecordSource } from './open.js';

const dir = mkdtempSync(join(tmpdir(), 'molehunt-read-'));
let fileNo = 0;

function file(content: string | Uint8Array): string {
  const path = join(dir, `f${++fileNo}`);
  writeFileSync(path, content);
  return path;
}

async function readAll(path: string, options: Partial<ReadOptions> & { chunkSize?: number } = {}) {
  const source = await openRecordSource(path, { format: 'csv', encoding: 'auto', ...options });
  const records: SourceRecord[] = [];
  for await (const batch of source.batches()) records.push(...batch);
  return { source, records };
}

const gbkBadges = [
  '时间,工号,姓名,门禁点,方向,结果',
  '2026/09/01 21:30:05,E1001,周晨,研发楼3F东门,进,成功',
  '2026/09/01 22:05:40,E1001,周晨,研发楼3F东门,出,成功',
].join('\r\n');

describe('openRecordSource', () => {
  it('drops the UTF-8 BOM and CRs and reads the header', async () => {
    const { source, records } = await readAll(file('\uFEFFa,b\r\n1,2\r\n3,4\r\n'));
    expect(source.hadBom).toBe(true);
    expect(source.columns).toEqual(['a', 'b']);
    expect(records).toEqual([
      { line: 2, raw: '1,2', values: ['1', '2'] },
      { line: 3, raw: '3,4', values: ['3', '4'] },
    ]);
  });

  it('detects GBK and reads Chinese headers the same whatever the read size', async () => {
    const path = file(iconv.encode(gbkBadges, 'gbk'));
    const whole = await readAll(path);
    expect(whole.source.encoding).toBe('gb18030');
    expect(whole.source.columns).toEqual(['时间', '工号', '姓名', '门禁点', '方向', '结果']);
    expect(whole.records.map((r) => r.values)).toEqual([
      ['2026/09/01 21:30:05', 'E1001', '周晨', '研发楼3F东门', '进', '成功'],
      ['2026/09/01 22:05:40', 'E1001', '周晨', '研发楼3F东门', '出', '成功'],
    ]);
    for (const chunkSize of [1, 2, 7, 64]) {
      expect((await readAll(path, { chunkSize })).records).toEqual(whole.records);
    }
  });

  it('keeps a quoted field across lines, with its first line number', async () => {
    const { records } = await readAll(file('id,text\n1,"two\nlines, and ""quotes"""\n2,plain\n'));
    expect(records).toEqual([
      { line: 2, raw: '1,"two\nlines, and ""quotes"""', values: ['1', 'two\nlines, and "quotes"'] },
      { line: 4, raw: '2,plain', values: ['2', 'plain'] },
    ]);
  });

  it('quarantines only the line of a quote that never closes, and reads on', async () => {
    const { records } = await readAll(file('id,text\n1,"open\n2,b\n3,c\n'));
    expect(records[0]).toMatchObject({
      line: 2,
      problem: { reason: expect.stringContaining('never closes') },
    });
    expect(records.slice(1)).toEqual([
      { line: 3, raw: '2,b', values: ['2', 'b'] },
      { line: 4, raw: '3,c', values: ['3', 'c'] },
    ]);
  });

  it('stops waiting for a closing quote after 100 lines', async () => {
    const body = Array.from({ length: 150 }, (_, i) => `${i + 3},x`).join('\n');
    const { records } = await readAll(file(`id,text\n1,"open\n${body}\n`));
    expect(records[0]).toMatchObject({ line: 2, problem: { reason: expect.stringContaining('still open') } });
    expect(records).toHaveLength(151);
    expect(records.slice(1).every((r) => r.values)).toBe(true);
  });

  it('names text after a closing quote and the columns a short record lacks', async () => {
    const { records } = await readAll(file('a,b,c\n"x"y,1,2\n1,2\n1,2,3,4\n1,2,3,\n'));
    expect(records[0]?.problem?.reason).toMatch(/text after a closing quote at character 4/);
    expect(records[1]?.problem).toEqual({ field: 'c', reason: 'the record has 2 of 3 columns; missing "c"' });
    expect(records[2]?.problem?.reason).toMatch(/has 4 columns but the header has 3/);
    expect(records[3]?.values).toEqual(['1', '2', '3']);
  });

  it('quarantines a line of invalid UTF-8 and keeps the file UTF-8', async () => {
    const good = Buffer.from('name,city\n张三,北京\n李四,上海\n');
    const bad = Buffer.from([0x62, 0x61, 0x64, 0xc3, 0x28, 0x2c, 0x78, 0x0a]);
    const { source, records } = await readAll(file(Buffer.concat([good, bad, Buffer.from('王五,深圳\n')])));
    expect(source.encoding).toBe('utf-8');
    expect(records.map((r) => (r.values as string[] | undefined)?.[0] ?? r.problem?.reason)).toEqual([
      '张三',
      '李四',
      expect.stringMatching(/not valid UTF-8 at character 4/),
      '王五',
    ]);
    expect(records[2]?.line).toBe(4);
  });

  it('reads JSONL and names lines that are not JSON objects', async () => {
    const source = await openRecordSource(file('{"a":1}\n\nnot json\n[1]\n{"b":"中"}'), {
      format: 'jsonl',
      encoding: 'auto',
    });
    const records: SourceRecord[] = [];
    for await (const batch of source.batches()) records.push(...batch);
    expect(records.map((r) => [r.line, r.values ?? r.problem?.reason])).toEqual([
      [1, { a: 1 }],
      [3, expect.stringMatching(/not valid JSON/)],
      [4, expect.stringMatching(/not a JSON object/)],
      [5, { b: '中' }],
    ]);
  });

  it('says what to do when the file cannot be read at all', async () => {
    await expect(readAll(join(dir, 'missing.csv'))).rejects.toMatchObject({
      code: 'MH_ERR_INPUT_UNREADABLE',
      message: expect.stringContaining('no such file; check the path'),
    });
    await expect(readAll(dir)).rejects.toMatchObject({ code: 'MH_ERR_INPUT_UNREADABLE' });
  });
});
