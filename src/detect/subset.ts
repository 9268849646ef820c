/** @module Parts of a rule set: the rules in force (some switched off), or one rule with everything it builds on. */
import type { RuleSet } from './load.js';

/** The set without the given rule ids. A correlation over a rule left out simply never completes. */
export function withoutRules(rules: RuleSet, off: ReadonlySet<string>): RuleSet {
  return {
    detections: rules.detections.filter((rule) => !off.has(rule.id)),
    correlations: rules.correlations.filter((rule) => !off.has(rule.id)),
    problems: rules.problems,
  };
}

/** The rule with this id and, for a correlation, the rules it refers to (by id or name), transitively. */
export function ruleWithDependencies(rules: RuleSet, id: string): RuleSet | undefined {
  const all = [...rules.detections, ...rules.correlations];
  const byRef = new Map<string, (typeof all)[number]>();
  for (const rule of all) {
    byRef.set(rule.id, rule);
    if (rule.name) byRef.set(rule.name, rule);
  }
  const wanted = new Set<string>();
  const visit = (ref: string) => {
    const rule = byRef.get(ref);
    if (!rule || wanted.has(rule.id)) return;
    wanted.add(rule.id);
    if ('type' in rule)
      for (const next of [...rule.rules, ...(rule.absent ? [rule.absent] : [])]) visit(next);
  };
  visit(id);
  if (!wanted.size || !all.some((rule) => rule.id === id)) return undefined;
  return {
    detections: rules.detections.filter((rule) => wanted.has(rule.id)),
    correlations: rules.correlations.filter((rule) => wanted.has(rule.id)),
    problems: [],
  };
}
