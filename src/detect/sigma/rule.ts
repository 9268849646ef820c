/** @module Loading a Sigma detection rule: metadata, logsource and detection, with every mistake located by line and key. */
import { isMap, LineCounter, parseDocument } from 'yaml';
import { type Event, eventKindNames } from '../../model/index.js';
import { type BaselineSpec, parseBaselines } from '../baseline/spec.js';
import { type CompiledDetection, compileDetection } from './detection.js';
import type { EventTest } from './match-context.js';
import { RuleError } from './values.js';

export const levels = ['informational', 'low', 'medium', 'high', 'critical'] as const;

export interface SigmaRule {
  id: string;
  /** The optional `name` correlation rules may refer to it by. */
  name?: string;
  title: string;
  /** The title in Chinese (`title_zh`, a molehunt key), for explanations in Chinese. */
  titleZh?: string;
  status?: string;
  level: (typeof levels)[number];
  tags: string[];
  description?: string;
  falsepositives: string[];
  /** Which events the rule can match at all: the engine indexes rules by these. */
  logsource: { product?: string; category?: string; service?: string };
  /** The whole rule: logsource and condition. */
  test: EventTest;
  /** The condition alone, for callers that have already checked the logsource (the engine indexes by kind). */
  condition: EventTest;
  /** Each search identifier on its own (what a volume baseline counts). */
  identifiers: CompiledDetection['identifiers'];
  /** The fields the detection reads. */
  fields: CompiledDetection['fields'];
  /** The rule's `baseline:` conditions; the engine keeps their state. */
  baselines: BaselineSpec[];
  /** What to look at first when it fires. */
  triage?: string;
  path: string;
}

/** A rule that cannot be used, located in its file. */
export class RuleLoadError extends Error {
  constructor(
    readonly path: string,
    readonly line: number,
    readonly key: string,
    readonly reason: string,
  ) {
    super(`${path}:${line}: ${key ? `${key}: ` : ''}${reason}`);
  }
}

/**
 * Parses one Sigma detection rule. Logsource: `product: molehunt`; `category` is an event kind (badge, usb, email …)
 * and `service` an event source (`event.dataset`, e.g. demo.badge.shenzhen). Field names are those of the field
 * dictionary (docs/fields.md).
 */
export function loadSigmaRule(text: string, path: string): SigmaRule {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false });
  const lineOf = (keyPath: readonly (string | number)[]): number => {
    for (let n = keyPath.length; n > 0; n--) {
      const node = doc.getIn(keyPath.slice(0, n), true) as { range?: [number] } | undefined;
      if (node?.range) return lines.linePos(node.range[0]).line;
    }
    return 1;
  };
  const fail = (keyPath: (string | number)[], reason: string): never => {
    throw new RuleLoadError(path, lineOf(keyPath), keyPath.join('.'), reason);
  };
  if (doc.errors.length) {
    const error = doc.errors[0]!;
    throw new RuleLoadError(
      path,
      error.linePos?.[0]?.line ?? 1,
      '',
      `not valid YAML: ${error.message.split('\n')[0]}`,
    );
  }
  if (!isMap(doc.contents)) fail([], 'a rule is a YAML mapping with title, logsource and detection');
  const rule = doc.toJS() as Record<string, unknown>;
  const title = rule.title;
  if (typeof title !== 'string' || !title) fail(['title'], 'give the rule a title');
  const id = rule.id;
  if (typeof id !== 'string' || !/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)) {
    fail(['id'], 'give the rule a UUID id, e.g. from `node -e "console.log(crypto.randomUUID())"`');
  }
  const level = rule.level ?? 'medium';
  if (!levels.includes(level as SigmaRule['level'])) fail(['level'], `use one of ${levels.join(', ')}`);
  const logsource = rule.logsource as SigmaRule['logsource'] | undefined;
  if (!logsource || typeof logsource !== 'object')
    fail(['logsource'], 'add a logsource, e.g. { product: molehunt, category: badge }');
  if (logsource!.product !== undefined && logsource!.product !== 'molehunt') {
    fail(
      ['logsource', 'product'],
      `molehunt reads product "molehunt" only, not "${logsource!.product}"; map the rule's fields to docs/fields.md`,
    );
  }
  if (logsource!.category !== undefined && !(eventKindNames as string[]).includes(logsource!.category)) {
    fail(
      ['logsource', 'category'],
      `"${logsource!.category}" is not an event kind; use one of ${eventKindNames.join(', ')}`,
    );
  }
  const detection = rule.detection;
  if (!detection || typeof detection !== 'object' || Array.isArray(detection))
    fail(['detection'], 'add a detection with search identifiers and a condition');
  let compiled: CompiledDetection;
  let baselines: BaselineSpec[];
  try {
    const names = Object.keys(detection as object).filter((k) => k !== 'condition' && k !== 'timeframe');
    baselines = parseBaselines(rule.baseline, names);
    compiled = compileDetection(
      detection as Record<string, unknown>,
      baselines.map((b) => b.name),
    );
  } catch (error) {
    if (!(error instanceof RuleError)) throw error;
    const [where = '', ...rest] = error.message.split(': ');
    const keyPath = where.split('.');
    return fail(
      keyPath[0] === 'detection' || keyPath[0] === 'baseline' ? keyPath : ['detection'],
      rest.length ? rest.join(': ') : error.message,
    );
  }
  const { category, service } = logsource!;
  const matches = compiled.test;
  const test: EventTest =
    category || service
      ? (event: Event, context) =>
          (!category || event.kind === category) &&
          (!service || event.source === service) &&
          matches(event, context)
      : matches;
  return {
    id: id as string,
    name: typeof rule.name === 'string' ? rule.name : undefined,
    title: title as string,
    titleZh: typeof rule.title_zh === 'string' ? rule.title_zh : undefined,
    status: rule.status as string | undefined,
    level: level as SigmaRule['level'],
    tags: Array.isArray(rule.tags) ? rule.tags.map(String) : [],
    description: rule.description as string | undefined,
    falsepositives: Array.isArray(rule.falsepositives) ? rule.falsepositives.map(String) : [],
    logsource: logsource!,
    test,
    condition: matches,
    identifiers: compiled.identifiers,
    fields: compiled.fields,
    baselines,
    triage: typeof rule.triage === 'string' ? rule.triage : undefined,
    path,
  };
}
