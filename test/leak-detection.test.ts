/**
 * Registered content in mail and chat, end to end: the K80 Ultra spec sheet is registered (English secret, Chinese
 * confidential), a mail gateway that logs bodies and attachments' text and the chat archive are pushed in, live
 * detection raises the fingerprint rules' signals, and risk names the document as the signal's priority asset.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  builtInRuleDir,
  detectImported,
  detectInStore,
  loadRules,
  type RuleSet,
  type Signal,
} from '../src/detect/index.js';
import {
  builtInProfileDir,
  loadProfile,
  type Profile,
  pushIngest,
  readProfile,
} from '../src/ingest/index.js';
import { specSheet, unrelatedNotice } from '../src/leaks/fixtures/index.js';
import { retypedExcerpt } from '../src/leaks/fixtures/retyped.js';
import { type LeakActor, registerDocument } from '../src/leaks/index.js';
import { riskContext } from '../src/risk/index.js';
import { openDuckDbStore } from '../src/store/duckdb/index.js';
import type { Store } from '../src/store/index.js';

const dir = mkdtempSync(join(tmpdir(), 'molehunt-leak-detection-'));
const zone = { timeZone: 'Asia/Shanghai' };
const actor: LeakActor = { user: 'alice', roles: ['investigator'], ip: 'local' };

/** A mail gateway log with the body and each attachment's extracted text, as DLP-capable gateways write it. */
const gatewayProfile = `
name: gateway-with-text
description: Mail gateway log with bodies and attachment text
source: test.mail
format: jsonl
files: mail/*.jsonl
time: { from: timestamp, format: iso8601, zone: Asia/Shanghai }
kind: email
action: { value: email.send }
actor: user
key: [message_id]
fields:
  email.message_id: message_id
  email.direction: direction
  email.from.address: from
  email.to.address: to
  message: body
  email.attachments.file.name: attachments[].name
  molehunt.email.attachment_text: attachments[].text
`;

const mail = (id: string, direction: string, to: string, body: string, attachments: string[] = []) => ({
  message_id: id,
  timestamp: '2025-09-12T21:14:00+08:00',
  user: 'LM10024',
  direction,
  from: 'chen.zhou@lumen-mobile.com',
  to: [to],
  body,
  attachments: attachments.map((text, i) => ({ name: `attachment-${i}.docx`, text })),
});

const mails = [
  mail('secret-body', 'outbound', 'xiaochuan.tech@163.com', `As promised: ${retypedExcerpt.en} Zhou`),
  mail('confidential-attachment', 'outbound', 'xiaochuan.tech@163.com', 'See attached; semicolons; too.', [
    unrelatedNotice.zh,
    `参数如下：${retypedExcerpt.zh}`,
  ]),
  mail('internal-body', 'internal', 'mei.lin@lumen-mobile.com', `For the deck: ${retypedExcerpt.en}`),
  mail(
    'phrase-only',
    'outbound',
    'support@example-case-maker.com',
    'We need cases for a phone whose display measures 6.82 inches diagonally; please send prices.',
  ),
];

const chat = (msgid: string, content: string) => ({
  msgid,
  msgtime: Date.UTC(2025, 8, 12, 14, 41),
  archive_owner: 'LM10024',
  roomid: 'wowmLF7kq2AAx1',
  tolist: ['LM10024', 'wmLF7kq2AAx1'],
  from: 'LM10024',
  lang: 'zh',
  content,
});

const chats = [
  chat('pasted-spec', `你要的参数：${retypedExcerpt.zh}`),
  chat('small-talk', '明天能给个结论吗？'),
];

async function push(store: Store, profile: Profile, records: object[]): Promise<string> {
  async function* body() {
    yield `${records.map((r) => JSON.stringify(r)).join('\n')}\n`;
  }
  let batch = '';
  for await (const out of pushIngest(store, { profile, body: body(), sender: 'test' })) {
    if ('summary' in out) {
      expect(out.summary.stored).toBe(records.length);
      batch = out.summary.batch;
    }
  }
  return batch;
}

describe('registered content in mail and chat', () => {
  let store: Store;
  let rules: RuleSet;
  let signals: Signal[];
  /** The source's own id of the event a signal names (a mail's message id, a chat message's msgid). */
  const sourceIds = new Map<string, string>();
  const ruleId = (file: string) => rules.detections.find((r) => r.path.endsWith(`/${file}.yml`))!.id;
  const documents: Record<'en' | 'zh', string> = { en: '', zh: '' };

  beforeAll(async () => {
    store = await openDuckDbStore({ path: join(dir, 'molehunt.duckdb'), threads: 1 });
    rules = loadRules([builtInRuleDir]);
    for (const [language, classification] of [
      ['en', 'secret'],
      ['zh', 'confidential'],
    ] as const) {
      const { document } = await registerDocument(
        store,
        {
          fileName: `k80-spec.${language}.txt`,
          bytes: new TextEncoder().encode(specSheet[language]),
          title: `K80 Ultra spec sheet (${language})`,
          classification,
        },
        actor,
      );
      documents[language] = document.id;
    }
    writeFileSync(join(dir, 'gateway.yaml'), gatewayProfile);
    const batches = [
      await push(store, readProfile(join(dir, 'gateway.yaml')), mails),
      await push(store, loadProfile('demo-chat', [builtInProfileDir]), chats),
    ];
    ({ signals } = await detectImported(store, rules, batches, zone));
    for (const event of (await store.events({ limit: 100 })).items) {
      const id =
        event.attrs['email.message_id'] ?? chats.find((c) => c.content === event.attrs.message)?.msgid;
      sourceIds.set(event.id, String(id));
    }
  }, 60_000);
  afterAll(() => store.close());

  const fingerprintRules = [
    'email_registered_content_external',
    'email_secret_content_external',
    'chat_registered_content',
    'post_quotes_registered_document',
  ];
  /** The fingerprint rules' signals, as `rule-id source-id` (other rules see an attachment to 163.com too). */
  const raised = (list: readonly Signal[]) =>
    list
      .filter((s) => fingerprintRules.map(ruleId).includes(s.rule))
      .map((s) => `${s.rule} ${s.events.map((e) => sourceIds.get(e)).join(',')}`)
      .sort();

  it('raises one signal for each mail and message carrying registered content, by the rule for its level and place', () => {
    expect(raised(signals)).toEqual(
      [
        `${ruleId('chat_registered_content')} pasted-spec`,
        `${ruleId('email_registered_content_external')} confidential-attachment`,
        `${ruleId('email_secret_content_external')} secret-body`,
      ].sort(),
    );
  });

  it('finds the same signals when the rules run over history again', async () => {
    const backfill = await detectInStore(store, rules, {}, zone);
    expect(raised(backfill.signals)).toEqual(raised(signals));
  });

  it('names the document as the signal’s priority asset, with its classification’s factor', async () => {
    const context = await riskContext(store, rules, 'Asia/Shanghai');
    const asset = (rule: string) => context.assetOf?.(context.signals.find((s) => s.rule === ruleId(rule))!);
    expect(asset('email_secret_content_external')).toMatchObject({
      factor: 1.5,
      reason: `carries the secret document ${documents.en} (K80 Ultra spec sheet (en))`,
    });
    expect(asset('email_registered_content_external')).toMatchObject({
      factor: 1.3,
      reason: `carries the confidential document ${documents.zh} (K80 Ultra spec sheet (zh))`,
      reasonZh: `含有机密文件 ${documents.zh}（K80 Ultra spec sheet (zh)）的内容`,
    });
    expect(asset('chat_registered_content')?.reason).toContain(documents.zh);
  });
});
