/** @module `molehunt quarantine`: the records an import could not store, with file, line, field and reason. */
import { Command } from 'commander';
import type { QuarantineQuery } from '../store/index.js';
import { type CommonOptions, configFrom, withCommonOptions, withStore } from './context.js';
import { positive, printJsonLines, table } from './format.js';

interface QuarantineOptions extends CommonOptions {
  batch?: string;
  file?: string;
  limit: string;
  json?: boolean;
}

export function quarantineCommand(): Command {
  return withCommonOptions(
    new Command('quarantine')
      .description('List quarantined records: where they were, which field, and why')
      .option('--batch <id>', 'only this import batch (see `molehunt stats`)')
      .option('--file <path>', 'only records from this file (as the import named it)')
      .option('--limit <n>', 'at most this many', '100')
      .option('--json', 'one JSON record per line'),
  ).action(async (options: QuarantineOptions) => {
    const config = configFrom(options);
    await withStore(config, async (store) => {
      const query: QuarantineQuery = { limit: positive(options.limit, '--limit') };
      if (options.batch) query.batch = options.batch;
      if (options.file) query.file = options.file;
      const { items, next } = await store.quarantine(query);
      if (options.json) {
        printJsonLines(items);
        return;
      }
      if (!items.length) {
        console.log('The quarantine is empty: every record read was stored or recognised as a duplicate.');
        return;
      }
      const rows = items.map((r) => [`${r.file}:${r.line}`, r.field ?? '', r.reason, r.raw.slice(0, 60)]);
      console.log(table(['where', 'field', 'reason', 'record'], rows));
      if (next) console.log(`\nmore: raise --limit or narrow with --batch / --file`);
    });
  });
}
