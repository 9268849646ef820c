import Mustache from 'mustache';
import { describe, expect, it } from 'vitest';
import { defaultPolicyClauses, type NoticeLanguage, noticeLanguages } from '../../model/index.js';
import { decidedInput, referenceSummary } from '../report/reference-decision.js';
import { referenceInput } from '../report/reference-input.js';
import { checkNoticeTemplate, defaultNoticeTemplates, type NoticeInput, renderNotice } from './index.js';

function noticeInput(language: NoticeLanguage, input = decidedInput()): NoticeInput {
  return {
    language,
    state: input.case,
    person: input.subjects[0]!,
    clauses: defaultPolicyClauses,
    timeZone: 'Asia/Shanghai',
  };
}

const [leak, conflict] = defaultPolicyClauses;

describe('the default notice templates', () => {
  it('pass their own check', () => {
    for (const language of noticeLanguages)
      expect(checkNoticeTemplate(defaultNoticeTemplates[language])).toEqual([]);
  });

  it('render the Chinese notice with the name, the clauses word for word, the sanctions and the date', () => {
    const notice = renderNotice(defaultNoticeTemplates.zh, noticeInput('zh'));
    expect(notice.startsWith('# 关于对周晨违反公司制度的处理通报\n')).toBe(true);
    expect(notice).toContain('英文名：Zhou Chen\n部门：China marketing 中国区市场部\n');
    expect(notice).toContain('案件编号：C-7F3A9B21');
    expect(notice).toContain(
      `1. ${leak!.title.zh}：“${leak!.text!.zh}”\n2. ${conflict!.title.zh}：“${conflict!.text!.zh}”\n`,
    );
    expect(notice).toContain('1. 解除劳动合同\n2. 不再录用\n3. 移送司法机关\n');
    expect(notice).toContain('公司道德委员会于2026年9月12日审议表决');
    expect(notice).toContain(referenceSummary);
    expect(notice.endsWith('公司道德委员会\n2026年9月12日\n')).toBe(true);
    expect(notice).not.toMatch(/\{\{|\}\}|\n\n\n/);
  });

  it('render the English notice the same way, in English', () => {
    const notice = renderNotice(defaultNoticeTemplates.en, noticeInput('en'));
    expect(notice).toContain('concerning 周晨\n');
    expect(notice).toContain('周晨 (Zhou Chen) violated company policy');
    expect(notice).toContain(`1. ${leak!.title.en}: "${leak!.text!.en}"\n`);
    expect(notice).toContain(
      '1. Dismissal\n2. Not to be re-hired\n3. Referral to the judicial authorities\n',
    );
    expect(notice).toContain('On 2026-09-12 the Ethics Committee decided');
    expect(notice).not.toMatch(/\{\{|\}\}|\n\n\n/);
  });

  it('leave out the lines of what the roster does not know, and name an unlisted clause by its id', () => {
    const input = noticeInput('zh');
    const bare = {
      ...input,
      person: { id: 'LM10024', name: '周晨' },
      clauses: defaultPolicyClauses.slice(1),
    };
    const notice = renderNotice(defaultNoticeTemplates.zh, bare);
    expect(notice).toContain('姓名：周晨\n案件编号：');
    expect(notice).not.toMatch(/英文名|部门：|职务：/);
    expect(notice).toContain('1. leak\n2. 未申报的利益冲突');
  });
});

describe('renderNotice', () => {
  it('refuses a case whose vote is still open, and one with no decision', () => {
    expect(() => renderNotice(defaultNoticeTemplates.en, noticeInput('en', decidedInput(false)))).toThrow(
      expect.objectContaining({ code: 'MH_ERR_CASE_STATE', message: expect.stringMatching(/still open/) }),
    );
    expect(() => renderNotice(defaultNoticeTemplates.zh, noticeInput('zh', referenceInput()))).toThrow(
      expect.objectContaining({ code: 'MH_ERR_CASE_STATE' }),
    );
  });

  it('refuses a decision whose vote rejected it', () => {
    const input = noticeInput('en');
    const rejected = { ...input.state, decision: { ...input.state.decision!, outcome: 'rejected' as const } };
    expect(() => renderNotice('{{caseId}}', { ...input, state: rejected })).toThrow(/rejected/);
  });

  it('writes markup in a value as it is: a notice is plain text, not HTML', () => {
    const input = noticeInput('en');
    const person = { ...input.person, name: '<Zhou> & "Chen"' };
    expect(renderNotice('Name: {{person.name}}', { ...input, person })).toBe('Name: <Zhou> & "Chen"');
    expect(Mustache.render('{{name}}', { name: '<b>' }), 'mustache still escapes for others').toBe(
      '&lt;b&gt;',
    );
  });

  it('fills the counts and the committee, and a list entry may use the names around it', () => {
    const template =
      '{{votes.approve}}/{{votes.reject}}/{{votes.abstain}} {{committee}}\n{{#sanctions}}{{caseId}}:{{label}} {{/sanctions}}';
    expect(renderNotice(template, noticeInput('zh'))).toBe(
      '2/1/1 zhang.min、chen.jing、liu.yang、wu.hao\nC-7F3A9B21:解除劳动合同 C-7F3A9B21:不再录用 C-7F3A9B21:移送司法机关 ',
    );
  });

  it('refuses a template the check refuses, with its words', () => {
    expect(() => renderNotice('{{salary}}', noticeInput('en'))).toThrow(
      expect.objectContaining({ code: 'MH_ERR_BAD_REQUEST', message: expect.stringContaining('{{salary}}') }),
    );
  });
});

describe('checkNoticeTemplate', () => {
  it('names a variable that is not a notice variable, on its line, and lists the ones there are', () => {
    const problems = checkNoticeTemplate('Dear {{person.name}},\nyour salary: {{person.salary}}');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('line 2: {{person.salary}} is not a notice variable');
    expect(problems[0]).toContain('person.name, person.nameEn');
    expect(problems[0]).toContain('clauses (number, id, title, text)');
  });

  it('says where a section is left open, with what mustache said', () => {
    const [problem, ...more] = checkNoticeTemplate('Clauses:\n{{#clauses}}\n{{title}}\n');
    expect(more).toEqual([]);
    expect(problem).toContain(
      'the template cannot be read: the section {{#clauses}} is not closed with {{/clauses}}',
    );
    expect(problem).toContain('mustache says: Unclosed section "clauses"');
  });

  it('says when a tag or a section close has no partner', () => {
    expect(checkNoticeTemplate('{{person.name')[0]).toContain('is not closed with }}');
    expect(checkNoticeTemplate('x{{/clauses}}')[0]).toContain(
      '{{/clauses}} closes a section that was not opened',
    );
  });

  it('keeps a list entry’s names inside its section, a list out of a plain tag, and refuses partials', () => {
    expect(checkNoticeTemplate('{{title}}')).toEqual([
      'line 1: {{title}} has a value only between {{#clauses}} and {{/clauses}}',
    ]);
    expect(checkNoticeTemplate('{{#clauses}}{{title}}{{#text}}{{.}}{{/text}}{{/clauses}}')).toEqual([]);
    expect(checkNoticeTemplate('{{^clauses}}{{title}}{{/clauses}}')).toHaveLength(1);
    expect(checkNoticeTemplate('{{clauses}}')[0]).toContain('is a list');
    expect(checkNoticeTemplate('{{> header}}')[0]).toContain('includes another template');
    expect(checkNoticeTemplate('{{#constructor}}x{{/constructor}}')[0]).toContain('not a notice variable');
  });
});
