/** @module A Signal: what a detection rule found, as detection emits it and the store keeps it. */
import { eventId } from './ids.js';

export interface Signal {
  /** Stable: the same rule over the same events gives the same id, so detecting twice stores one signal. */
  id: string;
  /** The rule's id. */
  rule: string;
  title: string;
  level: string;
  /** The person (user.id) the signal is about, when the rule is about one. */
  person?: string;
  /** Event time of the signal: the proving event, or for an absence the moment its window closed. */
  time: number;
  /** The group-by values, by field. */
  group: Record<string, string>;
  /** The ids of the events that prove it, oldest first. */
  events: string[];
}

/** The id of a rule's signal over these events. */
export function signalId(rule: string, events: readonly string[]): string {
  return eventId(`signal:${rule}`, events.join(','));
}
