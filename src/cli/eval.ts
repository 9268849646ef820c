/** @module `molehunt eval demo`: the alerts measured against the demo company's labels. */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Command } from 'commander';
import { loadRules, ruleDirs } from '../detect/index.js';
import { formatTime, MolehuntError } from '../model/index.js';
import { type DemoLabels, evaluateDemo, riskContext } from '../risk/index.js';
import { type CommonOptions, configFrom, withCommonOptions, withStore } from './context.js';
import { table } from './format.js';

export function evalCommand(): Command {
  const evaluate = new Command('eval').description('How good the alerts are, against labelled data');
  withCommonOptions(
    evaluate
      .command('demo')
      .description(
        "Per planted incident: alerted or not, how soon, the person's rank then; precision and false alerts",
      )
      .argument('[labels]', 'the demo’s labels.json (default: <data>/demo/labels.json)')
      .option('--json', 'the whole evaluation as JSON'),
  ).action(async (labelsPath: string | undefined, options: CommonOptions & { json?: boolean }) => {
    const config = configFrom(options);
    const path = labelsPath ?? join(resolve(config.dataDir), 'demo', 'labels.json');
    if (!existsSync(path))
      throw new MolehuntError('MH_ERR_INPUT_UNREADABLE', `no labels at ${path}; name the demo's labels.json`);
    const labels = JSON.parse(readFileSync(path, 'utf8')) as DemoLabels;
    const zone = config.displayTimeZone;
    const result = await withStore(config, async (store) => {
      const context = await riskContext(store, loadRules(ruleDirs(resolve(config.dataDir))), zone);
      return evaluateDemo(store, context, labels, zone);
    });
    if (options.json) {
      console.log(JSON.stringify(result, null, 2));
      return;
    }
    const hours = (ms: number | undefined) => (ms === undefined ? '' : `${(ms / 3_600_000).toFixed(1)} h`);
    console.log(
      table(
        ['incident', 'malicious', 'alerted', 'first evidence', 'alert opened', 'after', 'rank then'],
        result.incidents.map((i) => [
          i.id,
          i.malicious ? 'yes' : 'decoy',
          i.alerted ? 'yes' : 'no',
          i.started === undefined ? '' : formatTime(i.started, zone),
          i.opened === undefined ? '' : formatTime(i.opened, zone),
          hours(i.latencyMs),
          i.rank === undefined ? '' : String(i.rank),
        ]),
      ),
    );
    console.log(
      `\n${result.alerts} alerts; precision ${(result.precision * 100).toFixed(1)}%; ${result.falseAlerts} false alerts over ${result.personDays.toLocaleString('en')} person-days (${result.falseAlertsPer1000PersonDays.toFixed(2)} per 1,000); decoys alerted: ${result.decoysAlerted}; times in ${zone}`,
    );
  });
  return evaluate;
}
