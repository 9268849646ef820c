import { describe, expect, it } from 'vitest';
import { specSheet, unrelatedNotice } from '../../leaks/fixtures/index.js';
import { retypedExcerpt } from '../../leaks/fixtures/retyped.js';
import { type ContentMatcher, contentMatcherOf, fingerprintOf } from '../../leaks/index.js';
import type { Event } from '../../model/index.js';
import type { LeakClassification } from '../../store/index.js';
import { Engine } from '../engine/engine.js';
import { eventMaker } from '../test-events.js';
import { loadSigmaRule, RuleLoadError } from './rule.js';

const ev = eventMaker(Date.UTC(2025, 8, 12, 13, 0), 60_000);

/** A rule over mail and chat whose selection is `selection` (indented under it). */
const rule = (selection: string) =>
  loadSigmaRule(
    `title: registered content\nid: 0b6f8c2e-4d1a-4f3b-9c5e-7a8b9c0d1e2f\nlevel: high\nlogsource:\n  product: molehunt\ndetection:\n  selection:\n${selection}\n  condition: selection`,
    'rules/registered_content.yml',
  );

/** The spec sheet registered in both languages at one classification. */
const registered = (classification: LeakClassification): ContentMatcher =>
  contentMatcherOf(
    (['en', 'zh'] as const).map((language) => ({
      id: `D-0000000${language === 'en' ? 1 : 2}`,
      title: `K80 Ultra spec sheet (${language})`,
      classification,
      fingerprint: fingerprintOf(specSheet[language]),
    })),
  );

/** The ids of the events the rule fires on. */
function firesOn(selection: string, events: Event[], contentMatcher?: ContentMatcher): string[] {
  const engine = new Engine([rule(selection)], [], { contentMatcher });
  return events.flatMap((event) => engine.process(event).map(() => event.id));
}

const mail = (body: string, attachments: string[] = []) =>
  ev('email', 'email.send', 1, 'LM10024', {
    message: body,
    'molehunt.email.attachment_text': attachments,
  });

describe('the |fingerprint modifier', () => {
  const body = '    message|fingerprint: confidential';

  it('fires on a retyped excerpt of a registered document, in English and in Chinese', () => {
    const en = mail(`Hi, the numbers you asked for: ${retypedExcerpt.en} Best, Zhou`);
    const zh = ev('chat', 'chat.message', 2, 'LM10024', { message: `给你看看：${retypedExcerpt.zh}` });
    expect(firesOn(body, [en, zh], registered('secret'))).toEqual([en.id, zh.id]);
  });

  it('stays quiet on an unrelated text and on one that shares only a phrase', () => {
    const canteen = mail(unrelatedNotice.en);
    const phrase = mail(
      'Rumour has it the K80 Ultra uses the Snapdragon 8 Elite platform. Any idea about the price?',
    );
    expect(firesOn(body, [canteen, phrase], registered('secret'))).toEqual([]);
  });

  it('counts only documents classified at least the level it names', () => {
    const leak = mail(retypedExcerpt.en);
    const atLeast = (level: string) =>
      firesOn(`    message|fingerprint: ${level}`, [leak], registered('confidential'));
    expect(atLeast('internal')).toEqual([leak.id]);
    expect(atLeast('confidential')).toEqual([leak.id]);
    expect(atLeast('secret')).toEqual([]);
  });

  it('looks at every item of a list: the text of each attachment', () => {
    const attachments = '    molehunt.email.attachment_text|fingerprint: secret';
    const second = mail('See attached.', [unrelatedNotice.en, `K80 notes\n${retypedExcerpt.en}`]);
    const neither = mail('See attached.', [unrelatedNotice.en]);
    expect(firesOn(attachments, [second, neither], registered('secret'))).toEqual([second.id]);
  });

  it('never fires when no document is registered', () => {
    expect(firesOn(body, [mail(specSheet.en)])).toEqual([]);
  });

  it('takes the fingerprint only of texts the rest of the selection lets by', () => {
    let asked = 0;
    const counting: ContentMatcher = (text) => {
      asked += 1;
      return registered('secret')(text);
    };
    const selection = `${body}\n    email.direction: outbound`;
    const internal = ev('email', 'email.send', 3, 'LM10024', {
      message: retypedExcerpt.en,
      'email.direction': 'internal',
    });
    const outbound = ev('email', 'email.send', 4, 'LM10024', {
      message: retypedExcerpt.en,
      'email.direction': 'outbound',
    });
    expect(firesOn(selection, [internal, outbound], counting)).toEqual([outbound.id]);
    expect(asked).toBe(1);
  });

  it('says what to write instead of a modifier it cannot combine with or a level it does not know', () => {
    const problem = (selection: string) => {
      try {
        rule(selection);
      } catch (error) {
        expect(error).toBeInstanceOf(RuleLoadError);
        return (error as Error).message;
      }
      throw new Error('the rule loaded');
    };
    expect(problem('    message|contains|fingerprint: confidential')).toMatch(
      /detection\.selection: message\|fingerprint takes no other modifier; write message\|fingerprint: confidential/,
    );
    expect(problem('    message|fingerprint: top-secret')).toMatch(
      /message\|fingerprint names the lowest classification that counts, one of internal, confidential, secret; e\.g\. message\|fingerprint: confidential/,
    );
    expect(problem('    message|fingerprint: [confidential, secret]')).toMatch(
      /names the lowest classification/,
    );
    expect(problem('    message|base64: x')).toMatch(/use contains, .*, lookup or fingerprint/);
  });
});
