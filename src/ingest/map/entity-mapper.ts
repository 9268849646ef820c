/** @module A roster or registry profile compiled for one file: each record becomes an entity and its relations. */
import { type Entity, entityRef, type Names, type Relation } from '../../model/index.js';
import type { EntityProfile, ValueSpec } from '../profile/schema.js';
import type { SourceRecord } from '../records.js';
import type { RecordValues } from './access.js';
import { SpecCompiler, specSource } from './compile.js';
import type { FileContext, RecordProblem } from './event-mapper.js';
import { pickVariant } from './layout.js';
import { compileTimeFormats } from './time-format.js';
import { ValueProblem, type ValueReader } from './values.js';

export interface EntityRecord {
  entity: Entity;
  relations: Relation[];
}

export interface EntityMapper {
  layouts?: readonly string[];
  map(record: SourceRecord): EntityRecord | RecordProblem;
}

/** Dates in roster attributes (hire dates) are read as ISO dates in UTC. */
const readDate = compileTimeFormats(['iso8601', 'yyyy/M/d', 'yyyy-M-d'], 'UTC');

export function compileEntityMapper(profile: EntityProfile, file: FileContext): EntityMapper {
  const variant = pickVariant(profile.name, profile.variants, file.columns, file.path);
  const compiler = new SpecCompiler(file.columns, readDate);
  const spec = profile.entity;
  const id = compiler.value(spec.id, 'keyword');
  const name = compiler.value(spec.name, 'keyword');
  const names = Object.entries(spec.names ?? {}).map(
    ([script, s]) =>
      [script, compiler.value(s as ValueSpec, script === 'aliases' ? 'keyword[]' : 'keyword')] as const,
  );
  const attrs = fieldReaders(compiler, { ...spec.attrs, ...variant?.fields });
  const relations = profile.relations.map((r) => ({
    type: r.type,
    from: r.from
      ? ([r.from.type, compiler.value(r.from.id, 'keyword'), specSource(r.from.id, 'from')] as const)
      : undefined,
    to: [r.to.type, compiler.value(r.to.id, 'keyword'), specSource(r.to.id, 'to')] as const,
    attrs: fieldReaders(compiler, r.attrs),
  }));
  compiler.finish(profile.name, file.path);

  return {
    layouts: variant?.layouts,
    map(record) {
      const values = record.values as RecordValues;
      const key = id(values);
      if (typeof key !== 'string' && typeof key !== 'number') {
        return {
          field: specSource(spec.id, 'id'),
          reason: key instanceof ValueProblem ? key.reason : 'the id is empty',
        };
      }
      const display = name(values);
      if (display instanceof ValueProblem)
        return { field: specSource(spec.name, 'name'), reason: display.reason };
      const entity: Entity = {
        type: spec.type,
        id: String(key),
        name: String(display ?? key),
        attrs: {},
        source: profile.source,
      };
      const entityNames: Names = {};
      for (const [script, reader] of names) {
        const value = reader(values);
        if (value instanceof ValueProblem) return { field: `names.${script}`, reason: value.reason };
        if (value === undefined) continue;
        if (script === 'aliases') entityNames.aliases = (value as string[]).map(String);
        else entityNames[script as 'zh' | 'pinyin' | 'en'] = String(value);
      }
      if (Object.keys(entityNames).length) entity.names = entityNames;
      const wrong = readFields(attrs, values, entity.attrs);
      if (wrong) return wrong;
      const own = entityRef(spec.type, entity.id);
      const links: Relation[] = [];
      for (const r of relations) {
        const to = r.to[1](values);
        if (to instanceof ValueProblem) return { field: r.to[2], reason: to.reason };
        if (to === undefined) continue;
        const from = r.from ? r.from[1](values) : entity.id;
        if (from instanceof ValueProblem) return { field: r.from![2], reason: from.reason };
        if (from === undefined) continue;
        const relation: Relation = {
          from: r.from ? entityRef(r.from[0], String(from)) : own,
          to: entityRef(r.to[0], String(to)),
          type: r.type,
          attrs: {},
          source: profile.source,
        };
        const bad = readFields(r.attrs, values, relation.attrs);
        if (bad) return bad;
        links.push(relation);
      }
      return { entity, relations: links };
    },
  };
}

type FieldReaders = (readonly [string, ValueReader, string])[];

function fieldReaders(compiler: SpecCompiler, specs: Record<string, ValueSpec>): FieldReaders {
  return Object.entries(specs).map(
    ([field, s]) => [field, compiler.field(field, s), specSource(s, field)] as const,
  );
}

function readFields(
  readers: FieldReaders,
  values: RecordValues,
  into: Record<string, unknown>,
): RecordProblem | undefined {
  for (const [field, reader, source] of readers) {
    const value = reader(values);
    if (value instanceof ValueProblem) return { field: source, reason: `${value.reason} (for ${field})` };
    if (value !== undefined) into[field] = value;
  }
  return undefined;
}
