/** @module One Sigma field comparison: a value and its modifiers compiled into a test of one event value. */

export type Scalar = string | number | boolean;
export type ValueTest = (value: Scalar) => boolean;

/** A modifier or value a rule uses that molehunt cannot run, with what to write instead. */
export class RuleError extends Error {}

const supported = new Set([
  'contains',
  'startswith',
  'endswith',
  'all',
  're',
  'i',
  'm',
  's',
  'cidr',
  'exists',
  'gt',
  'gte',
  'lt',
  'lte',
  'cased',
]);

/** Sigma's wildcards: `*` any run, `?` one character, `\*` `\?` `\\` literal. */
function wildcardSource(value: string, anchorStart: boolean, anchorEnd: boolean): string {
  let source = '';
  for (let i = 0; i < value.length; i++) {
    const c = value[i]!;
    if (c === '\\' && i + 1 < value.length && '*?\\'.includes(value[i + 1]!)) {
      source += `\\${value[++i]}`;
    } else if (c === '*') source += '.*';
    else if (c === '?') source += '.';
    else source += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return `${anchorStart ? '^' : ''}${source}${anchorEnd ? '$' : ''}`;
}

/** Compiles one value under the modifiers; `exists` is handled by the caller, as it tests the field, not a value. */
export function compileValue(value: unknown, modifiers: readonly string[]): ValueTest {
  for (const m of modifiers) {
    if (!supported.has(m)) {
      throw new RuleError(
        `the modifier "${m}" is not supported; use contains, startswith, endswith, re, cidr, gt/gte/lt/lte, exists, all, cased, lookup or fingerprint`,
      );
    }
  }
  const has = (m: string) => modifiers.includes(m);
  for (const op of ['gt', 'gte', 'lt', 'lte'] as const) {
    if (!has(op)) continue;
    const bound = typeof value === 'number' ? value : Number(value);
    if (!Number.isFinite(bound)) throw new RuleError(`"${op}" needs a number, not "${value}"`);
    return (v) => {
      const n = typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : Number.NaN;
      if (Number.isNaN(n)) return false;
      return op === 'gt' ? n > bound : op === 'gte' ? n >= bound : op === 'lt' ? n < bound : n <= bound;
    };
  }
  if (has('re')) {
    if (typeof value !== 'string')
      throw new RuleError(`"re" needs a regular expression string, not ${JSON.stringify(value)}`);
    const flags = `${has('i') ? 'i' : ''}${has('m') ? 'm' : ''}${has('s') ? 's' : ''}`;
    let regex: RegExp;
    try {
      regex = new RegExp(value, flags);
    } catch (error) {
      throw new RuleError(`"${value}" is not a regular expression: ${(error as Error).message}`);
    }
    return (v) => typeof v === 'string' && regex.test(v);
  }
  if (has('cidr')) return cidrTest(String(value));
  if (value === null) return () => false;
  if (typeof value === 'number' || typeof value === 'boolean') {
    // A number matches the number or its text; a boolean matches the boolean or "true"/"false".
    const text = String(value).toLowerCase();
    return (v) => v === value || (typeof v === 'string' && v.trim().toLowerCase() === text);
  }
  if (typeof value !== 'string')
    throw new RuleError(
      `a value must be a string, a number, a boolean or null, not ${JSON.stringify(value)}`,
    );
  const text = has('contains')
    ? `*${value}*`
    : has('startswith')
      ? `${value}*`
      : has('endswith')
        ? `*${value}`
        : value;
  const cased = has('cased');
  if (!/[*?]/.test(text)) {
    if (cased) return (v) => String(v) === text;
    const lower = text.toLowerCase();
    return (v) => String(v).toLowerCase() === lower;
  }
  const regex = new RegExp(wildcardSource(text, true, true), cased ? 's' : 'is');
  return (v) => regex.test(String(v));
}

function cidrTest(cidr: string): ValueTest {
  const [base, bits = '32'] = cidr.split('/');
  const prefix = Number(bits);
  const start = ipv4(base ?? '');
  if (start === undefined || !Number.isInteger(prefix) || prefix < 0 || prefix > 32) {
    throw new RuleError(`"${cidr}" is not an IPv4 CIDR such as 10.12.0.0/16`);
  }
  const mask = prefix === 0 ? 0 : (~0 << (32 - prefix)) >>> 0;
  return (v) => {
    const ip = typeof v === 'string' ? ipv4(v) : undefined;
    return ip !== undefined && (ip & mask) >>> 0 === (start & mask) >>> 0;
  };
}

function ipv4(text: string): number | undefined {
  const parts = text.trim().split('.');
  if (parts.length !== 4) return undefined;
  let n = 0;
  for (const part of parts) {
    const octet = Number(part);
    if (!/^\d{1,3}$/.test(part) || octet > 255) return undefined;
    n = n * 256 + octet;
  }
  return n >>> 0;
}
