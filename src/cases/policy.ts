/**
 * @module The company's policy as the committee applies it: the clauses a decision can find violated and the notice
 * templates, both kept by an admin in the store's settings. Until an admin saves them, the defaults apply.
 */
import {
  defaultPolicyClauses,
  MolehuntError,
  type NoticeLanguage,
  type PolicyClause,
} from '../model/index.js';
import type { Store } from '../store/index.js';
import { checkNoticeTemplate, defaultNoticeTemplates } from './notice/index.js';

const CLAUSES = 'policy.clauses';
const noticeKey = (language: NoticeLanguage) => `policy.notice.${language}`;
const CLAUSE_ID = /^[a-z][a-z0-9_]{0,49}$/;

export class Policy {
  constructor(private readonly store: Store) {}

  async clauses(): Promise<PolicyClause[]> {
    const saved = await this.store.setting(CLAUSES);
    return saved ? (JSON.parse(saved) as PolicyClause[]) : [...defaultPolicyClauses];
  }

  /**
   * Replaces the list. `inUse` names, for each clause id a recorded decision cites, the cases citing it: those
   * clauses must stay, or the decisions would cite nothing.
   */
  async saveClauses(clauses: readonly PolicyClause[], inUse: ReadonlyMap<string, string[]>): Promise<void> {
    const seen = new Set<string>();
    for (const [index, clause] of clauses.entries()) {
      if (!CLAUSE_ID.test(clause.id)) {
        throw new MolehuntError(
          'MH_ERR_BAD_REQUEST',
          `clause ${index + 1}: id "${clause.id}" must be lowercase letters, digits and _ (starting with a letter, at most 50)`,
        );
      }
      if (seen.has(clause.id))
        throw new MolehuntError('MH_ERR_BAD_REQUEST', `clause id ${clause.id} appears twice`);
      seen.add(clause.id);
    }
    const dropped = [...inUse].filter(([id]) => !seen.has(id));
    if (dropped.length) {
      throw new MolehuntError(
        'MH_ERR_CONFLICT',
        `recorded decisions cite ${dropped.map(([id, cases]) => `${id} (${cases.join(', ')})`).join('; ')}: keep those clauses; you may reword their titles`,
      );
    }
    await this.store.saveSetting(CLAUSES, JSON.stringify(clauses));
  }

  /** The clause ids among `ids` that the policy does not have. */
  async unknownClauses(ids: readonly string[]): Promise<string[]> {
    const known = new Set((await this.clauses()).map((clause) => clause.id));
    return ids.filter((id) => !known.has(id));
  }

  async noticeTemplate(language: NoticeLanguage): Promise<string> {
    return (await this.store.setting(noticeKey(language))) ?? defaultNoticeTemplates[language];
  }

  /** Saves a template, refused with the problems in plain words when it would not render. */
  async saveNoticeTemplate(language: NoticeLanguage, template: string): Promise<void> {
    const problems = checkNoticeTemplate(template);
    if (problems.length) {
      throw new MolehuntError(
        'MH_ERR_BAD_REQUEST',
        `the ${language} notice template is not saved: ${problems.join('; ')}`,
      );
    }
    await this.store.saveSetting(noticeKey(language), template);
  }
}
