/**
 * @module Sigma correlation rules (event_count, value_count, temporal, temporal_ordered) and molehunt's `absence`
 * extension: a step that must not follow another within a timespan for the same group.
 */
import { isMap, LineCounter, parseDocument } from 'yaml';
import { levels, RuleLoadError } from './rule.js';
import { parseTimespan } from './timespan.js';

export const correlationTypes = [
  'event_count',
  'value_count',
  'temporal',
  'temporal_ordered',
  'absence',
] as const;
export type CorrelationType = (typeof correlationTypes)[number];

export interface CountCondition {
  gt?: number;
  gte?: number;
  eq?: number;
  field?: string;
}

export interface CorrelationRule {
  id: string;
  name?: string;
  title: string;
  /** The title in Chinese (`title_zh`, a molehunt key). */
  titleZh?: string;
  level: (typeof levels)[number];
  tags: string[];
  falsepositives: string[];
  triage?: string;
  type: CorrelationType;
  /** Ids or names of the rules it correlates; for `absence`, the rule whose match opens the window. */
  rules: string[];
  /** For `absence`: the rule that must not match within the window. */
  absent?: string;
  /** For `absence`: how long before the opening step the absent rule's match also counts (a badge just before a face). */
  lookbackMs: number;
  groupBy: string[];
  timespanMs: number;
  condition: CountCondition;
  /**
   * Whether the referenced rules also raise signals of their own (Sigma's `generate`, default false); molehunt
   * also takes a list of the referenced rules that do.
   */
  generate: boolean | string[];
  path: string;
}

/** Parses a correlation rule; mistakes are reported with file, line and key like detection rules. */
export function loadCorrelationRule(text: string, path: string): CorrelationRule {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines });
  const fail = (keyPath: string[], reason: string): never => {
    let line = 1;
    for (let n = keyPath.length; n > 0; n--) {
      const node = doc.getIn(keyPath.slice(0, n), true) as { range?: [number] } | undefined;
      if (node?.range) {
        line = lines.linePos(node.range[0]).line;
        break;
      }
    }
    throw new RuleLoadError(path, line, keyPath.join('.'), reason);
  };
  if (doc.errors.length || !isMap(doc.contents)) fail([], 'not a YAML mapping');
  const rule = doc.toJS() as Record<string, unknown>;
  const c = rule.correlation as Record<string, unknown> | undefined;
  if (!c || typeof c !== 'object') fail(['correlation'], 'add a correlation section');
  const type = c!.type as CorrelationType;
  if (!correlationTypes.includes(type))
    fail(['correlation', 'type'], `use one of ${correlationTypes.join(', ')}`);
  const rules = c!.rules;
  if (!Array.isArray(rules) || !rules.length || !rules.every((r) => typeof r === 'string')) {
    fail(['correlation', 'rules'], 'list the ids or names of the rules to correlate');
  }
  const timespanMs = parseTimespan(c!.timespan);
  if (timespanMs === undefined)
    fail(['correlation', 'timespan'], 'write a number and s, m, h or d, e.g. 10m');
  const groupBy = c!['group-by'] ?? [];
  if (!Array.isArray(groupBy))
    fail(['correlation', 'group-by'], 'list the fields to group by, e.g. [user.id]');
  const condition = (c!.condition ?? {}) as CountCondition & Record<string, unknown>;
  for (const key of Object.keys(condition)) {
    if (key === 'lt' || key === 'lte') {
      fail(
        ['correlation', 'condition', key],
        'a streaming engine cannot know a count stays low until the window ends; chain an absence rule instead',
      );
    }
    if (!['gt', 'gte', 'eq', 'field'].includes(key))
      fail(['correlation', 'condition', key], 'use gt, gte or eq (and field for value_count)');
  }
  if (
    (type === 'event_count' || type === 'value_count') &&
    condition.gt === undefined &&
    condition.gte === undefined &&
    condition.eq === undefined
  ) {
    fail(['correlation', 'condition'], 'give a count, e.g. { gte: 5 }');
  }
  if (type === 'value_count' && typeof condition.field !== 'string')
    fail(['correlation', 'condition', 'field'], 'name the field whose distinct values are counted');
  if (type === 'absence' && typeof c!.absent !== 'string')
    fail(['correlation', 'absent'], 'name the rule that must not match within the timespan');
  const lookbackMs = c!.lookback === undefined ? 0 : parseTimespan(c!.lookback);
  if (lookbackMs === undefined)
    fail(['correlation', 'lookback'], 'write a number and s, m, h or d, e.g. 30s');
  const level = rule.level ?? 'high';
  if (!levels.includes(level as CorrelationRule['level'])) fail(['level'], `use one of ${levels.join(', ')}`);
  if (typeof rule.title !== 'string') fail(['title'], 'give the rule a title');
  if (typeof rule.id !== 'string') fail(['id'], 'give the rule a UUID id');
  return {
    id: rule.id as string,
    name: typeof rule.name === 'string' ? rule.name : undefined,
    title: rule.title as string,
    titleZh: typeof rule.title_zh === 'string' ? rule.title_zh : undefined,
    level: level as CorrelationRule['level'],
    tags: Array.isArray(rule.tags) ? rule.tags.map(String) : [],
    falsepositives: Array.isArray(rule.falsepositives) ? rule.falsepositives.map(String) : [],
    triage: typeof rule.triage === 'string' ? rule.triage : undefined,
    type,
    rules: rules as string[],
    absent: c!.absent as string | undefined,
    lookbackMs: lookbackMs!,
    groupBy: (groupBy as unknown[]).map(String),
    timespanMs: timespanMs!,
    condition,
    generate: generateOf(c!.generate ?? rule.generate, rules as string[], fail),
    path,
  };
}

function generateOf(
  value: unknown,
  rules: readonly string[],
  fail: (keyPath: string[], reason: string) => never,
): boolean | string[] {
  if (value === undefined || typeof value === 'boolean') return value === true;
  if (Array.isArray(value) && value.every((v) => typeof v === 'string' && rules.includes(v))) return value;
  return fail(
    ['correlation', 'generate'],
    `true, false, or a list of the correlated rules that keep their own signals (of ${rules.join(', ')})`,
  );
}
