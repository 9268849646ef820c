/** @module `molehunt profiles`: the mapping profiles there are, and what one of them says. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Command } from 'commander';
import { listProfiles, loadProfile, profileDirs } from '../ingest/index.js';
import { type CommonOptions, configFrom, withCommonOptions } from './context.js';
import { table } from './format.js';

export function profilesCommand(): Command {
  return withCommonOptions(
    new Command('profiles')
      .description('List the mapping profiles (built-in, and <data>/profiles/*.yaml), or show one')
      .argument('[name]', 'show this profile’s YAML'),
  ).action((name: string | undefined, options: CommonOptions) => {
    const dirs = profileDirs(resolve(configFrom(options).dataDir));
    const profiles = listProfiles(dirs);
    if (name) {
      loadProfile(name, dirs);
      const found = profiles.find((p) => p.name === name);
      process.stdout.write(readFileSync(found?.path ?? name, 'utf8'));
      return;
    }
    console.log(
      table(
        ['name', 'reads', 'from', 'description'],
        profiles.map((p) => [p.name, p.kind, p.builtIn ? 'built-in' : p.path, p.description]),
      ),
    );
    console.log(
      `\nWrite your own: docs/profiles.md. Put it in ${dirs[0]} or pass its path to molehunt import.`,
    );
  });
}
