/** @module A roster or registry profile compiled for one file: each record becomes an entity and its relations. */
import {
  type Entity,
  type EntityType,
  entityRef,
  entityTypes,
  type Names,
  type Relation,
  type RelationType,
  relationTypes,
} from '../../model/index.js';
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
    type: closedValue(compiler, r.type, relationTypes, 'relation type'),
    from: r.from && endpoint(compiler, r.from),
    to: endpoint(compiler, r.to),
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
        const to = r.to(values);
        if (isProblem(to)) return to;
        const from = r.from ? r.from(values) : own;
        if (isProblem(from)) return from;
        const type = r.type(values);
        if (isProblem(type)) return type;
        if (!to || !from) continue;
        const relation: Relation = {
          from,
          to,
          type: type as RelationType,
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

type Reader<T> = (values: RecordValues) => T | undefined | RecordProblem;

function isProblem(value: unknown): value is RecordProblem {
  return typeof value === 'object' && value !== null && 'reason' in value;
}

/** A value from a closed list (entity or relation types), fixed in the profile or read from the record. */
function closedValue<T extends string>(
  compiler: SpecCompiler,
  spec: T | ValueSpec,
  allowed: readonly T[],
  what: string,
): Reader<T> {
  if (typeof spec === 'string' && (allowed as readonly string[]).includes(spec)) return () => spec as T;
  const read = compiler.value(spec, 'keyword');
  const field = specSource(spec, what);
  return (values) => {
    const value = read(values);
    if (value instanceof ValueProblem) return { field, reason: value.reason };
    if (value === undefined) return { field, reason: `the ${what} is empty` };
    if (!(allowed as readonly string[]).includes(String(value))) {
      return { field, reason: `"${value}" is not a ${what}; map it to one of ${allowed.join(', ')}` };
    }
    return value as T;
  };
}

/** An entity reference read from a record; undefined when its id is empty (no relation then). */
function endpoint(
  compiler: SpecCompiler,
  spec: { type: EntityType | ValueSpec; id: ValueSpec },
): Reader<`${EntityType}:${string}`> {
  const type = closedValue(compiler, spec.type, entityTypes, 'entity type');
  const id = compiler.value(spec.id, 'keyword');
  const field = specSource(spec.id, 'id');
  return (values) => {
    const key = id(values);
    if (key instanceof ValueProblem) return { field, reason: key.reason };
    if (key === undefined) return undefined;
    const kind = type(values);
    if (isProblem(kind) || kind === undefined) return kind;
    return entityRef(kind, String(key));
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
