/** @module Finding the person a user means: by id, by mail address, or by a name in any script. */
import { type Entity, MolehuntError } from '../model/index.js';
import type { Store } from '../store/index.js';

/**
 * The person id for what a user typed: a person id, an e-mail address, or a name (周晨, Zhou Chen, Kevin Zhou).
 * A name shared by several people is an error listing them, so the user can pick one by id.
 */
export async function resolvePerson(store: Store, typed: string): Promise<string> {
  const query = typed.trim();
  if (await store.entity('person', query)) return query;
  const byName = await store.findEntities({ type: 'person', name: query, limit: 20 });
  const byMail = query.includes('@')
    ? await store.findEntities({ type: 'person', attrs: { 'user.email': query } })
    : [];
  const found = unique([...byName, ...byMail]);
  if (found.length === 1 && found[0]) return found[0].id;
  if (found.length > 1) {
    const list = found.map((p) => `${p.id} (${p.name})`).join(', ');
    throw new MolehuntError(
      'MH_ERR_PERSON_UNKNOWN',
      `"${query}" matches several people: ${list}; give the id`,
    );
  }
  // Events may name people the registry does not know yet (no roster imported): accept a bare actor id.
  if ((await store.countEvents({ actor: query })) > 0) return query;
  throw new MolehuntError(
    'MH_ERR_PERSON_UNKNOWN',
    `no person "${query}": give a person id, a mail address or a name; \`molehunt stats\` shows what is imported`,
  );
}

function unique(people: Entity[]): Entity[] {
  return [...new Map(people.map((p) => [p.id, p])).values()];
}
