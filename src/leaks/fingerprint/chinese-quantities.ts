/**
 * @module Chinese quantities written in words or in another unit, folded to the digits and units a spec sheet
 * also uses: 百分之九十二 → 92 percent, 5000万像素 → 50 mp, 两 → 2, 人民币 → yuan.
 */
import type { Token } from './tokens.js';

const digits: Readonly<Record<string, number>> = {
  零: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** Rewrites the Chinese quantities in a token list; everything else passes through. */
export function foldChineseQuantities(tokens: readonly Token[]): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; ) {
    const percent = spokenPercent(tokens, i);
    const pixels = percent ? undefined : megapixels(tokens, i);
    const folded = percent ?? pixels;
    if (folded) {
      const last = tokens[i + folded.length - 1]!;
      out.push({ text: folded.number, start: tokens[i]!.start, end: last.end });
      out.push({ text: folded.unit, start: last.end, end: last.end });
      i += folded.length;
      continue;
    }
    const currency = text(tokens, i, 3) === '人民币' ? 3 : text(tokens, i, 2) === '欧元' ? 2 : 0;
    if (currency > 0) {
      const last = tokens[i + currency - 1]!;
      out.push({ text: currency === 3 ? 'yuan' : 'euro', start: tokens[i]!.start, end: last.end });
      i += currency;
      continue;
    }
    const token = tokens[i]!;
    const digit = token.text !== '一' && token.text !== '零' ? digits[token.text] : undefined;
    out.push(digit === undefined ? token : { ...token, text: token.text === '十' ? '10' : String(digit) });
    i++;
  }
  return out;
}

interface Folded {
  readonly number: string;
  readonly unit: string;
  readonly length: number;
}

/** 百分之 followed by a number below 100 in words, or 百分之百. */
function spokenPercent(tokens: readonly Token[], at: number): Folded | undefined {
  if (text(tokens, at, 3) !== '百分之') return undefined;
  if (tokens[at + 3]?.text === '百') return { number: '100', unit: 'percent', length: 4 };
  let length = 0;
  let value = 0;
  let current = 0;
  for (let k = at + 3; k < tokens.length; k++) {
    const t = tokens[k]!.text;
    if (t === '十') {
      value += (current || 1) * 10;
      current = 0;
    } else if (digits[t] !== undefined) current = digits[t]!;
    else break;
    length++;
  }
  return length === 0 ? undefined : { number: String(value + current), unit: 'percent', length: 3 + length };
}

/** A number of 万 or 亿 pixels, as megapixels. */
function megapixels(tokens: readonly Token[], at: number): Folded | undefined {
  const n = Number(tokens[at]!.text);
  const scale = text(tokens, at + 1, 3);
  if (!/^\d+$/.test(tokens[at]!.text) || (scale !== '万像素' && scale !== '亿像素')) return undefined;
  return { number: String(scale === '万像素' ? n / 100 : n * 100), unit: 'mp', length: 4 };
}

function text(tokens: readonly Token[], at: number, length: number): string {
  return tokens
    .slice(at, at + length)
    .map((t) => t.text)
    .join('');
}
