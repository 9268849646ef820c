import { describe, expect, it } from 'vitest';
import type { Event } from '../../model/index.js';
import { parseCondition } from './condition.js';
import type { MatchContext } from './match-context.js';
import { loadSigmaRule, RuleLoadError } from './rule.js';

const base: Event = {
  id: '00000000-0000-8000-8000-000000000000',
  time: Date.UTC(2025, 8, 1, 13, 30),
  source: 'demo.badge.shenzhen',
  kind: 'badge',
  action: 'badge.in',
  actor: 'LM10024',
  target: 'N5实验室门',
  attrs: {
    'molehunt.area': 'SZ-N5',
    'molehunt.area.level': 3,
    'molehunt.door': 'N5实验室门',
    'source.ip': '10.12.3.4',
  },
  raw: { batch: 'b', file: 'f', line: 1 },
};
const event = (changes: Partial<Event> & { attrs?: Event['attrs'] } = {}): Event => ({
  ...base,
  ...changes,
  attrs: { ...base.attrs, ...changes.attrs },
});

/** A registry with one supplier domain; rules here have no baselines. */
const context: MatchContext = {
  lookup: (name) =>
    new Set(
      name === 'supplier.email_domain'
        ? ['jinhua-acc.cn']
        : name === 'document.marker'
          ? ['发布会将于10月23日于深圳湾体育中心召开']
          : [],
    ),
  documentsIn: () => [],
  baseline: () => {
    throw new Error('no baselines here');
  },
};

function rule(
  detection: string,
  logsource = 'product: molehunt\n  category: badge',
): { test(event: Event): boolean } {
  const loaded = loadSigmaRule(
    `title: test rule\nid: 6f2d5b1e-3c4a-4e8f-9a7b-1c2d3e4f5a6b\nlevel: high\nlogsource:\n  ${logsource}\ndetection:\n${detection}`,
    'rules/test.yml',
  );
  return { test: (event) => loaded.test(event, context) };
}

describe('Sigma conditions', () => {
  it('binds not tighter than and, and and tighter than or', () => {
    expect(parseCondition('a or b and not c')).toEqual({
      op: 'or',
      of: [
        { op: 'ref', name: 'a' },
        {
          op: 'and',
          of: [
            { op: 'ref', name: 'b' },
            { op: 'not', of: { op: 'ref', name: 'c' } },
          ],
        },
      ],
    });
    expect(parseCondition('1 of sel* and not all of them')).toEqual({
      op: 'and',
      of: [
        { op: 'quantified', quantity: 'one', pattern: 'sel*' },
        { op: 'not', of: { op: 'quantified', quantity: 'all', pattern: 'them' } },
      ],
    });
  });

  it('says where a condition goes wrong', () => {
    expect(() => parseCondition('selection and (filter')).toThrow(/expected "\)" at the end/);
    expect(() => parseCondition('selection filter')).toThrow(
      /expected "and", "or" or the end, found "filter"/,
    );
  });
});

