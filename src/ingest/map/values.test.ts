import { describe, expect, it } from 'vitest';
import { compileTimeFormats } from './time-format.js';
import { compileValue, ValueProblem } from './values.js';

const columns = ['方向', '收件人', '大小', '附件', '日期', '时间'];
const row = ['进', 'a@x.cn; b@y.cn ;', '12kB', 'spec.pdf(120);photo.jpg', '2026-09-01', '21:30'];
const readTime = compileTimeFormats(['yyyy-MM-dd HH:mm'], 'UTC');

describe('compileValue', () => {
  it('maps values ignoring case and spaces, strictly when asked', () => {
    const spec = { from: '方向', map: { 进: 'in', 出: 'out' }, strict: true };
    expect(compileValue(spec, 'keyword', columns, readTime)(row)).toBe('in');
    const other = compileValue(spec, 'keyword', columns, readTime)(['开', ...row.slice(1)]);
    expect(other).toBeInstanceOf(ValueProblem);
    expect((other as ValueProblem).reason).toMatch(/"开" is not one of 进, 出/);
  });

  it('splits list fields and drops empty items', () => {
    expect(compileValue('收件人', 'keyword[]', columns, readTime)(row)).toEqual(['a@x.cn', 'b@y.cn']);
  });

  it('applies a pattern to each item; no match is empty', () => {
    const sizes = compileValue({ from: '附件', pattern: '\\((\\d+)\\)$' }, 'long[]', columns, readTime);
    expect(sizes(row)).toEqual([120]);
  });

  it('converts to the field type or names the problem', () => {
    const size = compileValue('大小', 'long', columns, readTime)(row);
    expect((size as ValueProblem).reason).toBe('"12kB" is not a whole number');
    expect(compileValue({ value: 'yes' }, 'boolean', columns, readTime)(row)).toBe(true);
  });

  it('joins columns with a template and reads dates', () => {
    const at = compileValue({ template: '{日期} {时间}' }, 'date', columns, readTime);
    expect(at(row)).toBe(Date.UTC(2026, 8, 1, 21, 30));
  });

  it('uses the default for an empty value, and refuses an empty required one', () => {
    const empty = ['', '', '', '', '', ''];
    expect(compileValue({ from: '方向', default: 'in' }, 'keyword', columns, readTime)(empty)).toBe('in');
    expect(
      compileValue({ from: '方向', required: true }, 'keyword', columns, readTime)(empty),
    ).toBeInstanceOf(ValueProblem);
  });

  it('keeps a list of texts whole, semicolons and all, unless told to split', () => {
    const mail = { attachments: [{ text: 'Price: 5,999 yuan; launch: October 23' }, { text: ' ' }] };
    const texts = compileValue('attachments[].text', 'text[]', undefined, readTime);
    expect(texts(mail)).toEqual(['Price: 5,999 yuan; launch: October 23']);
    const column = compileValue('attachment_text', 'text[]', undefined, readTime);
    expect(column({ attachment_text: 'one text; still one' })).toEqual(['one text; still one']);
    const split = compileValue({ from: 'attachments', split: '|' }, 'text[]', undefined, readTime);
    expect(split({ attachments: 'a; b|c' })).toEqual(['a; b', 'c']);
  });

  it('reads JSONL key paths, through lists', () => {
    const mail = { from: { address: 'x@y' }, attachments: [{ name: 'a.pdf' }, { name: 'b.doc' }] };
    expect(compileValue('from.address', 'keyword', undefined, readTime)(mail)).toBe('x@y');
    expect(compileValue('attachments[].name', 'keyword[]', undefined, readTime)(mail)).toEqual([
      'a.pdf',
      'b.doc',
    ]);
  });
});
