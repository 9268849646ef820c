/** @module Compiling a profile's value specs against one file's columns, collecting every column the file lacks. */
import { type FieldType, fieldSpec, MolehuntError } from '../../model/index.js';
import type { ValueSpec } from '../profile/schema.js';
import { MissingColumnError } from './access.js';
import type { TimeReader } from './time-format.js';
import { compileValue, type ValueReader } from './values.js';

/** Compiles specs for one file; `finish()` throws once, listing all missing columns, so the user fixes them in one go. */
export class SpecCompiler {
  private readonly missing = new Set<string>();

  constructor(
    private readonly columns: readonly string[] | undefined,
    private readonly readTime: TimeReader,
  ) {}

  value(spec: ValueSpec, type: FieldType): ValueReader {
    try {
      return compileValue(spec, type, this.columns, this.readTime);
    } catch (error) {
      if (!(error instanceof MissingColumnError)) throw error;
      this.missing.add(error.column);
      return () => undefined;
    }
  }

  /** A field of the dictionary, read with its dictionary type. */
  field(name: string, spec: ValueSpec): ValueReader {
    return this.value(spec, fieldSpec(name)?.type ?? 'keyword');
  }

  finish(profileName: string, path: string): void {
    if (!this.missing.size) return;
    throw new MolehuntError(
      'MH_ERR_INPUT_UNREADABLE',
      `${path}: profile "${profileName}" reads column${this.missing.size > 1 ? 's' : ''} ${[...this.missing].map((c) => `"${c}"`).join(', ')} that the file does not have (its columns: ${this.columns?.join(', ')}); rename the columns in the profile to match the file's header`,
    );
  }
}

/** The column (or template) a spec reads, to name in a quarantine entry. */
export function specSource(spec: ValueSpec, fallback: string): string {
  if (typeof spec === 'string') return spec;
  return spec.from ?? spec.template ?? fallback;
}
