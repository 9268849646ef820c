/**
 * @module The mapping-profile schema: how the columns of one export become events or entities.
 * docs/profiles.md explains every key with examples; the built-in profiles in `profiles/` follow it.
 */
import { z } from 'zod';
import { entityTypes, eventKindNames, relationTypes } from '../../model/index.js';

const scalar = z.union([z.string(), z.number(), z.boolean()]);

/**
 * Where a value comes from, and how it is cleaned. A bare string is shorthand for `{ from: <string> }`.
 * `from` is a CSV column name, or a JSONL key path (`sender.address`, `attachments[].name`).
 */
export const valueSpecSchema = z.union([
  z.string().min(1),
  z.strictObject({
    from: z.string().min(1).optional(),
    /** Several columns into one, e.g. `"{日期} {时间}"`. */
    template: z.string().min(1).optional(),
    /** A constant. */
    value: scalar.optional(),
    /** Keep only what a regular expression matches: its group named `value`, else its first group; no match is empty. */
    pattern: z.string().min(1).optional(),
    /** Split into a list on this separator (list fields split on `;` unless told otherwise). */
    split: z.string().min(1).optional(),
    /** Replace values: `{ 进: in, 出: out }`. Matching ignores case and surrounding spaces. */
    map: z.record(z.string(), scalar).optional(),
    /** With `map`: a value missing from the map quarantines the record instead of passing through. */
    strict: z.boolean().optional(),
    /** Used when the value is empty. */
    default: scalar.optional(),
    /** An empty value quarantines the record. */
    required: z.boolean().optional(),
  }),
]);
export type ValueSpec = z.infer<typeof valueSpecSchema>;

const timeSchema = z.strictObject({
  from: z.string().min(1).optional(),
  template: z.string().min(1).optional(),
  /** Patterns such as `yyyy/MM/dd HH:mm:ss`, or `iso8601`, `epoch_ms`, `epoch_s`; the first that fits is used. */
  format: z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]),
  /** The zone the source writes local times in: `Asia/Shanghai`, `UTC`, `+08:00`. */
  zone: z.string().min(1),
  /** Seconds to add to every time, for a source whose clock is known to be off (a camera 4 minutes fast: -240). */
  clock_offset: z.number().int().optional(),
});

const readSchema = {
  format: z.enum(['csv', 'jsonl']),
  encoding: z.enum(['auto', 'utf-8', 'gbk', 'gb18030']).default('auto'),
  delimiter: z.string().min(1).default(','),
  header: z.boolean().default(true),
  columns: z.array(z.string().min(1)).optional(),
  /** Which files of a folder this profile reads, by name: `*.csv`, `**\/*.jsonl`. */
  files: z.string().min(1).optional(),
};

const eventMappingSchema = {
  time: timeSchema,
  kind: z.union([z.enum(eventKindNames as [string, ...string[]]), valueSpecSchema]),
  action: valueSpecSchema,
  actor: valueSpecSchema.optional(),
  /** Look the actor up among persons by `id`, `email` or `name` (in that order); unresolved values stay as given. */
  resolve_actor: z
    .array(z.enum(['id', 'email', 'name']))
    .min(1)
    .optional(),
  target: valueSpecSchema.optional(),
  /** Fields that identify a record, for its stable event id; by default the whole record does. */
  key: z.array(z.string().min(1)).min(1).optional(),
  fields: z.record(z.string(), valueSpecSchema).default({}),
};

/** An entity type, or a value spec that yields one (`{ from: 企业类型, map: { 供应商: supplier, 企业: company } }`). */
const entityTypeSpec = z.union([z.enum(entityTypes), valueSpecSchema]);
const endpointSchema = z.strictObject({ type: entityTypeSpec, id: valueSpecSchema });

const entityMappingSchema = z.strictObject({
  type: z.enum(entityTypes),
  id: valueSpecSchema,
  name: valueSpecSchema,
  names: z
    .strictObject({
      zh: valueSpecSchema.optional(),
      pinyin: valueSpecSchema.optional(),
      en: valueSpecSchema.optional(),
      aliases: valueSpecSchema.optional(),
    })
    .optional(),
  attrs: z.record(z.string(), valueSpecSchema).default({}),
});

const relationMappingSchema = z.strictObject({
  /** A relation type, or a value spec that yields one (`{ from: 角色, map: { 股东: shareholder } }`). */
  type: z.union([z.enum(relationTypes), valueSpecSchema]),
  /** Default: the record's own entity. */
  from: endpointSchema.optional(),
  to: endpointSchema,
  attrs: z.record(z.string(), valueSpecSchema).default({}),
});

/** A variant applies when the file has every column in `columns` and none in `absent`. */
const variantSchema = z.strictObject({
  layouts: z.array(z.string().min(1)).min(1),
  columns: z.array(z.string().min(1)).default([]),
  absent: z.array(z.string().min(1)).default([]),
  action: valueSpecSchema.optional(),
  fields: z.record(z.string(), valueSpecSchema).default({}),
});

const common = {
  name: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'use lower-case letters, digits and dashes'),
  description: z.string().min(1),
  /** `event.dataset` of what the profile imports, e.g. `badge.shenzhen`. */
  source: z.string().min(1),
};

export const eventProfileSchema = z.strictObject({
  ...common,
  ...readSchema,
  ...eventMappingSchema,
  variants: z.array(variantSchema).optional(),
});

export const entityProfileSchema = z.strictObject({
  ...common,
  ...readSchema,
  entity: entityMappingSchema,
  relations: z.array(relationMappingSchema).default([]),
  /** Records that describe one entity at different dates (monthly roster snapshots) merge into it. */
  variants: z.array(variantSchema.omit({ action: true })).optional(),
});

/** A bundle imports a folder of different exports, each file with the profile its name matches. */
export const bundleProfileSchema = z.strictObject({
  name: common.name,
  description: common.description,
  bundle: z.array(z.strictObject({ files: z.string().min(1), profile: z.string().min(1) })).min(1),
});

export type EventProfile = z.infer<typeof eventProfileSchema>;
export type EntityProfile = z.infer<typeof entityProfileSchema>;
export type BundleProfile = z.infer<typeof bundleProfileSchema>;
export type RecordProfile = EventProfile | EntityProfile;
export type Profile = RecordProfile | BundleProfile;
export type Variant = z.infer<typeof variantSchema>;
