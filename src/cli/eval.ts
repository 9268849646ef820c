/** @module `molehunt eval demo`: the alerts measured against the demo company's labels. */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Command } from 'commander';
import { loadConfig } from '../config/index.js';
import { loadRules, ruleDirs } from '../detect/index.js';
import { loadProfile, profileDirs } from '../ingest/index.js';
import { formatTime, MolehuntError } from '../model/index.js';
import {
  type CertEvaluation,
  type DemoLabels,
  evaluateCertFolder,
  evaluateDemo,
  riskContext,
} from '../risk/index.js';
import { type CommonOptions, configFrom, withCommonOptions, withStore } from './context.js';
import { rulesFor } from './detect.js';
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
        [
          'incident',
          'malicious',
          'alerted',
          'first evidence',
          'alert opened',
          'after',
          'rank then',
          'first ranked 1st',
        ],
        result.incidents.map((i) => [
          i.id,
          i.malicious ? 'yes' : 'decoy',
          i.alerted ? 'yes' : 'no',
          i.started === undefined ? '' : formatTime(i.started, zone),
          i.opened === undefined ? '' : formatTime(i.opened, zone),
          hours(i.latencyMs),
          i.rank === undefined ? '' : String(i.rank),
          i.rankedFirst === undefined ? '' : formatTime(i.rankedFirst, zone),
        ]),
      ),
    );
    console.log(
      `\n${result.alerts} alerts; precision ${(result.precision * 100).toFixed(1)}%; ${result.falseAlerts} false alerts over ${result.personDays.toLocaleString('en')} person-days (${result.falseAlertsPer1000PersonDays.toFixed(2)} per 1,000); decoys alerted: ${result.decoysAlerted}; times in ${zone}`,
    );
  });
  evaluate
    .command('cert')
    .description(
      'The rule pack and risk scores on a CERT Insider Threat Test Dataset folder (r4.2, r5.2, r6.2) against its answers',
    )
    .requiredOption(
      '--data <dir>',
      'the dataset folder (logon.csv, device.csv, …, LDAP/); read, never imported',
    )
    .requiredOption('--answers <dir>', 'the folder holding CERT’s insiders.csv and the r*-N/ answer folders')
    .option(
      '--dataset <name>',
      'which dataset of the answer key the folder is, e.g. 4.2 (default: from the names)',
    )
    .option('--rules <dir...>', 'rule folders instead of the built-in pack')
    .option('--json', 'the whole evaluation as JSON')
    .addHelpText(
      'after',
      '\nExample:\n  molehunt eval cert --data ~/cert/r4.2 --answers ~/cert/answers\n\nScores: a user’s is the highest risk they reach; a user-day’s is the risk of that day’s own signals (UTC days).',
    )
    .action(
      async (options: {
        data: string;
        answers: string;
        dataset?: string;
        rules?: string[];
        json?: boolean;
      }) => {
        const config = loadConfig({});
        const dirs = profileDirs(resolve(config.dataDir));
        const started = performance.now();
        const result = await evaluateCertFolder({
          dataDir: resolve(options.data),
          answersDir: resolve(options.answers),
          ...(options.dataset === undefined ? {} : { dataset: options.dataset }),
          rules: rulesFor(config, options.rules),
          profile: loadProfile('cert', dirs),
          loadProfile: (name) => loadProfile(name, dirs),
        });
        if (options.json) console.log(JSON.stringify(result, null, 2));
        else printCert(result, (performance.now() - started) / 1000);
      },
    );
  return evaluate;
}

function printCert(result: CertEvaluation, seconds: number): void {
  const percent = (x: number | undefined) => (x === undefined ? 'n/a' : `${(x * 100).toFixed(1)}%`);
  const auc = (x: number | undefined) => (x === undefined ? 'n/a' : x.toFixed(3));
  console.log(
    `dataset ${result.dataset}: ${result.events.toLocaleString('en')} events, ${result.signals.toLocaleString('en')} signals, ${result.quarantined} records not mapped (${seconds.toFixed(0)} s)\n`,
  );
  console.log(
    table(
      ['level', 'scored', 'malicious', 'flagged', 'ROC AUC', 'DR at 5% FPR', 'DR at 10% FPR'],
      (['user', 'userDay'] as const).map((level) => {
        const r = result[level];
        return [
          level === 'user' ? 'user' : 'user-day',
          r.scored.toLocaleString('en'),
          String(r.malicious),
          r.flagged.toLocaleString('en'),
          auc(r.auc),
          percent(r.detectionRateAt5),
          percent(r.detectionRateAt10),
        ];
      }),
    ),
  );
  console.log(
    `\ncumulative recall: ${result.cumulativeRecall.map((c) => `CR-${c.k} ${c.value.toFixed(2)} of ${c.best}`).join(', ')}\n`,
  );
  console.log(
    table(
      ['insider', 'scenario', 'malicious days', 'flagged days', 'peak risk', 'rank'],
      result.insiders.map((i) => [
        i.user,
        i.scenario,
        String(i.maliciousDays),
        String(i.daysFlagged),
        i.score.toFixed(1),
        String(i.rank),
      ]),
    ),
  );
}
