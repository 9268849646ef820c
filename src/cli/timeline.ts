/** @module `molehunt timeline`: one person's events from every source, in time order. */
import { Command } from 'commander';
import { describeEvent, type EventKind, eventKindNames, MolehuntError } from '../model/index.js';
import type { EventQuery } from '../store/index.js';
import { type CommonOptions, configFrom, withCommonOptions, withStore } from './context.js';

import { formatTime, parseTimeOption, positive, printJsonLines, table } from './format.js';
import { resolvePerson } from './person.js';

interface TimelineOptions extends CommonOptions {
  from?: string;
  to?: string;
  kinds?: string;
  limit: string;
  json?: boolean;
}

export function timelineCommand(): Command {
  return withCommonOptions(
    new Command('timeline')
      .description("Show a person's events from all sources in time order")
      .argument('<person>', 'person id, mail address or name (汉字, pinyin or English)')
      .option('--from <time>', 'start, inclusive: 2025-09-01 or 2025-09-01T21:00 (in --tz)')
      .option('--to <time>', 'end, exclusive')
      .option('--kinds <list>', `only these kinds, comma-separated: ${eventKindNames.join(',')}`)
      .option('--limit <n>', 'at most this many events', '1000')
      .option('--json', 'one JSON event per line instead of a table'),
  ).action(async (typed: string, options: TimelineOptions) => {
    const config = configFrom(options);
    await withStore(config, async (store) => {
      const actor = await resolvePerson(store, typed);
      const query: EventQuery = { actor, limit: positive(options.limit, '--limit') };
      if (options.from) query.from = parseTimeOption(options.from, config.displayTimeZone, '--from');
      if (options.to) query.to = parseTimeOption(options.to, config.displayTimeZone, '--to');
      if (options.kinds) query.kinds = kinds(options.kinds);
      const { items } = await store.events(query);
      if (options.json) {
        printJsonLines(items);
        return;
      }
      const rows = items.map((e) => [
        formatTime(e.time, config.displayTimeZone),
        e.source,
        e.action,
        e.target ?? '',
        describeEvent(e),
      ]);
      console.log(table(['time', 'source', 'action', 'target', 'details'], rows));
      console.log(`\n${items.length} events for ${actor}, times in ${config.displayTimeZone}`);
    });
  });
}

function kinds(list: string): EventKind[] {
  const asked = list.split(',').map((k) => k.trim());
  const unknown = asked.filter((k) => !(eventKindNames as string[]).includes(k));
  if (unknown.length) {
    throw new MolehuntError(
      'MH_ERR_USAGE',
      `--kinds: unknown ${unknown.join(', ')}; use ${eventKindNames.join(', ')}`,
    );
  }
  return asked as EventKind[];
}
