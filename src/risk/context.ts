/** @module What risk reads from the store: the stored signals, each person's HR events and roster entry, and who receives secret documents. */
import type { RuleSet } from '../detect/index.js';
import { type Entity, type Event, formatTime, type Signal } from '../model/index.js';
import type { Store } from '../store/index.js';
import { type Booster, boostersAt } from './boosters.js';
import { type PersonRisk, rankAt } from './rank.js';
import { type Stage, stagesOf } from './score.js';

export interface RiskContext {
  signals: Signal[];
  stagesOf(rule: string): Stage[];
  boostersOf(person: string, at: number): Booster[];
}

export async function riskContext(store: Store, rules: RuleSet, timeZone: string): Promise<RiskContext> {
  const signals: Signal[] = [];
  for (let after: string | undefined, first = true; first || after; first = false) {
    const page = await store.signals({ limit: 10_000, ...(after ? { after } : {}) });
    signals.push(...page.items);
    after = page.next;
  }
  const hr = new Map<string, Event[]>();
  await store.scanEvents({ kinds: ['hr'] }, (events) => {
    for (const event of events) {
      if (!event.actor) continue;
      const list = hr.get(event.actor) ?? [];
      list.push(event);
      hr.set(event.actor, list);
    }
  });
  const persons = new Map<string, Entity>();
  for (let afterId: string | undefined, first = true; first || afterId; first = false) {
    const page = await store.findEntities({ type: 'person', limit: 10_000, ...(afterId ? { afterId } : {}) });
    for (const person of page) persons.set(person.id, person);
    afterId = page.length === 10_000 ? page.at(-1)!.id : undefined;
  }
  const secretRecipients = await recipientsOfSecrets(store);
  const stages = new Map([...rules.detections, ...rules.correlations].map((r) => [r.id, stagesOf(r.tags)]));
  const dateOf = (time: number) => formatTime(time, timeZone).slice(0, 10);
  return {
    signals,
    stagesOf: (rule) => stages.get(rule) ?? [],
    boostersOf: (person, at) =>
      boostersAt(at, hr.get(person) ?? [], persons.get(person), secretRecipients.has(person), dateOf),
  };
}

/** People on the distribution of a secret document or holding a numbered copy of one. */
async function recipientsOfSecrets(store: Store): Promise<Set<string>> {
  const recipients = new Set<string>();
  const documents = await store.findEntities({ type: 'document', limit: 10_000 });
  const secret = new Set(
    documents.filter((d) => d.attrs['molehunt.document.classification'] === 'secret').map((d) => d.id),
  );
  for (const document of documents) {
    const copyOf = document.attrs['molehunt.document.copy_of'];
    if (!secret.has(document.id) && !(typeof copyOf === 'string' && secret.has(copyOf))) continue;
    for (const relation of await store.relations(`document:${document.id}`)) {
      if (relation.from.startsWith('person:')) recipients.add(relation.from.slice('person:'.length));
    }
  }
  return recipients;
}

/** The ranking at `at`. */
export function riskTop(context: RiskContext, at: number): PersonRisk[] {
  return rankAt(at, context.signals, context.stagesOf, (person) => context.boostersOf(person, at));
}
