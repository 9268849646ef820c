/**
 * @module Everything risk needs, gathered once: the signals (attributed where their events name nobody), each person's
 * HR events and roster entry, who receives secret documents, and the priority assets signals touch. Read from the
 * store, or built from whatever facts a caller has (the CERT evaluation has no store).
 */
import type { RuleSet } from '../detect/index.js';
import { attributeText, contentMatcher } from '../leaks/index.js';
import { type Entity, type Event, formatTime, type Signal } from '../model/index.js';
import { allEntities, allSignals, type Store } from '../store/index.js';
import { type Alert, alertsFrom } from './alerts.js';
import {
  assetBooster,
  contentTexts,
  documentsCarried,
  type PriorityDocument,
  priorityDocuments,
} from './assets.js';
import { attributeToCanaryCopy, attributeToCopy, type CanaryCopy, numberedCopies } from './attribution.js';
import { boostersAt } from './boosters.js';
import { type Explanation, explain } from './explain.js';
import { groupBy } from './group.js';
import { type Attribution, type PersonRisk, type RiskModel, rankAt } from './rank.js';
import { stagesOf } from './score.js';

export interface RiskContext extends RiskModel {
  signals: Signal[];
  /** A rule's title in English and Chinese. */
  titleOf(rule: string): { en: string; zh: string };
  /** A person's name in English and Chinese, with their id; the id alone for someone the roster does not know. */
  nameOf(person: string): { en: string; zh: string };
  /** How many persons the roster holds. */
  persons: number;
  /** An event behind a signal, when it is still stored (the store's context holds them all). */
  eventOf(id: string): Event | undefined;
}

/** What risk is computed from. */
export interface RiskFacts {
  signals: readonly Signal[];
  hrEvents: readonly Event[];
  persons: readonly Entity[];
  documents: readonly Entity[];
  /** The persons a document was handed to (its distribution, or a numbered copy's recipient). */
  recipientsOf(document: string): string[];
  /** The events behind the signals, by id; those missing just lend no asset or attribution. */
  events: ReadonlyMap<string, Event>;
  /**
   * The confidential and secret documents whose content an event's texts carry (a mail body, an attachment's text, a
   * chat message), when the leak registry holds documents. Asked only of the events behind signals.
   */
  documentsIn?: (event: Event) => readonly PriorityDocument[];
  /** The recipient whose canary copy an event's text comes from; asked only of events behind signals naming nobody. */
  canaryCopyOf?: (event: Event) => CanaryCopy | undefined;
}

export async function riskContext(store: Store, rules: RuleSet, timeZone: string): Promise<RiskContext> {
  const signals = await allSignals(store);
  const hrEvents: Event[] = [];
  await store.scanEvents({ kinds: ['hr'] }, (events) => {
    hrEvents.push(...events);
  });
  const documents = await allEntities(store, 'document');
  const recipients = new Map<string, string[]>();
  for (const document of documents) {
    const relations = await store.relations(`document:${document.id}`);
    recipients.set(
      document.id,
      relations.filter((r) => r.from.startsWith('person:')).map((r) => r.from.slice('person:'.length)),
    );
  }
  const events = new Map<string, Event>();
  await store.scanEvents({ ids: [...new Set(signals.flatMap((s) => s.events))] }, (page) => {
    for (const event of page) events.set(event.id, event);
  });
  const matcher = await contentMatcher(store);
  const canary = await tracedToCanaryCopies(store, signals, events);
  return riskContextOf(
    {
      signals,
      hrEvents,
      persons: await allEntities(store, 'person'),
      documents,
      recipientsOf: (document) => recipients.get(document) ?? [],
      events,
      documentsIn: matcher && ((event) => documentsCarried(event, matcher)),
      canaryCopyOf: (event) => canary.get(event.id),
    },
    rules,
    timeZone,
  );
}

export function riskContextOf(facts: RiskFacts, rules: RuleSet, timeZone: string): RiskContext {
  const hr = groupBy(
    facts.hrEvents.filter((event) => event.actor),
    (event) => event.actor!,
  );
  const persons = new Map(facts.persons.map((person) => [person.id, person]));
  const secretRecipients = recipientsOfSecrets(facts);
  const eventsOf = (signal: Signal) => signal.events.flatMap((id) => facts.events.get(id) ?? []);

  const copies = numberedCopies(facts.documents, facts.recipientsOf);
  const attributions = new Map<string, Attribution>();
  const signals = facts.signals.map((signal) => {
    if (signal.person) return signal;
    const attributed =
      attributeToCopy(eventsOf(signal), copies) ??
      (facts.canaryCopyOf && attributeToCanaryCopy(eventsOf(signal), facts.canaryCopyOf));
    if (!attributed) return signal;
    attributions.set(signal.id, attributed.attribution);
    return { ...signal, person: attributed.person };
  });
  const documents = priorityDocuments(facts.documents);
  const assets = new Map(
    signals.map((signal) => [signal.id, assetBooster(eventsOf(signal), documents, facts.documentsIn)]),
  );

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
    assetOf: (signal) => assets.get(signal.id),
    attributionOf: (signal) => attributions.get(signal.id),
    // A rule no longer loaded keeps the title its signals were stored with.
    titleOf: (rule) =>
      titles.get(rule) ?? { en: signalTitles.get(rule) ?? rule, zh: signalTitles.get(rule) ?? rule },
    persons: persons.size,
    eventOf: (id) => facts.events.get(id),
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
function recipientsOfSecrets(facts: RiskFacts): Set<string> {
  const secret = new Set(
    facts.documents.filter((d) => d.attrs['molehunt.document.classification'] === 'secret').map((d) => d.id),
  );
  const recipients = new Set<string>();
  for (const document of facts.documents) {
    const copyOf = document.attrs['molehunt.document.copy_of'];
    if (!secret.has(document.id) && !(typeof copyOf === 'string' && secret.has(copyOf))) continue;
    for (const person of facts.recipientsOf(document.id)) recipients.add(person);
  }
  return recipients;
}

/** The ranking at `at`. */
export function riskTop(context: RiskContext, at: number): PersonRisk[] {
  return rankAt(at, context.signals, context);
}

/** The alerts open by `until`, each with its explanation. */
export function alertsAt(
  context: RiskContext,
  until: number,
  timeZone: string,
): (Alert & { explanation: Explanation })[] {
  return alertsFrom(context.signals, context, until).map((alert) => ({
    ...alert,
    explanation: explain(alert, context.nameOf(alert.person), context.titleOf, timeZone),
  }));
}

/**
 * The events behind signals that name nobody (a public post) whose text the leak registry traces to one recipient's
 * copy. Attribution is asked only of these few texts; a verdict short of naming one recipient attributes nothing.
 */
async function tracedToCanaryCopies(
  store: Store,
  signals: readonly Signal[],
  events: ReadonlyMap<string, Event>,
): Promise<Map<string, CanaryCopy>> {
  const traced = new Map<string, CanaryCopy>();
  for (const id of new Set(signals.filter((s) => !s.person).flatMap((s) => s.events))) {
    const event = events.get(id);
    for (const text of event ? contentTexts(event) : []) {
      const found = await attributeText(store, undefined, text);
      if (found.kind !== 'attributed' || found.attribution.verdict !== 'recipient') continue;
      const { document, attribution } = found;
      traced.set(id, {
        person: attribution.named[0]!,
        document: { id: document.id, title: document.title },
        probability: attribution.ranking[0]?.probability ?? 0,
      });
      break;
    }
  }
  return traced;
}
