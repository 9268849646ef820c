/** @module Entities (people, places, things, companies) and the relations between them. */
import { z } from 'zod';
import type { FieldValue } from './event.js';

/** `document`: a registered confidential document (spec sheet, roadmap), whose copies are tracked. */
export const entityTypes = [
  'person',
  'org_unit',
  'area',
  'asset',
  'vehicle',
  'company',
  'supplier',
  'document',
] as const;
export type EntityType = (typeof entityTypes)[number];

/** A name in each script it is known in: 周晨 / Zhou Chen / "Kevin Zhou". */
export interface Names {
  zh?: string;
  pinyin?: string;
  en?: string;
  aliases?: string[];
}

export interface Entity {
  type: EntityType;
  /** The natural key within its type: an employee number, an area code, a plate, a registration number. */
  id: string;
  /** The display name. */
  name: string;
  names?: Names;
  attrs: Record<string, FieldValue>;
  /** The source that last wrote it. */
  source: string;
}

export const relationTypes = [
  'relative',
  'shareholder',
  'director',
  'contact',
  'manager',
  'member_of',
  'supplier_of',
  'owner',
  'linked',
  /** A person on a confidential document's distribution list. */
  'recipient',
] as const;
export type RelationType = (typeof relationTypes)[number];

/** A reference to an entity, written `type:id` (e.g. `person:E1001`, `company:91310000MA1K`). */
export type EntityRef = `${EntityType}:${string}`;

export interface Relation {
  from: EntityRef;
  to: EntityRef;
  type: RelationType;
  attrs: Record<string, FieldValue>;
  source: string;
}

/** `type:id` for an entity. */
export function entityRef(type: EntityType, id: string): EntityRef {
  return `${type}:${id}`;
}

/** Splits `type:id`; throws on a malformed reference. */
export function parseEntityRef(ref: string): { type: EntityType; id: string } {
  const at = ref.indexOf(':');
  const type = ref.slice(0, at) as EntityType;
  if (at < 1 || !entityTypes.includes(type) || at === ref.length - 1) {
    throw new Error(
      `"${ref}" is not an entity reference; write type:id with a type of ${entityTypes.join(', ')}`,
    );
  }
  return { type, id: ref.slice(at + 1) };
}

const fieldValue = z.union([z.string(), z.number(), z.boolean(), z.array(z.string()), z.array(z.number())]);
const refSchema = z.string().regex(new RegExp(`^(${entityTypes.join('|')}):.+$`), 'write type:id');

export const entitySchema = z.strictObject({
  type: z.enum(entityTypes),
  id: z.string().min(1),
  name: z.string(),
  names: z
    .strictObject({
      zh: z.string().optional(),
      pinyin: z.string().optional(),
      en: z.string().optional(),
      aliases: z.array(z.string()).optional(),
    })
    .optional(),
  attrs: z.record(z.string(), fieldValue),
  source: z.string().min(1),
});

export const relationSchema = z.strictObject({
  from: refSchema,
  to: refSchema,
  type: z.enum(relationTypes),
  attrs: z.record(z.string(), fieldValue),
  source: z.string().min(1),
});
