/** @module Sigma timespans: `90s`, `10m`, `1h`, `2d`. */

const units: Record<string, number> = { s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };

/** `90m`, `1h`, `2d` in milliseconds; undefined for anything else. */
export function parseTimespan(text: unknown): number | undefined {
  const match = /^(\d+)([smhd])$/.exec(String(text));
  return match ? Number(match[1]) * units[match[2]!]! : undefined;
}
