/** @module Where a baseline stands: a person's peer group and the local clock, supplied by whoever runs the engine. */
import { zoneOffsetMs } from '../../model/index.js';

export interface BaselineEnvironment {
  /** The person's peer group (their department), or undefined when the registry does not say. */
  peerGroup(person: string): string | undefined;
  /** The local hour (0–23) and day number of an instant. */
  hour(time: number): number;
  day(time: number): number;
}

const HOUR = 3_600_000;

/** Peer groups from a person → group map, local time in `timeZone`. */
export function baselineEnvironment(
  timeZone: string,
  peerGroups: ReadonlyMap<string, string> = new Map(),
): BaselineEnvironment {
  const local = (time: number) => time + zoneOffsetMs(time, timeZone);
  return {
    peerGroup: (person) => peerGroups.get(person),
    hour: (time) => ((Math.floor(local(time) / HOUR) % 24) + 24) % 24,
    day: (time) => Math.floor(local(time) / (24 * HOUR)),
  };
}
