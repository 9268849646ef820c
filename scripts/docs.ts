/** @module Writes the generated reference pages (docs/fields.md, docs/errors.md) from the model. */
import { writeFileSync } from 'node:fs';
import { renderErrorsDoc, renderFieldsDoc } from '../src/model/index.js';

writeFileSync(new URL('../docs/fields.md', import.meta.url), renderFieldsDoc());
writeFileSync(new URL('../docs/errors.md', import.meta.url), renderErrorsDoc());
console.log('wrote docs/fields.md and docs/errors.md');
