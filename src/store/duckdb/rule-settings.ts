/** @module The rules switched off in the workspace; every other rule runs. */
import type { Db } from './session.js';

export async function disabledRules(db: Db): Promise<string[]> {
  const rows = await db.rows('SELECT rule FROM rule_settings WHERE NOT enabled ORDER BY rule');
  return rows.map((row) => row.rule as string);
}

export async function setRuleEnabled(db: Db, rule: string, enabled: boolean): Promise<void> {
  await db.run('INSERT OR REPLACE INTO rule_settings (rule, enabled, updated_at) VALUES ($1, $2, $3)', [
    rule,
    enabled,
    Date.now(),
  ]);
}
