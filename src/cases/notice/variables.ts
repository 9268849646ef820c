/**
 * @module What a notice template may say: every variable, with a line an admin reads. The checker refuses any other
 * name, and the renderer fills exactly these.
 */

export interface NoticeVariable {
  /** As written in a template: `{{person.name}}`, or `{{#clauses}}…{{/clauses}}` for a list. */
  name: string;
  description: string;
  /** For a list, what each entry has, written between `{{#name}}` and `{{/name}}`. */
  items?: readonly { name: string; description: string }[];
}

/** The variables a notice template may use, in the order an admin meets them in the default templates. */
export const noticeVariables: readonly NoticeVariable[] = [
  {
    name: 'person.name',
    description: 'The name of the person decided about, as the roster has it, in its own script.',
  },
  { name: 'person.nameEn', description: 'Their English name or pinyin; empty when not known.' },
  { name: 'person.id', description: 'Their id in molehunt, usually the HR employee number.' },
  { name: 'person.department', description: 'Their department; empty when not known.' },
  { name: 'person.role', description: 'Their role or job title; empty when not known.' },
  { name: 'caseId', description: 'The case id (C-7F3A9B21).' },
  { name: 'caseTitle', description: "The case's title, as the investigators wrote it." },
  {
    name: 'decidedOn',
    description: 'The day the committee closed its vote, in the notice language (2026-09-12, 2026年9月12日).',
  },
  {
    name: 'clauses',
    description: 'The policy clauses violated, a list.',
    items: [
      { name: 'number', description: "The clause's number in this list: 1, 2, 3…" },
      { name: 'id', description: "The clause's id (leak)." },
      { name: 'title', description: "The clause's title in the notice language." },
      { name: 'text', description: "The clause's wording in the notice language; empty when it has none." },
    ],
  },
  {
    name: 'sanctions',
    description: 'The sanctions decided, a list.',
    items: [
      { name: 'number', description: "The sanction's number in this list: 1, 2, 3…" },
      { name: 'label', description: 'The sanction in the notice language (Dismissal, 解除劳动合同).' },
    ],
  },
  { name: 'summary', description: "The committee's reasoning, as written in the decision." },
  { name: 'votes.approve', description: 'How many members approved the decision.' },
  { name: 'votes.reject', description: 'How many members rejected it.' },
  { name: 'votes.abstain', description: 'How many members abstained.' },
  {
    name: 'committee',
    description: 'The members who voted, in the order they voted, separated by commas (、 in Chinese).',
  },
];
