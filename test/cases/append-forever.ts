/**
 * A writer to kill: opens the store in the data directory given, then adds evidence to one case as fast as it can,
 * printing the number of each append once it returned (so the test knows which ones must have survived).
 *
 *   node bin/run-ts.js test/cases/append-forever.ts <dataDir> <caseId>
 */
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { Cases } from '../../src/cases/index.js';
import { openDuckDbStore } from '../../src/store/duckdb/index.js';

const [dataDir, caseId] = process.argv.slice(2) as [string, string];
const store = await openDuckDbStore({ path: join(dataDir, 'molehunt.duckdb') });
const cases = new Cases(store, dataDir);
for (let n = 1; ; n++) {
  await cases.addEvidence(
    caseId,
    {
      kind: 'file',
      title: `camera still ${n}`,
      fileName: `still-${n}.jpg`,
      mediaType: 'image/jpeg',
      // Large enough that a kill often lands while the content is being written.
      content: randomBytes(256 * 1024),
    },
    { actor: 'writer', reason: 'crash test' },
  );
  process.stdout.write(`${n}\n`);
}
