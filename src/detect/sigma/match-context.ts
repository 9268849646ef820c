/** @module What a compiled detection reads: an event's fields by their dictionary names, and what else it may consult. */
import type { ContentMatch } from '../../leaks/index.js';
import type { Event, FieldValue } from '../../model/index.js';

/** What a rule may consult besides the event: registered values and documents, and the state of its baselines. */
export interface MatchContext {
  /** The lowercased values registered under a lookup name such as `supplier.email_domain`. */
  lookup(name: string): ReadonlySet<string>;
  /** The registered documents whose content `text` carries (none when no document is registered), for `|fingerprint`. */
  documentsIn(text: string): readonly ContentMatch[];
  /** Whether the rule's baseline `name` holds for the event (a first time, an unusual hour, a volume above usual). */
  baseline(name: string, event: Event): boolean;
}

export type EventTest = (event: Event, context: MatchContext) => boolean;

/** Reads a field of the dictionary from an event: the Event's own fields by their ECS names, else its attributes. */
export function fieldReader(name: string): (event: Event) => FieldValue | undefined {
  switch (name) {
    case 'user.id':
      return (e) => e.actor;
    case 'event.action':
      return (e) => e.action;
    case 'molehunt.kind':
      return (e) => e.kind;
    case 'event.dataset':
      return (e) => e.source;
    case 'molehunt.target':
      return (e) => e.target;
    case 'event.id':
      return (e) => e.id;
    case '@timestamp':
      return (e) => e.time;
    default:
      return (e) => e.attrs[name];
  }
}
