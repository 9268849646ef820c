/** @module The ingest benchmark's input: a badge-system export (Chinese headers, as the demo's GBK site writes) of N events. */

import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { seededRandom as random } from '../random.js';

const surnames = ['王', '李', '张', '刘', '陈', '杨', '黄', '赵', '周', '吴'];
const given = [
  '伟',
  '芳',
  '娜',
  '敏',
  '静',
  '丽',
  '强',
  '磊',
  '军',
  '洋',
  '勇',
  '艳',
  '杰',
  '涛',
  '明',
  '超',
];
const doors = ['A1-大堂', 'A2-电梯厅', 'B1-研发区', 'N5-实验室', 'G1-车库', 'C3-食堂'];

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * Writes `events` badge swipes by `persons` people in time order, one every ~3 s from 2025-08-01 (Asia/Shanghai
 * local time, as badge systems write it), to `path` as UTF-8 CSV: 记录号,时间,工号,姓名,门禁点,方向,结果.
 */
export async function writeBadgeExport(
  path: string,
  events: number,
  persons: number,
  seed = 42,
): Promise<void> {
  const next = random(seed);
  const names = Array.from(
    { length: persons },
    (_, i) => `${surnames[i % 10]}${given[(i * 7) % 16]}${given[(i * 3) % 16]}`,
  );
  const out = createWriteStream(path);
  out.write('记录号,时间,工号,姓名,门禁点,方向,结果\n');
  let clock = Date.UTC(2025, 7, 1, 0, 0, 0);
  let chunk = '';
  for (let i = 1; i <= events; i++) {
    clock += Math.floor(next() * 6000);
    const t = new Date(clock);
    const time = `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())} ${pad(t.getUTCHours())}:${pad(t.getUTCMinutes())}:${pad(t.getUTCSeconds())}`;
    const person = Math.floor(next() * persons);
    const door = doors[Math.floor(next() * doors.length)];
    const direction = next() < 0.5 ? '进' : '出';
    const result = next() < 0.98 ? '成功' : '失败';
    chunk += `${i},${time},E${String(person + 1).padStart(5, '0')},${names[person]},${door},${direction},${result}\n`;
    if (chunk.length > 1 << 20) {
      if (!out.write(chunk)) await once(out, 'drain');
      chunk = '';
    }
  }
  out.end(chunk);
  await once(out, 'finish');
}
