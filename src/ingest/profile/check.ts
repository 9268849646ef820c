/** @module What the schema cannot say about a profile: fields the dictionary knows, valid actions, zones, patterns. */
import { type EventKind, eventKinds, fieldSpec, isTimeZone } from '../../model/index.js';
import { compileTimeFormat } from '../map/time-format.js';
import type { Profile, ValueSpec } from './schema.js';

/** Fields that are parts of the Event itself and are set by `time`, `kind`, `action`, `actor` and `target`. */
const coreFieldNames = new Set([
  'event.id',
  '@timestamp',
  'event.dataset',
  'molehunt.kind',
  'event.action',
  'user.id',
  'molehunt.target',
]);

/** Every problem found, as `key: what is wrong` lines; empty when the profile is sound. */
export function checkProfile(profile: Profile): string[] {
  const problems: string[] = [];
  if ('bundle' in profile) return problems;
  const checkSpec = (key: string, spec: ValueSpec | undefined) => {
    if (spec === undefined || typeof spec === 'string') return;
    const sources = [spec.from, spec.template, spec.value].filter((s) => s !== undefined).length;
    if (sources !== 1) problems.push(`${key}: give exactly one of from, template or value`);
    if (spec.pattern) {
      try {
        new RegExp(spec.pattern);
      } catch (error) {
        problems.push(`${key}.pattern: ${(error as Error).message}`);
      }
    }
  };
  const checkFields = (key: string, fields: Record<string, ValueSpec>) => {
    for (const [name, spec] of Object.entries(fields)) {
      if (coreFieldNames.has(name))
        problems.push(`${key}.${name}: set this with the profile's own key, not under ${key}`);
      else if (!fieldSpec(name))
        problems.push(`${key}.${name}: no such field (docs/fields.md lists them; labels.<name> is free)`);
      checkSpec(`${key}.${name}`, spec);
    }
  };

  if ('entity' in profile) {
    checkSpec('entity.id', profile.entity.id);
    checkSpec('entity.name', profile.entity.name);
    for (const [script, spec] of Object.entries(profile.entity.names ?? {}))
      checkSpec(`entity.names.${script}`, spec);
    checkFields('entity.attrs', profile.entity.attrs);
    profile.relations.forEach((relation, i) => {
      checkSpec(`relations.${i}.to.id`, relation.to.id);
      if (typeof relation.type !== 'string') checkSpec(`relations.${i}.type`, relation.type);
      checkFields(`relations.${i}.attrs`, relation.attrs);
    });
    profile.variants?.forEach((variant, i) => {
      checkFields(`variants.${i}.fields`, variant.fields);
    });
    return problems;
  }

  if (!isTimeZone(profile.time.zone)) {
    problems.push(
      `time.zone: "${profile.time.zone}" is not a time zone; use an IANA name such as Asia/Shanghai, UTC or +08:00`,
    );
  }
  if ((profile.time.from === undefined) === (profile.time.template === undefined)) {
    problems.push('time: give exactly one of from or template');
  }
  for (const format of [profile.time.format].flat()) {
    try {
      compileTimeFormat(format, 'UTC');
    } catch (error) {
      problems.push(`time.format: ${(error as Error).message}`);
    }
  }
  checkSpec('action', profile.action);
  checkSpec('actor', profile.actor);
  checkSpec('target', profile.target);
  checkFields('fields', profile.fields);
  if (typeof profile.kind === 'string') {
    const actions: readonly string[] = eventKinds[profile.kind as EventKind].actions;
    const named = [profile.action, ...(profile.variants ?? []).map((v) => v.action)].flatMap(actionValues);
    for (const action of named) {
      if (!actions.includes(action)) {
        problems.push(
          `action: "${action}" is not an action of kind ${profile.kind}; use ${actions.join(', ')}`,
        );
      }
    }
  } else {
    checkSpec('kind', profile.kind);
  }
  profile.variants?.forEach((variant, i) => {
    checkSpec(`variants.${i}.action`, variant.action);
    checkFields(`variants.${i}.fields`, variant.fields);
  });
  return problems;
}

/** The actions a spec can produce when they are spelled out in the profile. */
function actionValues(spec: ValueSpec | undefined): string[] {
  if (spec === undefined || typeof spec === 'string') return [];
  const values = spec.value !== undefined ? [spec.value] : [];
  if (spec.map) values.push(...Object.values(spec.map));
  if (spec.default !== undefined) values.push(spec.default);
  return values.map(String);
}
