/**
 * @module Priority assets: restricted areas and registered confidential or secret documents. A signal whose events
 * enter such an area or carry such a document (its file, or its content in a mail, an attachment's text or a chat
 * message) weighs more, with the asset named as the reason.
 */
import type { ContentMatcher } from '../leaks/index.js';
import type { Entity, Event } from '../model/index.js';
import type { Booster } from './boosters.js';

/** `molehunt.area.level` of a restricted area (prototype labs). */
export const RESTRICTED_LEVEL = 3;

const factors = { restricted_area: 1.3, confidential: 1.3, secret: 1.5 } as const;

/** A registered confidential or secret document, found by its content hash. */
export interface PriorityDocument {
  id: string;
  title: string;
  classification: 'confidential' | 'secret';
}

/**
 * The registered documents worth protecting, by SHA-256. A numbered copy takes its original's classification, so a
 * copy's own hash counts as the document.
 */
export function priorityDocuments(documents: readonly Entity[]): Map<string, PriorityDocument> {
  const classification = new Map(documents.map((d) => [d.id, d.attrs['molehunt.document.classification']]));
  const byHash = new Map<string, PriorityDocument>();
  for (const document of documents) {
    const copyOf = document.attrs['molehunt.document.copy_of'];
    const level = classification.get(typeof copyOf === 'string' ? copyOf : document.id);
    const hash = document.attrs['file.hash.sha256'];
    if ((level === 'confidential' || level === 'secret') && typeof hash === 'string')
      byHash.set(hash, { id: document.id, title: document.name, classification: level });
  }
  return byHash;
}

/** The texts of an event where a registered document's content may turn up. */
const contentFields = ['message', 'molehunt.email.attachment_text'] as const;

/** The texts of an event where registered content may be: a message, a mail body, each attachment's text. */
export function contentTexts(event: Event): string[] {
  return contentFields.flatMap((field) => {
    const value = event.attrs[field];
    return (Array.isArray(value) ? value : [value]).filter(
      (text): text is string => typeof text === 'string' && text !== '',
    );
  });
}

/** The confidential and secret documents of the leak registry whose content the event's texts carry. */
export function documentsCarried(event: Event, matcher: ContentMatcher): PriorityDocument[] {
  const found = new Map<string, PriorityDocument>();
  for (const text of contentTexts(event)) {
    for (const { id, title, classification } of matcher(text))
      if (classification !== 'internal') found.set(id, { id, title, classification });
  }
  return [...found.values()];
}

/**
 * The strongest priority asset the events touch, as a booster of the signal they make up. `documentsIn` names the
 * documents whose content an event carries, when documents are registered.
 */
export function assetBooster(
  events: readonly Event[],
  documents: ReadonlyMap<string, PriorityDocument>,
  documentsIn?: (event: Event) => readonly PriorityDocument[],
): Booster | undefined {
  const found: Booster[] = [];
  for (const event of events) {
    const level = event.attrs['molehunt.area.level'];
    if (typeof level === 'number' && level >= RESTRICTED_LEVEL) {
      const named = event.attrs['molehunt.area'] ?? event.target;
      const area = typeof named === 'string' ? named : 'a restricted area';
      found.push(asset(factors.restricted_area, `in restricted area ${area}`, `进入管制区域 ${area}`, event));
    }
    for (const hash of hashesOf(event)) {
      const document = documents.get(hash);
      if (!document) continue;
      const zh = document.classification === 'secret' ? '绝密' : '机密';
      found.push(
        asset(
          factors[document.classification],
          `touches the ${document.classification} document ${document.id} (${document.title})`,
          `涉及${zh}文件 ${document.id}（${document.title}）`,
          event,
        ),
      );
    }
    for (const document of documentsIn?.(event) ?? []) {
      const zh = document.classification === 'secret' ? '绝密' : '机密';
      found.push(
        asset(
          factors[document.classification],
          `carries the ${document.classification} document ${document.id} (${document.title})`,
          `含有${zh}文件 ${document.id}（${document.title}）的内容`,
          event,
        ),
      );
    }
  }
  return found.sort((a, b) => b.factor - a.factor)[0];
}

function asset(factor: number, reason: string, reasonZh: string, event: Event): Booster {
  return { kind: 'priority_asset', factor, reason, reasonZh, event: event.id, since: event.time };
}

function hashesOf(event: Event): string[] {
  const single = event.attrs['file.hash.sha256'];
  const attached = event.attrs['email.attachments.file.hash.sha256'];
  return [
    ...(typeof single === 'string' ? [single] : []),
    ...(Array.isArray(attached) ? attached.map(String) : []),
  ];
}
