/**
 * @module Every fixed word of the case report, in English and 简体中文, in one place so the HTML and the PDF say the
 * same thing and a translator has one file to read. Free text (titles, notes, names) is never translated.
 */
import type { CaseStatus, EvidenceKind, NoticeLanguage, Sanction, Vote } from '../../model/index.js';
import type { CustodyStep } from '../case-state.js';

export interface Bilingual {
  en: string;
  zh: string;
}

export const labels = {
  report: { en: 'Case report', zh: '案件报告' },
  confidential: { en: 'Confidential: for the ethics committee', zh: '机密：仅供道德委员会审阅' },

  summary: { en: 'Summary', zh: '摘要' },
  caseTitle: { en: 'Case', zh: '案件名称' },
  caseId: { en: 'Case id', zh: '案件编号' },
  status: { en: 'Status', zh: '状态' },
  legalHold: { en: 'Legal hold', zh: '法律保全' },
  openedBy: { en: 'Opened by', zh: '立案人' },
  openedAt: { en: 'Opened at', zh: '立案时间' },
  exportedBy: { en: 'Exported by', zh: '导出人' },
  exportedAt: { en: 'Exported at', zh: '导出时间' },
  evidenceCount: { en: 'Evidence items', zh: '证据数量' },
  timeZone: { en: 'Times in this report', zh: '本报告所用时区' },
  subjects: { en: 'Subjects', zh: '调查对象' },
  name: { en: 'Name', zh: '姓名' },
  nameEn: { en: 'English name', zh: '英文名' },
  department: { en: 'Department', zh: '部门' },
  role: { en: 'Role', zh: '职务' },
  whatThisProves: { en: 'What this file proves', zh: '本文件证明什么' },

  lane: { en: 'Source', zh: '来源' },
  whatHappened: { en: 'What happened', zh: '事件' },
  item: { en: 'Evidence', zh: '证据' },

  evidence: { en: 'Evidence', zh: '证据清单' },
  number: { en: 'No.', zh: '序号' },
  id: { en: 'Id', zh: '编号' },
  kind: { en: 'Kind', zh: '类型' },
  title: { en: 'Title', zh: '标题' },
  size: { en: 'Size', zh: '大小' },
  added: { en: 'Added by, at', zh: '添加人及时间' },
  state: { en: 'State', zh: '状态' },
  sha256: { en: 'SHA-256 fingerprint', zh: 'SHA-256 指纹' },
  kept: { en: 'Content kept', zh: '内容在库' },
  purged: { en: 'PURGED', zh: '已清除' },
  purgedMeans: {
    en:
      'PURGED: the content was deleted from the evidence store under the retention policy. Its SHA-256 ' +
      'fingerprint stays in the ledger, so this list still shows everything the case held.',
    zh: '已清除：该证据的内容已按保留政策从证据库删除；其 SHA-256 指纹仍保留在账本中，因此本清单仍完整列出案件曾持有的全部证据。',
  },

  custody: { en: 'Chain of custody', zh: '证据保管链' },
  step: { en: 'Step', zh: '环节' },
  by: { en: 'By', zh: '操作人' },
  at: { en: 'When', zh: '时间' },
  why: { en: 'Why', zh: '原因' },
  ledgerEntry: { en: 'Ledger entry', zh: '账本条目' },
  noReason: { en: 'No reason recorded', zh: '未记录原因' },

  notesAndTasks: { en: 'Notes and tasks', zh: '备注与任务' },
  notes: { en: 'Notes', zh: '备注' },
  note: { en: 'Note', zh: '内容' },
  tasks: { en: 'Tasks', zh: '任务' },
  task: { en: 'Task', zh: '任务' },
  assignee: { en: 'Assigned to', zh: '负责人' },
  done: { en: 'Done', zh: '已完成' },

  ledger: { en: 'Evidence ledger', zh: '证据账本' },
  ledgerSize: { en: 'Entries in the ledger', zh: '账本条目数' },
  ledgerRoot: { en: 'Ledger root (SHA-256 Merkle tree)', zh: '账本根哈希（SHA-256 默克尔树）' },
  keyFingerprint: { en: 'Signing key fingerprint', zh: '签名密钥指纹' },
  howToCheck: { en: 'How to check', zh: '核验方法' },

  decision: { en: "The committee's decision", zh: '委员会决定' },
  decisionAbout: { en: 'Decision about', zh: '处理对象' },
  outcome: { en: 'Outcome', zh: '表决结果' },
  closedAt: { en: 'Vote closed at', zh: '表决结束时间' },
  sanctions: { en: 'Sanctions', zh: '处分' },
  proposedBy: { en: 'Proposed by', zh: '提议人' },
  proposedAt: { en: 'Proposed at', zh: '提议时间' },
  tally: { en: 'Votes cast', zh: '票数' },
  clausesViolated: { en: 'Policy clauses violated', zh: '违反的制度条款' },
  clause: { en: 'Clause', zh: '条款' },
  clauseWording: { en: 'Wording of the clause', zh: '条款原文' },
  reasoning: { en: 'Reasoning', zh: '决定理由' },
  votes: { en: 'Votes', zh: '委员表决' },
  member: { en: 'Committee member', zh: '委员' },
  vote: { en: 'Vote', zh: '表决' },
  dissent: { en: 'Dissent', zh: '异议' },
  noDissent: { en: 'None', zh: '无' },
  majorityRule: {
    en: 'A decision is adopted when approvals outnumber rejections; abstentions count for neither.',
    zh: '同意票多于反对票即为通过；弃权票不计入任何一方。',
  },
  notices: { en: 'Notices generated', zh: '已生成的通报' },
  language: { en: 'Language', zh: '语言' },

  yes: { en: 'Yes', zh: '是' },
  no: { en: 'No', zh: '否' },
  none: { en: 'None recorded', zh: '无记录' },
} satisfies Record<string, Bilingual>;

