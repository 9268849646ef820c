/** @module `molehunt stats`: what the store holds. */
import { Command } from 'commander';
import { type CommonOptions, configFrom, withCommonOptions, withStore } from './context.js';
import { formatTime, table } from './format.js';

export function statsCommand(): Command {
  return withCommonOptions(
    new Command('stats')
      .description('Show what is stored: events by kind and source, entities, imports, quarantine')
      .option('--json', 'as JSON'),
  ).action(async (options: CommonOptions & { json?: boolean }) => {
    const config = configFrom(options);
    await withStore(config, async (store) => {
      const stats = await store.stats();
      if (options.json) {
        console.log(JSON.stringify(stats, null, 2));
        return;
      }
      const span =
        stats.firstEvent === undefined || stats.lastEvent === undefined
          ? 'no events yet'
          : `${formatTime(stats.firstEvent, config.displayTimeZone)} → ${formatTime(stats.lastEvent, config.displayTimeZone)}`;
      console.log(`events       ${stats.events.toLocaleString('en')}   (${span}, ${config.displayTimeZone})`);
      console.log(`persons      ${stats.persons.toLocaleString('en')}`);
      console.log(`relations    ${stats.relations.toLocaleString('en')}`);
      console.log(`imports      ${stats.imports.toLocaleString('en')}`);
      console.log(`quarantined  ${stats.quarantined.toLocaleString('en')}   (molehunt quarantine)`);
      const counts = (title: string, record: Record<string, number>) =>
        Object.keys(record).length
          ? `\n${table(
              [title, 'count'],
              Object.entries(record).map(([k, n]) => [k, n.toLocaleString('en')]),
            )}`
          : '';
      console.log(
        counts('kind', stats.eventsByKind) +
          counts('source', stats.eventsBySource) +
          counts('entity type', stats.entitiesByType),
      );
    });
  });
}
