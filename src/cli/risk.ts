/** @module `molehunt risk top`: people ranked by risk at a moment, with what makes it up. */
import { resolve } from 'node:path';
import { Command } from 'commander';
import { loadRules, ruleDirs } from '../detect/index.js';
import { formatTime, MolehuntError } from '../model/index.js';
import { riskContext, riskTop } from '../risk/index.js';
import { type CommonOptions, configFrom, withCommonOptions, withStore } from './context.js';
import { parseTimeOption, table } from './format.js';

interface TopOptions extends CommonOptions {
  at?: string;
  limit: string;
  json?: boolean;
}

export function riskCommand(): Command {
  const risk = new Command('risk').description('People ranked by risk, from the signals detection stored');
  withCommonOptions(
    risk
      .command('top')
      .description('The people with the highest risk at a moment, with their signals, stages and boosters')
      .option('--at <time>', 'the moment (in --tz; default: the newest signal)')
      .option('--limit <n>', 'how many people', '20')
      .option('--json', 'one JSON person per line, with every signal and booster'),
  ).action(async (options: TopOptions) => {
    const config = configFrom(options);
    const limit = Number(options.limit);
    if (!Number.isInteger(limit) || limit < 1)
      throw new MolehuntError('MH_ERR_USAGE', `--limit ${options.limit} is not a positive whole number`);
    const rules = loadRules(ruleDirs(resolve(config.dataDir)));
    const zone = config.displayTimeZone;
    const { ranked, at } = await withStore(config, async (store) => {
      const context = await riskContext(store, rules, zone);
      if (!context.signals.length) {
        throw new MolehuntError(
          'MH_ERR_USAGE',
          'no signals are stored yet: import events (detection runs after each import) or run `molehunt import` without --no-detect',
        );
      }
      const at = options.at
        ? parseTimeOption(options.at, zone, '--at')
        : Math.max(...context.signals.map((s) => s.time));
      return { ranked: riskTop(context, at).slice(0, limit), at };
    });
    if (options.json) {
      for (const person of ranked) process.stdout.write(`${JSON.stringify(person)}\n`);
      return;
    }
    console.log(`risk at ${formatTime(at, zone)} (${zone})\n`);
    console.log(
      table(
        ['rank', 'person', 'risk', 'signals', 'stages', 'boosters'],
        ranked.map((p, i) => [
          String(i + 1),
          p.person,
          p.risk.toFixed(1),
          String(p.signals.length),
          p.stages.join(', '),
          p.boosters.map((b) => `×${b.factor} ${b.reason}`).join('; '),
        ]),
      ),
    );
  });
  return risk;
}