describe('Sigma detection rules', () => {
  it('matches a selection without a filter, case-insensitively, with wildcards', () => {
    const r = rule(
      "  selection:\n    molehunt.area: sz-n5\n    event.action: 'badge.*'\n  filter:\n    user.id:\n      - LM100*\n      - LM2*\n  condition: selection and not filter",
    );
    expect(r.test(event({ actor: 'LM30001' }))).toBe(true);
    expect(r.test(event())).toBe(false);
    expect(r.test(event({ attrs: { 'molehunt.area': 'SZ-RD' }, actor: 'LM30001' }))).toBe(false);
    expect(r.test(event({ kind: 'camera', actor: 'LM30001' }))).toBe(false);
  });

  it('applies contains, startswith, endswith, all, re, cidr, numeric and exists modifiers', () => {
    const r = rule(
      [
        '  door:',
        "    molehunt.door|contains|all: ['N5', '门']",
        '  ip:',
        '    source.ip|cidr: 10.12.0.0/16',
        '  level:',
        '    molehunt.area.level|gte: 3',
        '  who:',
        "    user.id|re: '^LM1\\d{4}$'",
        '  ends:',
        '    molehunt.target|endswith: 实验室门',
        '  starts:',
        '    molehunt.area|startswith: SZ-',
        '  approver:',
        '    molehunt.asset.approver|exists: false',
        '  condition: all of them',
      ].join('\n'),
    );
    expect(r.test(event())).toBe(true);
    expect(r.test(event({ attrs: { 'source.ip': '10.13.0.1' } }))).toBe(false);
    expect(r.test(event({ attrs: { 'molehunt.area.level': 2 } }))).toBe(false);
    expect(r.test(event({ actor: 'lm10024' }))).toBe(false);
    expect(r.test(event({ attrs: { 'molehunt.asset.approver': 'LM1' } }))).toBe(false);
  });

  it('matches list-valued fields by any element, and keywords anywhere', () => {
    const mail = event({
      kind: 'email',
      action: 'email.send',
      attrs: {
        'email.cc.address': ['a@lumen-mobile.com', 'chen.guodong@jinhua-acc.cn'],
        'email.subject': 'K80 Ultra 参数',
      },
    });
    const r = rule(
      "  cc:\n    email.cc.address|endswith: '@jinhua-acc.cn'\n  words:\n    - ultra\n  condition: cc and words",
      'product: molehunt\n  category: email',
    );
    expect(r.test(mail)).toBe(true);
    expect(r.test(event({ ...mail, attrs: { ...mail.attrs, 'email.subject': 'weekly' } }))).toBe(false);
  });

  it('looks values up in the registry, an address through its domain', () => {
    const mail = (cc: string[]) =>
      event({ kind: 'email', action: 'email.send', attrs: { 'email.cc.address': cc } });
    const r = rule(
      '  supplier:\n    email.cc.address|lookup: supplier.email_domain\n  condition: supplier',
      'product: molehunt\n  category: email',
    );
    expect(r.test(mail(['x@lumen-mobile.com', 'Chen.Guodong@JINHUA-acc.cn']))).toBe(true);
    expect(r.test(mail(['x@lumen-mobile.com', 'someone@jinhua-acc.cn.example.org']))).toBe(false);
    expect(r.test(mail([]))).toBe(false);
    const quote = rule(
      '  q:\n    message|contains|lookup: document.marker\n  condition: q',
      'product: molehunt\n  category: post',
    );
    const post = (message: string) => event({ kind: 'post', action: 'post.published', attrs: { message } });
    expect(quote.test(post('内部资料流出：发布会将于10月23日于深圳湾体育中心召开，起售价3999元'))).toBe(true);
    expect(quote.test(post('发布会定于10月23日在深圳湾体育中心举行'))).toBe(false);
  });

  it('reports a malformed rule with file, line, key and what to write instead', () => {
    const attempt = (detection: string) => {
      try {
        rule(detection);
      } catch (error) {
        return error as RuleLoadError;
      }
      throw new Error('no error');
    };
    const unknownModifier = attempt('  selection:\n    molehunt.door|base64: x\n  condition: selection');
    expect(unknownModifier).toBeInstanceOf(RuleLoadError);
    expect(unknownModifier.message).toMatch(
      /^rules\/test\.yml:9: detection\.selection: the modifier "base64" is not supported/,
    );
    expect(attempt('  selection:\n    molehunt.door: x\n  condition: selection and filter').message).toMatch(
      /rules\/test\.yml:10: detection\.condition: "filter" is not defined/,
    );
    expect(attempt('  selection:\n    molehunt.door: x\n  condition: selection and (').message).toMatch(
      /expected a search identifier at the end/,
    );
    expect(() => loadSigmaRule('title: x\nid: 1\nlogsource: {}\ndetection: {}', 'r.yml')).toThrow(
      /r\.yml:2: id: give the rule a UUID id/,
    );
    expect(() => rule('  selection:\n    a: 1\n  condition: selection', 'product: windows')).toThrow(
      /logsource\.product: molehunt reads product "molehunt" only/,
    );
  });
});
