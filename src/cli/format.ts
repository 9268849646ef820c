/** @module Printing for people and reading their flags: times in a chosen zone, aligned tables, JSON lines, whole numbers. */
import { MolehuntError, wallTimeToUtc } from '../model/index.js';

export { formatTime } from '../model/index.js';

/** Display width of a string: CJK and other wide characters take two columns in a terminal. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    const wide =
      (code >= 0x1100 && code <= 0x115f) ||
      (code >= 0x2e80 && code <= 0xa4cf) ||
      (code >= 0xac00 && code <= 0xd7a3) ||
      (code >= 0xf900 && code <= 0xfaff) ||
      (code >= 0xfe30 && code <= 0xfe4f) ||
      (code >= 0xff00 && code <= 0xff60) ||
      (code >= 0xffe0 && code <= 0xffe6) ||
      (code >= 0x20000 && code <= 0x3fffd);
    width += wide ? 2 : 1;
  }
  return width;
}

/** Rows as an aligned text table with a header line. */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, i) =>
    Math.max(displayWidth(h), ...rows.map((r) => displayWidth(r[i] ?? ''))),
  );
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, i) =>
        i === cells.length - 1 ? cell : cell + ' '.repeat((widths[i] ?? 0) - displayWidth(cell)),
      )
      .join('  ')
      .trimEnd();
  return [line(header), ...rows.map(line)].join('\n');
}

/** Parses a --from/--to value: an ISO date or date-time, read in `timeZone` when it has no offset. */
export function parseTimeOption(value: string, timeZone: string, flag: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?$/.exec(value.trim());
  if (!match) {
    const direct = Date.parse(value);
    if (Number.isFinite(direct) && /[zZ]|[+-]\d{2}:?\d{2}$/.test(value)) return direct;
    throw new MolehuntError(
      'MH_ERR_USAGE',
      `${flag} "${value}" is not a time; write 2025-09-01 or 2025-09-01T21:30 (read in ${timeZone})`,
    );
  }
  const [, y, mo, d, h = '0', mi = '0', s = '0'] = match;
  return wallTimeToUtc(
    Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s)),
    timeZone,
  );
}

/** A positive whole number from a flag, or a usage error naming the flag. */
export function positive(value: string, flag: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0)
    throw new MolehuntError('MH_ERR_USAGE', `${flag} must be a whole number above 0`);
  return n;
}

/** One JSON value per line on stdout (`--json`), for `jq` and friends. */
export function printJsonLines(items: Iterable<unknown>): void {
  for (const item of items) process.stdout.write(`${JSON.stringify(item)}\n`);
}
