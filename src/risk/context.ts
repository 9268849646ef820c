/** @module What risk reads from the store: the stored signals, each person's HR events and roster entry, and who receives secret documents. */
import type { RuleSet } from '../detect/index.js';
import { type Event, formatTime, type Signal } from '../model/index.js';
import { allEntities, allSignals, type Store } from '../store/index.js';
import { type Alert, alertsFrom } from './alerts.js';
import { type Booster, boostersAt } from './boosters.js';
import { type Explanation, explain } from './explain.js';
import { type PersonRisk, rankAt } from './rank.js';
import { type Stage, stagesOf } from './score.js';

export interface RiskContext {
  signals: Signal[];
  stagesOf(rule: string): Stage[];
  boostersOf(person: string, at: number): Booster[];
  /** A rule's title in English and Chinese. */
  titleOf(rule: string): { en: string; zh: string };
  /** A person's name in English and Chinese, with their id; the id alone for someone the roster does not know. */
  nameOf(person: string): { en: string; zh: string };
  /** How many persons the roster holds. */
  persons: number;
}

export async function riskContext(store: Store, rules: RuleSet, timeZone: string): Promise<RiskContext> {
  const signals = await allSignals(store);
  const hr = new Map<string, Event[]>();
  await store.scanEvents({ kinds: ['hr'] }, (events) => {
    for (const event of events) {
      if (!event.actor) continue;
      const list = hr.get(event.actor) ?? [];
      list.push(event);
      hr.set(event.actor, list);
    }
  });
  const persons = new Map((await allEntities(store, 'person')).map((person) => [person.id, person]));
  const secretRecipients = await recipientsOfSecrets(store);
  const all = [...rules.detections, ...rules.correlations];
  const stages = new Map(all.map((r) => [r.id, stagesOf(r.tags)]));
  const titles = new Map(all.map((r) => [r.id, { en: r.title, zh: r.titleZh ?? r.title }]));
  const signalTitles = new Map(signals.map((s) => [s.rule, s.title]));
  const dateOf = (time: number) => formatTime(time, timeZone).slice(0, 10);
  return {
    signals,
    stagesOf: (rule) => stages.get(rule) ?? [],
    boostersOf: (person, at) =>
      boostersAt(at, hr.get(person) ?? [], persons.get(person), secretRecipients.has(person), dateOf),
    // A rule no longer loaded keeps the title its signals were stored with.
    titleOf: (rule) =>
      titles.get(rule) ?? { en: signalTitles.get(rule) ?? rule, zh: signalTitles.get(rule) ?? rule },
    persons: persons.size,
    nameOf: (person) => {
      const names = persons.get(person)?.names;
      return {
        en: names?.en ? `${names.en} (${person})` : person,
        zh: names?.zh ? `${names.zh}（${person}）` : person,
      };
    },
  };
}

/** People on the distribution of a secret document or holding a numbered copy of one. */
async function recipientsOfSecrets(store: Store): Promise<Set<string>> {
  const recipients = new Set<string>();
  const documents = await allEntities(store, 'document');
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

/** The alerts open by `until`, each with its explanation. */
export function alertsAt(
  context: RiskContext,
  until: number,
  timeZone: string,
): (Alert & { explanation: Explanation })[] {
  return alertsFrom(context.signals, context.stagesOf, context.boostersOf, until).map((alert) => ({
    ...alert,
    explanation: explain(alert, context.nameOf(alert.person), context.titleOf, timeZone),
  }));
}
