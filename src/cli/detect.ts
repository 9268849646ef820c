/** @module `molehunt detect` and `molehunt rules`: the rule pack over the store, and the rules themselves. */
import { Command } from 'commander';
import { builtInRuleDir, detectInStore, loadRules } from '../detect/index.js';
import { formatTime, MolehuntError } from '../model/index.js';
import { type CommonOptions, configFrom, withCommonOptions, withStore } from './context.js';
import { parseTimeOption, table } from './format.js';

interface DetectOptions extends CommonOptions {
  rules?: string[];
  from?: string;
  to?: string;
  json?: boolean;
}

export function detectCommand(): Command {
  return withCommonOptions(
    new Command('detect')
      .description('Run the rules over the stored events and list the signals')
      .option('--rules <dir...>', 'rule folders (default: the built-in rule pack)')
      .option('--from <time>', 'start, inclusive (in --tz)')
      .option('--to <time>', 'end, exclusive')
      .option('--json', 'one JSON signal per line'),
  ).action(async (options: DetectOptions) => {
    const config = configFrom(options);
    const rules = loadRules(options.rules ?? [builtInRuleDir]);
    for (const problem of rules.problems) console.error(`rule skipped: ${problem.message}`);
    const range = {
      ...(options.from ? { from: parseTimeOption(options.from, config.displayTimeZone, '--from') } : {}),
      ...(options.to ? { to: parseTimeOption(options.to, config.displayTimeZone, '--to') } : {}),
    };
    const signals = await withStore(config, (store) => detectInStore(store, rules, range));
    if (options.json) {
      for (const signal of signals) process.stdout.write(`${JSON.stringify(signal)}\n`);
      return;
    }
    console.log(
      table(
        ['time', 'level', 'person', 'rule', 'events'],
        signals.map((s) => [
          formatTime(s.time, config.displayTimeZone),
          s.level,
          s.person ?? '',
          s.title,
          String(s.events.length),
        ]),
      ),
    );
    console.log(
      `\n${signals.length} signals from ${rules.detections.length + rules.correlations.length} rules, times in ${config.displayTimeZone}`,
    );
  });
}

export function rulesCommand(): Command {
  const rules = new Command('rules').description('The detection rules: list them, or check them');
  rules
    .command('list')
    .description('List the rules with their level and kind')
    .option('--rules <dir...>', 'rule folders (default: the built-in rule pack)')
    .action((options: { rules?: string[] }) => {
      const set = loadRules(options.rules ?? [builtInRuleDir]);
      const rows = [
        ...set.detections.map((r) => [r.id.slice(0, 8), r.level, r.logsource.category ?? '*', r.title]),
        ...set.correlations.map((r) => [r.id.slice(0, 8), r.level, r.type, r.title]),
      ];
      console.log(table(['id', 'level', 'on', 'title'], rows));
    });
  rules
    .command('lint')
    .description('Check every rule; exit 1 naming file, line and key of each problem')
    .option('--rules <dir...>', 'rule folders (default: the built-in rule pack)')
    .action((options: { rules?: string[] }) => {
      const set = loadRules(options.rules ?? [builtInRuleDir]);
      for (const problem of set.problems) console.error(problem.message);
      if (set.problems.length) {
        throw new MolehuntError(
          'MH_ERR_USAGE',
          `${set.problems.length} rule(s) cannot be loaded; the others are fine`,
        );
      }
      console.log(`${set.detections.length + set.correlations.length} rules, no problems`);
    });
  return rules;
}
