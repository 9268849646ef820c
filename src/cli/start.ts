/** @module `molehunt start` (what `npm start` runs): opens the embedded store and says what it holds and what to do next. */
import { Command } from 'commander';
import { type CommonOptions, configFrom, databasePath, withCommonOptions, withStore } from './context.js';

export function startCommand(): Command {
  return withCommonOptions(
    new Command('start').description('Open the embedded store and show what it holds'),
  ).action(async (options: CommonOptions) => {
    const config = configFrom(options);
    await withStore(config, async (store) => {
      const stats = await store.stats();
      console.log(`molehunt — embedded store at ${databasePath(config)}`);
      console.log(
        `${stats.events.toLocaleString('en')} events, ${stats.persons.toLocaleString('en')} persons, ` +
          `${stats.imports} imports, ${stats.quarantined.toLocaleString('en')} records in quarantine`,
      );
      if (stats.events === 0) {
        console.log('\nNothing imported yet. Try:');
        console.log('  npx molehunt profiles                         the built-in mapping profiles');
        console.log('  npx molehunt import <profile> <file|dir>…     import exports through a profile');
        console.log('  npx molehunt timeline <person>                read one person across every source');
      } else {
        console.log('\nRead a person:  npx molehunt timeline <person id, mail or name>');
        console.log('What is stored: npx molehunt stats');
      }
    });
  });
}
