/** @module Loading a folder of rules: detection and correlation rules alike; a bad rule is reported and skipped, never fatal. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type CorrelationRule, loadCorrelationRule } from './sigma/correlation.js';
import { loadSigmaRule, RuleLoadError, type SigmaRule } from './sigma/rule.js';

/** The rule pack shipped with molehunt. */
export const builtInRuleDir = fileURLToPath(new URL('../../rules/', import.meta.url));

/** The rules molehunt runs by default: the built-in pack and the data directory's `rules/` folder, if any. */
export function ruleDirs(dataDir: string): string[] {
  const own = join(dataDir, 'rules');
  return existsSync(own) ? [builtInRuleDir, own] : [builtInRuleDir];
}

export interface RuleSet {
  detections: SigmaRule[];
  correlations: CorrelationRule[];
  /** Rules that could not be loaded, each with file, line, key and reason. */
  problems: RuleLoadError[];
}

/** Loads every `.yml`/`.yaml` file under the folders; a file holding `correlation:` is a correlation rule. */
export function loadRules(dirs: readonly string[]): RuleSet {
  const set: RuleSet = { detections: [], correlations: [], problems: [] };
  const ids = new Map<string, string>();
  for (const path of dirs.flatMap(ruleFiles)) {
    const text = readFileSync(path, 'utf8');
    try {
      const rule = /^correlation:/m.test(text) ? loadCorrelationRule(text, path) : loadSigmaRule(text, path);
      const clash = ids.get(rule.id);
      if (clash)
        throw new RuleLoadError(
          path,
          1,
          'id',
          `the id ${rule.id} is already used by ${clash}; give each rule its own UUID`,
        );
      ids.set(rule.id, path);
      if ('type' in rule) set.correlations.push(rule);
      else set.detections.push(rule);
    } catch (error) {
      if (!(error instanceof RuleLoadError)) throw error;
      set.problems.push(error);
    }
  }
  return set;
}

function ruleFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      // fixtures/ holds each rule's test events, not rules.
      if (statSync(path).isDirectory()) return name === 'fixtures' ? [] : ruleFiles(path);
      return /\.ya?ml$/.test(name) ? [path] : [];
    });
}
