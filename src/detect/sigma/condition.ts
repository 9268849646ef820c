/** @module Sigma conditions: `selection and not 1 of filter*`, parsed into a tree, with the position of any mistake. */

export type Condition =
  | { op: 'ref'; name: string }
  | { op: 'not'; of: Condition }
  | { op: 'and' | 'or'; of: Condition[] }
  | { op: 'quantified'; quantity: 'one' | 'all'; pattern: string };

/** A condition that cannot be parsed, with the character it went wrong at. */
export class ConditionError extends Error {
  constructor(
    message: string,
    readonly at: number,
  ) {
    super(message);
  }
}

interface Token {
  text: string;
  at: number;
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const pattern = /\s*(\(|\)|[^\s()]+)/gy;
  let match: RegExpExecArray | null;
  let last = 0;
  // biome-ignore lint/suspicious/noAssignInExpressions: the classic exec loop
  while ((match = pattern.exec(text))) {
    tokens.push({ text: match[1]!, at: match.index + match[0].length - match[1]!.length });
    last = pattern.lastIndex;
  }
  if (text.slice(last).trim()) throw new ConditionError(`cannot read "${text.slice(last).trim()}"`, last);
  return tokens;
}

/**
 * Parses a condition. Precedence, loosest first: `or`, `and`, `not`, `x of`, parentheses, as the specification
 * gives it; keywords are case-insensitive.
 */
export function parseCondition(text: string): Condition {
  const tokens = tokenize(text);
  let i = 0;
  const peek = () => tokens[i]?.text.toLowerCase();
  const fail = (what: string): never => {
    const token = tokens[i];
    throw new ConditionError(
      token ? `${what}, found "${token.text}"` : `${what} at the end`,
      token?.at ?? text.length,
    );
  };

  const or = (): Condition => {
    const parts = [and()];
    while (peek() === 'or') {
      i++;
      parts.push(and());
    }
    return parts.length === 1 ? parts[0]! : { op: 'or', of: parts };
  };
  const and = (): Condition => {
    const parts = [not()];
    while (peek() === 'and') {
      i++;
      parts.push(not());
    }
    return parts.length === 1 ? parts[0]! : { op: 'and', of: parts };
  };
  const not = (): Condition => {
    if (peek() === 'not') {
      i++;
      return { op: 'not', of: not() };
    }
    return atom();
  };
  const atom = (): Condition => {
    const token = tokens[i];
    if (!token) return fail('expected a search identifier');
    const word = token.text.toLowerCase();
    if (word === '(') {
      i++;
      const inner = or();
      if (peek() !== ')') fail('expected ")"');
      i++;
      return inner;
    }
    if (
      (word === '1' || word === 'all' || /^\d+$/.test(word)) &&
      tokens[i + 1]?.text.toLowerCase() === 'of'
    ) {
      if (word !== '1' && word !== 'all') fail('only "1 of" and "all of" are defined');
      i += 2;
      const target = tokens[i];
      if (!target || target.text === '(' || target.text === ')')
        return fail('expected "them" or a search identifier pattern after "of"');
      i++;
      return { op: 'quantified', quantity: word === 'all' ? 'all' : 'one', pattern: target.text };
    }
    if (['and', 'or', 'not', ')'].includes(word)) return fail('expected a search identifier');
    i++;
    return { op: 'ref', name: token.text };
  };

  const tree = or();
  if (i < tokens.length) fail('expected "and", "or" or the end');
  return tree;
}