export const statusLabels: Record<CaseStatus, Bilingual> = {
  open: { en: 'Open', zh: '已立案' },
  investigating: { en: 'Under investigation', zh: '调查中' },
  committee_review: { en: 'With the committee', zh: '委员会审议中' },
  decided: { en: 'Decided', zh: '已裁决' },
  closed: { en: 'Closed', zh: '已结案' },
};

export const kindLabels: Record<EvidenceKind, Bilingual> = {
  event: { en: 'Event record', zh: '事件记录' },
  file: { en: 'File', zh: '文件' },
  query: { en: 'Search result', zh: '查询结果' },
  attribution: { en: 'Attribution', zh: '来源认定' },
  note: { en: 'Note', zh: '笔记' },
};

export const custodyLabels: Record<CustodyStep['what'], Bilingual> = {
  collected: { en: 'Collected', zh: '收集' },
  viewed: { en: 'Viewed', zh: '查阅' },
  exported: { en: 'Exported', zh: '导出' },
  purged: { en: 'Purged', zh: '清除' },
};

/** What a committee may decide; the notice uses the same words. */
export const sanctionLabels: Record<Sanction, Bilingual> = {
  warning: { en: 'Warning', zh: '警告' },
  fine: { en: 'Fine', zh: '罚款' },
  demotion: { en: 'Demotion', zh: '降职' },
  dismissal: { en: 'Dismissal', zh: '解除劳动合同' },
  no_rehire: { en: 'Not to be re-hired', zh: '不再录用' },
  referral: { en: 'Referral to the judicial authorities', zh: '移送司法机关' },
};

export const voteLabels: Record<Vote, Bilingual> = {
  approve: { en: 'Approve', zh: '同意' },
  reject: { en: 'Reject', zh: '反对' },
  abstain: { en: 'Abstain', zh: '弃权' },
};

export const outcomeLabels = {
  adopted: { en: 'Adopted', zh: '通过' },
  rejected: { en: 'Rejected', zh: '未通过' },
  open: { en: 'Vote still open', zh: '表决尚未结束' },
} satisfies Record<string, Bilingual>;

export const languageLabels: Record<NoticeLanguage, Bilingual> = {
  en: { en: 'English', zh: '英文' },
  zh: { en: 'Chinese', zh: '中文' },
};

/** `2 approve · 1 reject · 0 abstain`, in both languages. */
export function tallyOf(counts: Record<Vote, number>): Bilingual {
  return {
    en: `${counts.approve} approve · ${counts.reject} reject · ${counts.abstain} abstain`,
    zh: `同意 ${counts.approve} 票 · 反对 ${counts.reject} 票 · 弃权 ${counts.abstain} 票`,
  };
}

/** The timeline's lanes; a lane not named here is shown as written. */
export const laneLabels: Partial<Record<string, Bilingual>> = {
  physical: { en: 'Physical access', zh: '门禁与实物' },
  digital: { en: 'IT systems', zh: 'IT 系统' },
  communication: { en: 'Communication', zh: '通信' },
  hr: { en: 'HR', zh: '人事' },
  case: { en: 'Case work', zh: '案件处理' },
};

/** The command that checks a bundle offline; it is what the committee's own expert would run. */
export const verifyCommand = 'npx molehunt verify <bundle.zip>';

export function timelineHeading(timeZone: string): Bilingual {
  return { en: `Timeline (times in ${timeZone})`, zh: `时间线（${timeZone} 时间）` };
}

/**
 * What the file proves and how to check it. Text between backticks is something to type or compare character by
 * character, so both renderers set it in a fixed-width face.
 */
export function proofParagraph(root: string, fingerprint: string): Bilingual {
  return {
    en:
      "This file was exported from molehunt's evidence ledger. Every item below is listed with its SHA-256 " +
      `fingerprint; the ledger's root \`${root}\` is signed with the key whose fingerprint is \`${fingerprint}\`; ` +
      `run \`${verifyCommand}\` to check that nothing was added, changed or removed after export. ` +
      'It proves which evidence the case held, who handled it and when; what the evidence means is for the ' +
      'committee to weigh.',
    zh:
      '本文件导出自 molehunt 的证据账本。下列每项证据均附有其 SHA-256 指纹；账本根哈希 ' +
      `\`${root}\` 已由指纹为 \`${fingerprint}\` 的密钥签名；运行 \`${verifyCommand}\` ` +
      '即可核验导出后没有任何内容被添加、修改或删除。本文件证明案件持有哪些证据、由谁在何时经手；' +
      '证据说明了什么，由委员会判断。',
  };
}

export function pageOf(page: number, pages: number): Bilingual {
  return { en: `Page ${page} of ${pages}`, zh: `第 ${page} 页，共 ${pages} 页` };
}
