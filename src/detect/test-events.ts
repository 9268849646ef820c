/** @module Events for the detection unit tests: numbered ids, a fixed source, times as offsets from a start. */
import type { Event } from '../model/index.js';

/** An event builder whose times are `start + at × unitMs`; each event gets the next numbered UUID. */
export function eventMaker(start: number, unitMs: number) {
  let n = 0;
  return (
    kind: Event['kind'],
    action: string,
    at: number,
    actor: string,
    attrs: Event['attrs'] = {},
  ): Event => {
    n += 1;
    return {
      id: `00000000-0000-8000-8000-${String(n).padStart(12, '0')}`,
      time: start + at * unitMs,
      source: 'test',
      kind,
      action,
      actor,
      attrs,
      raw: { batch: 'b', file: 'f', line: n },
    };
  };
}
