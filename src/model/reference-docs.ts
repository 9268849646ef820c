/** @module The field dictionary and the error catalogue rendered as Markdown (docs/fields.md, docs/errors.md). */
import { errorCatalogue } from './errors.js';
import { eventKinds } from './event.js';
import { attributeFields, coreFields, type FieldSpec } from './fields.js';

const generated = '<!-- Generated from src/model by `npm run docs`; edit the source, not this file. -->';

function fieldRows(fields: readonly FieldSpec[]): string[] {
  return fields.map((f) => {
    const ecs = f.name.startsWith('molehunt.') ? '' : ' (ECS)';
    return `| \`${f.name}\`${ecs} | ${f.type} | ${f.on.join(', ')} | ${f.description} |`;
  });
}

/** docs/fields.md: every field, its type, where it is used, and the actions of every kind. */
export function renderFieldsDoc(): string {
  const header = ['| field | type | used on | meaning |', '| --- | --- | --- | --- |'];
  const kinds = Object.entries(eventKinds).map(([kind, spec]) => {
    const required = spec.required.map((anyOf) => anyOf.map((f) => `\`${f}\``).join(' or ')).join('; ');
    return `| ${kind} | ${spec.actions.map((a) => `\`${a}\``).join(', ')} | ${required || '—'} |`;
  });
  return [
    '# Field dictionary',
    '',
    generated,
    '',
    'Every event and entity molehunt stores uses these names. Where the Elastic Common Schema (ECS) has a field, molehunt uses',
    "ECS's name and meaning; the rest live under `molehunt.*`. A mapping profile may write any field below, and `labels.<name>`",
    'for anything else (a keyword, as in ECS). Times are UTC epoch milliseconds; lists are written `keyword[]`, `long[]` and `text[]`.',
    '',
    '## Event core',
    '',
    'Columns of every event. In a profile, `user.id` is the `actor`, `molehunt.target` the `target`.',
    '',
    ...header,
    ...fieldRows(coreFields),
    '',
    '## Kinds and actions',
    '',
    'Each event has a kind and one of its actions; an event lacking what its kind requires is quarantined.',
    '',
    '| kind | actions | must have |',
    '| --- | --- | --- |',
    ...kinds,
    '',
    '## Attributes',
    '',
    '"entity" in *used on* means the field is also an attribute of entity records (people, areas, companies …).',
    '',
    ...header,
    ...fieldRows(attributeFields),
    '',
  ].join('\n');
}

/** docs/errors.md: every error code a user can meet. */
export function renderErrorsDoc(): string {
  const rows = Object.entries(errorCatalogue).map(
    ([code, e]) => `| \`${code}\` | ${e.status} | ${e.summary} |`,
  );
  return [
    '# Errors',
    '',
    generated,
    '',
    'Every error molehunt shows has a code. The message itself says what happened and what to do; the CLI prints the',
    'code in brackets and exits 1 (2 for a usage error); the HTTP API answers with the status below and the code in the body.',
    '',
    '| code | HTTP status | when |',
    '| --- | --- | --- |',
    ...rows,
    '',
  ].join('\n');
}
