/** @module Picking a profile's variant from a file's columns: how one profile reads several releases of an export. */
import { MolehuntError } from '../../model/index.js';
import type { Variant } from '../profile/schema.js';

/**
 * The first variant whose `columns` the file has and whose `absent` columns it lacks.
 * Without variants, or for JSONL (no header to judge by), there is nothing to pick.
 */
export function pickVariant(
  profileName: string,
  variants: readonly Variant[] | undefined,
  columns: readonly string[] | undefined,
  path: string,
): Variant | undefined {
  if (!variants?.length || !columns) return undefined;
  const has = new Set(columns);
  const variant = variants.find(
    (v) => v.columns.every((c) => has.has(c)) && !v.absent.some((c) => has.has(c)),
  );
  if (!variant) {
    throw new MolehuntError(
      'MH_ERR_INPUT_UNREADABLE',
      `${path}: its columns (${columns.join(', ')}) fit no layout profile "${profileName}" knows (${variants.map((v) => v.layouts.join('/')).join('; ')}); check that this is the right profile for the file`,
    );
  }
  return variant;
}
