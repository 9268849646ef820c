/**
 * @module Signals whose events name nobody, attributed to a person: a public post that quotes the wording only one
 * numbered copy of a document has, or a text the leak registry traces to one recipient's canary copy, counts against
 * that recipient. It is a lead, not proof; the explanation says so and names the copy.
 */
import type { Entity, Event } from '../model/index.js';
import type { Attribution } from './rank.js';

export interface NumberedCopy {
  id: string;
  /** The sentence only this copy has. */
  marker: string;
  recipients: string[];
}

/** Numbered copies with their marker sentences; `recipientsOf` gives the persons a document was handed to. */
export function numberedCopies(
  documents: readonly Entity[],
  recipientsOf: (document: string) => string[],
): NumberedCopy[] {
  return documents.flatMap((document) => {
    const marker = document.attrs['molehunt.document.marker'];
    if (typeof marker !== 'string' || !marker.trim()) return [];
    return [{ id: document.id, marker, recipients: recipientsOf(document.id) }];
  });
}

/** The recipient of the one copy whose marker the events quote; nobody when no copy, or several, match. */
export function attributeToCopy(
  events: readonly Event[],
  copies: readonly NumberedCopy[],
): { person: string; attribution: Attribution } | undefined {
  const texts = events.flatMap((event) => Object.values(event.attrs).filter((v) => typeof v === 'string'));
  const quoted = copies.filter((copy) => texts.some((text) => text.includes(copy.marker)));
  const [copy] = quoted;
  if (quoted.length !== 1 || copy?.recipients.length !== 1) return undefined;
  const [person] = copy.recipients as [string];
  return {
    person,
    attribution: {
      reason: `quotes the wording only numbered copy ${copy.id} has, which ${person} received`,
      reasonZh: `引用了仅编号副本 ${copy.id} 才有的措辞，该副本的接收人是 ${person}`,
    },
  };
}

/** A text traced by the leak registry to one recipient's copy of a distributed document. */
export interface CanaryCopy {
  person: string;
  document: { id: string; title: string };
  /** The posterior that the text comes from this recipient's copy. */
  probability: number;
}

/** The recipient the events' texts are traced to, when they are all traced to the same one. */
export function attributeToCanaryCopy(
  events: readonly Event[],
  traced: (event: Event) => CanaryCopy | undefined,
): { person: string; attribution: Attribution } | undefined {
  const found = events.flatMap((event) => traced(event) ?? []);
  const [copy] = found;
  if (!copy || found.some((other) => other.person !== copy.person)) return undefined;
  const { person, document, probability } = copy;
  const percent = `${(Math.min(probability, 0.9999) * 100).toFixed(2)}%`;
  return {
    person,
    attribution: {
      reason: `carries ${document.id} (${document.title}) in the wording of ${person}'s copy (${percent} by the canary trap)`,
      reasonZh: `以 ${person} 所持副本的措辞含有 ${document.id}（${document.title}）的内容（金丝雀陷阱判定 ${percent}）`,
    },
  };
}
