/**
 * @module Dates, times and prices written in different orders, folded to one: "23 October 2025", "Oct. 23, 2025"
 * and "October 23, 2025" alike; "7:30 p.m.", "晚上7:30" and "19:30" alike; "¥5,999", "CNY 5,999" and "5,999 yuan"
 * alike. Runs on canonical tokens.
 */
import type { Token } from './tokens.js';

const months = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const currencies = new Set(['yuan', 'euro', 'dollar']);
/** Parts of the day that put an hour in the afternoon or evening. */
const afternoon = new Set(['下午', '晚上']);
const morning = new Set(['上午']);

const isNumber = (text: string) => /^\d/.test(text);

/** The month of a month's name or abbreviation ("sept" included), as a token, or undefined. */
function monthOf(text: string): string | undefined {
  const at = months.findIndex(
    (m) => text === m || text === m.slice(0, 3) || (text === 'sept' && m === 'september'),
  );
  return at >= 0 ? `month${at + 1}` : undefined;
}

/** Rewrites dates, times and prices to one order and one clock; everything else passes through. */
export function foldFormats(tokens: readonly Token[]): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const text = monthOf(token.text) ?? token.text;
    const next = tokens[i + 1];
    // "23 October" → "October 23"
    if (isNumber(text) && Number(text) <= 31 && next && monthOf(next.text)) {
      out.push({ ...next, text: monthOf(next.text)! }, token);
      i++;
      continue;
    }
    // "¥5,999", "CNY 5,999" → "5999 yuan"; "人民币5999元" → one "yuan"
    if (currencies.has(text) && next && isNumber(next.text)) {
      out.push(next, token);
      if (tokens[i + 2]?.text === text) i++;
      i++;
      continue;
    }
    const time = clockAt(tokens, i);
    if (time) {
      out.push(...time.tokens);
      i += time.length - 1;
      continue;
    }
    out.push(text === token.text ? token : { ...token, text });
  }
  return out;
}

/** An hour and minutes with a.m./p.m. or 上午/下午/晚上 around them, as 24-hour tokens. */
function clockAt(tokens: readonly Token[], at: number): { tokens: Token[]; length: number } | undefined {
  // Chinese tokens are single characters: a part of the day is two of them.
  const part = tokens[at]!.text + (tokens[at + 1]?.text ?? '');
  const before = afternoon.has(part) || morning.has(part) ? 2 : 0;
  const clock = hourAndMinute(tokens, at + before);
  if (!clock) return undefined;
  const [h, m, minute] = clock;
  const suffix = tokens[minute + 1]?.text;
  const after = suffix === 'pm' || suffix === 'am' ? 1 : suffix === 'p' || suffix === 'a' ? 2 : 0;
  if (after === 2 && tokens[minute + 2]?.text !== 'm') return undefined;
  if (before === 0 && after === 0) return undefined;
  const pm = afternoon.has(part) || suffix === 'pm' || suffix === 'p';
  const hour24 = (Number(h.text) % 12) + (pm ? 12 : 0);
  return {
    tokens: [
      { ...h, text: String(hour24) },
      { ...m, text: m.text },
    ],
    length: minute - at + 1 + after,
  };
}

/** "7", "30" or "7.30" (twelve-hour) at `at`: the hour and minute tokens, and the index of the last one. */
function hourAndMinute(tokens: readonly Token[], at: number): [Token, Token, number] | undefined {
  const first = tokens[at];
  if (!first) return undefined;
  const dotted = /^(\d{1,2})\.(\d\d)$/.exec(first.text);
  const [h, m, last] = dotted
    ? [{ ...first, text: dotted[1]! }, { ...first, text: dotted[2]! }, at]
    : [first, tokens[at + 1], at + 1];
  if (!m || !/^\d{1,2}$/.test(h.text) || !/^\d\d$/.test(m.text) || Number(h.text) > 12) return undefined;
  return [h, m, last];
}
