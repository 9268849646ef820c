import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderErrorsDoc, renderFieldsDoc } from '../src/model/index.js';

const read = (name: string) => readFileSync(new URL(`../docs/${name}`, import.meta.url), 'utf8');

describe('generated reference docs', () => {
  it('docs/fields.md matches the field dictionary (run `npm run docs` after changing src/model)', () => {
    expect(read('fields.md')).toBe(renderFieldsDoc());
  });

  it('docs/errors.md matches the error catalogue (run `npm run docs` after changing src/model/errors.ts)', () => {
    expect(read('errors.md')).toBe(renderErrorsDoc());
  });
});
