/**
 * @module Checking a notice template before an admin saves it: that mustache can read it, and that it names only
 * the notice's variables, each where it has a value. Problems are said in plain words, with the line they are on.
 */
import Mustache from 'mustache';
import { type NoticeVariable, noticeVariables } from './variables.js';

/** The delimiters templates start with, whatever another caller set as mustache's global default. */
export const noticeTags: [string, string] = ['{{', '}}'];

type Span = [string, string, number, number, Span[]?, ...unknown[]];

/**
 * The problems with a template, each in a sentence an admin can act on; empty when it renders.
 *
 * @example checkNoticeTemplate('{{#clauses}}{{title}}') // ['the template cannot be read: the section {{#clauses}} …']
 */
export function checkNoticeTemplate(template: string): string[] {
  let spans: Span[];
  try {
    spans = Mustache.parse(template, noticeTags) as Span[];
  } catch (error) {
    return [
      `the template cannot be read: ${unreadable(error instanceof Error ? error.message : String(error), template)}`,
    ];
  }
  const problems: string[] = [];
  checkSpans(spans, [], template, problems);
  return [...new Set(problems)];
}

/** Checks the tags in `spans`; `lists` are the lists whose sections enclose them, innermost last. */
function checkSpans(spans: Span[], lists: NoticeVariable[], template: string, problems: string[]): void {
  for (const [type, name, start, , children] of spans) {
    const where = `line ${lineOf(template, start)}`;
    if (type === '>') {
      problems.push(
        `${where}: {{> ${name}}} includes another template, which notices cannot do; write the text in`,
      );
    } else if (type === 'name' || type === '&') {
      const problem = valueProblem(name, lists);
      if (problem) problems.push(`${where}: ${problem}`);
    } else if (type === '#' || type === '^') {
      const list = noticeVariables.find((variable) => variable.name === name && variable.items);
      const problem = list ? undefined : nameProblem(name, lists);
      if (problem) problems.push(`${where}: ${problem}`);
      // Inside {{^list}} the list is empty, so its entries' names have no value there.
      checkSpans(children ?? [], list && type === '#' ? [...lists, list] : lists, template, problems);
    }
  }
}

function valueProblem(name: string, lists: NoticeVariable[]): string | undefined {
  const variable = noticeVariables.find((candidate) => candidate.name === name);
  if (variable?.items) {
    return `{{${name}}} is a list: write what each entry says between {{#${name}}} and {{/${name}}}, e.g. {{#${name}}}{{${variable.items[0]!.name}}}{{/${name}}}`;
  }
  return nameProblem(name, lists, `{{${name}}}`);
}

/** Why `name` has no value where it stands, or nothing when it has one; sections also take `.` (the value itself). */
function nameProblem(
  name: string,
  lists: NoticeVariable[],
  shown = `the section {{#${name}}}`,
): string | undefined {
  if (noticeVariables.some((variable) => variable.name === name)) return undefined;
  if (lists.some((list) => list.items!.some((item) => item.name === name))) return undefined;
  if (name === '.' && lists.length > 0) return undefined;
  const owner = noticeVariables.find((list) => list.items?.some((item) => item.name === name));
  if (owner) return `${shown} has a value only between {{#${owner.name}}} and {{/${owner.name}}}`;
  return `${shown} is not a notice variable; the variables are ${variableNames()}`;
}

/** `person.name, …, clauses (number, id, title, text), …` */
function variableNames(): string {
  return noticeVariables
    .map((variable) =>
      variable.items
        ? `${variable.name} (${variable.items.map((item) => item.name).join(', ')})`
        : variable.name,
    )
    .join(', ');
}

/** Mustache's message (`Unclosed section "clauses" at 120`) said plainly, with the line, and as mustache said it. */
function unreadable(message: string, template: string): string {
  const match = /^(Unclosed tag|Unopened section|Unclosed section)(?: "(.*)")? at (\d+)$/.exec(message);
  if (!match) return `mustache says: ${message}`;
  const [, what, name, offset] = match;
  const where = `line ${lineOf(template, Number(offset))}`;
  const plain =
    what === 'Unclosed tag'
      ? `a tag opened with {{ is not closed with }} (${where})`
      : what === 'Unopened section'
        ? `{{/${name}}} closes a section that was not opened (${where})`
        : `the section {{#${name}}} is not closed with {{/${name}}} (${where})`;
  return `${plain}; mustache says: ${message}`;
}

function lineOf(template: string, offset: number): number {
  return template.slice(0, offset).split('\n').length;
}
