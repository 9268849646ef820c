import { describe, expect, it } from 'vitest';
import { SHARED_PSEUDONYM } from './masker.js';
import { testDirectory } from './test-persons.js';

const directory = testDirectory();
const masked = directory.masker();
const chen = directory.pseudonym('LM10024')!;
const weiA = directory.pseudonym('LM20001')!;
const weiB = directory.pseudonym('LM20002')!;

describe('masker.text', () => {
  it.each([
    ['id', 'LM10024'],
    ['display name', '周晨'],
    ['pinyin', 'Zhou Chen'],
    ['English name', 'Chen Zhou'],
    ['alias', 'Kevin Zhou'],
    ['name written together', 'ZhouChen'],
    ['mail address', 'chen.zhou@lumen-mobile.com'],
    ['mail local part', 'chen.zhou'],
    ['phone as written', '183-6074-0715'],
    ['phone as digits', '18360740715'],
    ['badge id', '2688632572'],
    ['car plate', '粤B32254'],
  ])('replaces the %s with the pseudonym', (_kind, identifier) => {
    expect(masked.text(`seen: ${identifier}, twice: ${identifier}`)).toBe(`seen: ${chen}, twice: ${chen}`);
  });

  it('masks the owner of a plate even when the owner is not in the register', () => {
    expect(masked.text('车辆粤B77801入场, LM99999')).toBe(
      `车辆${directory.pseudonym('LM99999')}入场, ${directory.pseudonym('LM99999')}`,
    );
  });

  it('leaves revealed persons alone and still masks the others', () => {
    const text = '周晨 wrote to wei.wang2@lumen-mobile.com';
    expect(directory.masker(new Set(['LM10024'])).text(text)).toBe(`周晨 wrote to ${weiB}`);
    expect(directory.masker(new Set(['LM10024', 'LM20002'])).text(text)).toBe(text);
  });

  it('says a person once where their name is followed by their id in brackets', () => {
    expect(masked.text('Zhou Chen (LM10024) has a risk of 621')).toBe(`${chen} has a risk of 621`);
    expect(masked.text('周晨（LM10024）的风险值')).toBe(`${chen}的风险值`);
    // Two persons, or a bracket holding more than the id, keep both.
    expect(masked.text('Zhou Chen (LM20001)')).toBe(`${chen} (${weiA})`);
    expect(masked.text('Zhou Chen (LM10024, 2025)')).toBe(`${chen} (${chen}, 2025)`);
  });

  it('matches Latin letters without regard to case', () => {
    expect(masked.text('CHEN ZHOU, lm10024, Chen.Zhou@Lumen-Mobile.COM')).toBe(`${chen}, ${chen}, ${chen}`);
  });

  it('does not mask a Latin or digit identifier inside a longer word or number', () => {
    const text = 'Chen Zhoumin, LM100245, XLM10024, 26886325721, mychen.zhou';
    expect(masked.text(text)).toBe(text);
  });

  it('masks Latin identifiers next to punctuation and Chinese characters', () => {
    expect(masked.text('C:\\Users\\chen.zhou\\Desktop\\K80.pptx')).toBe(
      `C:\\Users\\${chen}\\Desktop\\K80.pptx`,
    );
    expect(masked.text('给Chen Zhou发了LM10024_报告')).toBe(`给${chen}发了${chen}_报告`);
  });

  it('masks a Chinese name anywhere in Chinese text', () => {
    expect(masked.text('转发周晨的邮件给王伟们')).toBe(`转发${chen}的邮件给${SHARED_PSEUDONYM}们`);
  });

  it('replaces the longest identifier whole', () => {
    expect(masked.text('mail chen.zhou@lumen-mobile.com now')).toBe(`mail ${chen} now`);
    expect(masked.text('Kevin Zhou Chen')).toBe(`${chen} Chen`);
  });

  it('falls back to a shorter identifier when the longer one is glued to a word', () => {
    expect(masked.text('chen.zhou@lumen-mobile.comx')).toBe(`${chen}@lumen-mobile.comx`);
  });

  it('marks a name two persons share with a neutral pseudonym, whoever is revealed', () => {
    expect(masked.text('王伟 / Wang Wei / wei wang')).toBe(
      `${SHARED_PSEUDONYM} / ${SHARED_PSEUDONYM} / ${SHARED_PSEUDONYM}`,
    );
    expect(directory.masker(new Set(['LM20001'])).text('王伟')).toBe(SHARED_PSEUDONYM);
    expect(directory.masker(new Set(['LM20001', 'LM20002'])).text('王伟')).toBe('王伟');
  });

  it('still gives each of the two their own pseudonym for what is theirs alone', () => {
    expect(masked.text('LM20001 wei.wang LM20002 wei.wang2')).toBe(`${weiA} ${weiA} ${weiB} ${weiB}`);
  });

  it('returns the very string when nothing is masked', () => {
    const text = '无关的文字 and nothing else';
    expect(masked.text(text)).toBe(text);
    expect(masked.text('')).toBe('');
  });
});

describe('masker.json', () => {
  it('masks string values and object keys, and leaves numbers, booleans and null', () => {
    const event = {
      actor: 'LM10024',
      attrs: { 'user.name': '周晨', 'email.to': ['wei.wang@lumen-mobile.com', 'x@y.cn'], size: 2688632572 },
      scores: { LM10024: 0.9, 周晨: 1 },
      ok: true,
      none: null,
      nested: [[{ 'file.path': 'C:\\Users\\chen.zhou\\a.docx' }]],
    };
    expect(masked.json(event)).toEqual({
      actor: chen,
      attrs: { 'user.name': chen, 'email.to': [weiA, 'x@y.cn'], size: 2688632572 },
      scores: { [chen]: 0.9, [`${chen}#2`]: 1 },
      ok: true,
      none: null,
      nested: [[{ 'file.path': `C:\\Users\\${chen}\\a.docx` }]],
    });
  });

  it('does not change its argument', () => {
    const event = { actor: 'LM10024', list: ['周晨'] };
    masked.json(event);
    expect(event).toEqual({ actor: 'LM10024', list: ['周晨'] });
  });

  it('keeps a __proto__ key as data', () => {
    const value = JSON.parse('{"__proto__": {"who": "周晨"}}') as object;
    const out = masked.json(value) as Record<string, unknown>;
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(out, '__proto__')?.value).toEqual({ who: chen });
  });
});
