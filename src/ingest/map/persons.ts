/** @module Resolving who a record is about: an employee number, a mail address or a name, to the person's id. */
import type { Entity } from '../../model/index.js';

export type ResolveBy = 'id' | 'email' | 'name';

/**
 * An in-memory index of persons, built once per import so that resolving an actor costs a map lookup.
 * Keys are compared without case and surrounding spaces. A name shared by two persons resolves to neither.
 */
export class PersonIndex {
  private readonly byKey: Map<string, string | null>[];
  /** Values that matched no single person, to report after the import. */
  readonly unresolved = new Set<string>();

  constructor(persons: readonly Entity[], order: readonly ResolveBy[]) {
    this.byKey = order.map((by) => {
      const index = new Map<string, string | null>();
      for (const person of persons) {
        for (const key of keysOf(person, by)) {
          const normal = key.trim().toLowerCase();
          const known = index.get(normal);
          index.set(normal, known === undefined || known === person.id ? person.id : null);
        }
      }
      return index;
    });
  }

  /** The person id for a value, or undefined when no single person matches. */
  resolve(value: string): string | undefined {
    const normal = value.trim().toLowerCase();
    for (const index of this.byKey) {
      const id = index.get(normal);
      if (id) return id;
    }
    this.unresolved.add(value);
    return undefined;
  }
}

function keysOf(person: Entity, by: ResolveBy): string[] {
  if (by === 'id') return [person.id];
  if (by === 'email') {
    const email = person.attrs['user.email'];
    return Array.isArray(email) ? email.map(String) : email ? [String(email)] : [];
  }
  const names = person.names;
  return [person.name, names?.zh, names?.pinyin, names?.en, ...(names?.aliases ?? [])].filter(
    (n): n is string => Boolean(n),
  );
}
