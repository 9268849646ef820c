/** @module Workspace settings: the rules switched off (every other rule runs), and what an admin edits by key. */
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

export async function setting(db: Db, key: string): Promise<string | undefined> {
  const rows = await db.rows('SELECT value FROM settings WHERE key = $1', [key]);
  return rows[0]?.value as string | undefined;
}

export async function saveSetting(db: Db, key: string, value: string): Promise<void> {
  await db.run('INSERT OR REPLACE INTO settings (key, value, updated_at) VALUES ($1, $2, $3)', [
    key,
    value,
    Date.now(),
  ]);
}
