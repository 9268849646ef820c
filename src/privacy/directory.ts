/** @module The directory of persons: id ⇄ pseudonym, references a viewer may use, and maskers built on one trie. */
import type { Entity } from '../model/index.js';
import { identifiersOf } from './identifiers.js';
import { createMasker, type Masker, type MaskTable } from './masker.js';
import { foldKey, Matcher } from './matcher.js';
import {
  assignPseudonyms,
  hmacDigest,
  type PersonDigest,
  PSEUDONYM_LENGTH,
  pseudonymFromDigest,
} from './pseudonyms.js';

/** A car plate and the id of the person it is registered to (an `owner` relation, person → vehicle). */
export interface PlateOwner {
  plate: string;
  person: string;
}

export interface PersonDirectoryOptions {
  /** Replaces the keyed HMAC; only for tests that need a pseudonym collision. */
  digest?: PersonDigest;
}

const nobody: ReadonlySet<string> = new Set();

/**
 * Every person with their pseudonym and identifiers. Build it once per change of the person register: it holds the
 * trie every masker scans with.
 * @example
 * const directory = new PersonDirectory(persons, plates, loadOrCreatePseudonymKey(dataDir));
 * directory.masker(revealed).json(answer);
 */
export class PersonDirectory {
  private readonly digest: PersonDigest;
  private readonly pseudonyms: Map<string, string>;
  private readonly ids = new Map<string, string>();
  private readonly table: MaskTable;

  constructor(
    persons: readonly Entity[],
    plates: readonly PlateOwner[],
    key: Buffer,
    options: PersonDirectoryOptions = {},
  ) {
    this.digest = options.digest ?? hmacDigest(key);
    const identifiers = new Map<string, string[]>();
    const add = (id: string, values: string[]) =>
      identifiers.set(id, [...(identifiers.get(id) ?? []), ...values]);
    const platesOf = new Map<string, string[]>();
    for (const { plate, person } of plates) platesOf.set(person, [...(platesOf.get(person) ?? []), plate]);
    for (const person of persons) add(person.id, identifiersOf(person, platesOf.get(person.id)));
    // A plate whose owner is not in the register still names someone: mask it, and the bare id, as theirs.
    for (const [id, owned] of platesOf) {
      if (!identifiers.has(id))
        add(id, identifiersOf({ type: 'person', id, name: '', attrs: {}, source: '' }, owned));
    }

    this.pseudonyms = assignPseudonyms(identifiers.keys(), this.digest);
    for (const [id, pseudonym] of this.pseudonyms) this.ids.set(pseudonym, id);
    this.table = maskTable(identifiers, this.pseudonyms);
  }

  /** How many persons the directory knows. */
  get size(): number {
    return this.pseudonyms.size;
  }

  /** The person's pseudonym, or undefined for an id the directory does not know. */
  pseudonym(personId: string): string | undefined {
    return this.pseudonyms.get(personId);
  }

  /** The person id behind a pseudonym (any letter case), or undefined. */
  idOf(pseudonym: string): string | undefined {
    return this.ids.get(normalPseudonym(pseudonym));
  }

  /**
   * How a viewer who may see `revealed` refers to a person: the id when revealed, else the pseudonym. An id the
   * directory does not know still gets a keyed pseudonym, never itself.
   */
  refOf(personId: string, revealed: ReadonlySet<string> = nobody): string {
    if (revealed.has(personId)) return personId;
    return this.pseudonyms.get(personId) ?? pseudonymFromDigest(this.digest(personId), PSEUDONYM_LENGTH);
  }

  /**
   * The person id a viewer's reference stands for: a pseudonym always resolves; a real id only when revealed to
   * the viewer, so a masked viewer cannot probe which ids exist.
   */
  resolve(ref: string, revealed: ReadonlySet<string> = nobody): string | undefined {
    return this.idOf(ref) ?? (revealed.has(ref) ? ref : undefined);
  }

  /** A masker for a viewer who may see the persons in `revealed` (ids) and no one else. Cheap: the trie is shared. */
  masker(revealed: ReadonlySet<string> = nobody): Masker {
    return createMasker(this.table, revealed);
  }
}

/** One pattern per identifier (after case folding), owned by every person it names. */
function maskTable(identifiers: Map<string, string[]>, pseudonymOfId: Map<string, string>): MaskTable {
  const ids = [...identifiers.keys()];
  const pseudonyms = ids.map((id) => pseudonymOfId.get(id)!);
  const byKey = new Map<string, { pattern: string; owners: number[] }>();
  ids.forEach((id, person) => {
    for (const value of identifiers.get(id)!) {
      const key = foldKey(value);
      const entry = byKey.get(key);
      if (!entry) byKey.set(key, { pattern: value, owners: [person] });
      else if (!entry.owners.includes(person)) entry.owners.push(person);
    }
  });
  const entries = [...byKey.values()];
  return {
    matcher: new Matcher(entries.map((e) => e.pattern)),
    owners: entries.map((e) => e.owners),
    ids,
    pseudonyms,
  };
}

/** Upper case, with the letters Crockford reads as digits (O → 0, I and L → 1) after the `P-`. */
function normalPseudonym(ref: string): string {
  const upper = ref.trim().toUpperCase();
  if (!upper.startsWith('P-')) return upper;
  return `P-${upper.slice(2).replace(/O/g, '0').replace(/[IL]/g, '1')}`;
}
