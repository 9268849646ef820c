/**
 * @module The Store contract suite: one set of tests every adapter runs unchanged (DuckDB here, PostgreSQL in CI).
 * It tests what the contract promises and nothing of how an adapter keeps it.
 */
import { describe } from 'vitest';
import type { Store } from './contract.js';
import { accessTests } from './suite/access.js';
import { accountingTests } from './suite/accounting.js';
import { appendTests } from './suite/append.js';
import { caseTests } from './suite/cases.js';
import { entityTests } from './suite/entities.js';
import { filterTests } from './suite/filters.js';
import { leakTests } from './suite/leaks.js';
import { pageTests } from './suite/pages.js';
import { signalTests } from './suite/signals.js';

/**
 * Registers the contract tests for one adapter. `open` must return a new, empty store each time it is called.
 *
 * @example runStoreContract('duckdb', () => openDuckDbStore({ path: join(tempDir(), 'molehunt.duckdb') }));
 */
export function runStoreContract(name: string, open: () => Promise<Store>): void {
  describe(`Store contract: ${name}`, () => {
    describe('appending events', () => appendTests(open));
    describe('selecting events', () => filterTests(open));
    describe('ordering and pages', () => pageTests(open));
    describe('entities and relations', () => entityTests(open));
    describe('imports, quarantine and stats', () => accountingTests(open));
    describe('detection signals', () => signalTests(open));
    describe('accounts, audit and unmasking', () => accessTests(open));
    describe('case ledgers', () => caseTests(open));
    describe('leak registry', () => leakTests(open));
  });
}
