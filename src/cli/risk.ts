/** @module `molehunt risk top`: people ranked by risk at a moment, with what makes it up. */
import { resolve } from 'node:path';
import { Command } from 'commander';
import { loadRules, ruleDirs } from '../detect/index.js';
import { describeEvent, formatTime, MolehuntError } from '../model/index.js';
import { alertsAt, type RiskContext, riskContext, riskTop, type ScoredSignal } from '../risk/index.js';
import type { Store } from '../store/index.js';
import { type CommonOptions, configFrom, withCommonOptions, withStore } from './context.js';

import { parseTimeOption, positive, printJsonLines, table } from './format.js';

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
    const limit = positive(options.limit, '--limit');
    const zone = config.displayTimeZone;
    const { ranked, at } = await withStore(config, async (store) => {
      const context = await contextOf(store, config.dataDir, zone);
      const at = momentOf(context, options.at, zone);
      return { ranked: riskTop(context, at).slice(0, limit), at };
    });
    if (options.json) {
      printJsonLines(ranked);
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

export function alertsCommand(): Command {
  return withCommonOptions(
    new Command('alerts')
      .description('The alerts open at a moment, highest risk first, each explained in English and Chinese')
      .option('--at <time>', 'the moment (in --tz; default: the newest signal)')
      .option('--lang <lang>', 'the explanation to print: en or zh', 'en')
      .option('--detail', 'under each alert, every signal with its points and the events behind it')
      .option('--person <id>', 'only the alert about this person')
      .option('--json', 'one JSON alert per line, with its signals, boosters and both explanations'),
  ).action(async (options: AlertOptions) => {
    const config = configFrom(options);
    if (options.lang !== 'en' && options.lang !== 'zh')
      throw new MolehuntError('MH_ERR_USAGE', `--lang ${options.lang}: write en or zh`);
    const zone = config.displayTimeZone;
    const { alerts, context } = await withStore(config, async (store) => {
      const context = await contextOf(store, config.dataDir, zone);
      const alerts = alertsAt(context, momentOf(context, options.at, zone), zone).filter(
        (a) => !options.person || a.person === options.person,
      );
      return { alerts, context };
    });
    if (options.json) {
      printJsonLines(alerts);
      return;
    }
    const lang = options.lang as 'en' | 'zh';
    for (const alert of alerts) {
      console.log(
        `${alert.person}  risk ${alert.risk.risk.toFixed(0)}  opened ${formatTime(alert.opened, zone)}  (${alert.cause})`,
      );
      console.log(`  ${alert.explanation[lang]}\n`);
      if (options.detail) printSignals(alert.risk.signals, context, lang, zone);
    }
    console.log(`${alerts.length} alert${alerts.length === 1 ? '' : 's'}, times in ${zone}`);
  });
}

interface AlertOptions extends CommonOptions {
  at?: string;
  lang: string;
  detail?: boolean;
  person?: string;
  json?: boolean;
}

/** Each signal with its points (when raised, and left now), what weighs it up, and the events behind it. */
function printSignals(
  signals: readonly ScoredSignal[],
  context: RiskContext,
  lang: 'en' | 'zh',
  zone: string,
): void {
  for (const { signal, points, now, asset, attribution } of signals) {
    console.log(
      `  ${now.toFixed(1).padStart(6)} of ${points.toFixed(1).padStart(5)}  ${formatTime(signal.time, zone)}  ${context.titleOf(signal.rule)[lang]} [${signal.level}]`,
    );
    if (asset) console.log(`           ×${asset.factor} ${lang === 'zh' ? asset.reasonZh : asset.reason}`);
    if (attribution)
      console.log(`           attributed: ${lang === 'zh' ? attribution.reasonZh : attribution.reason}`);
    for (const id of signal.events) {
      const event = context.eventOf(id);
      console.log(
        event
          ? `           ${formatTime(event.time, zone)}  ${event.action}  ${describeEvent(event)}  (${event.raw.file}:${event.raw.line})`
          : `           ${id} (no longer stored)`,
      );
    }
  }
  console.log('');
}

/** The risk context of a store that has signals; none yet is an error that says how to get them. */
async function contextOf(store: Store, dataDir: string, zone: string): Promise<RiskContext> {
  const context = await riskContext(store, loadRules(ruleDirs(resolve(dataDir))), zone);
  if (!context.signals.length) {
    throw new MolehuntError(
      'MH_ERR_USAGE',
      'no signals are stored yet: import events (detection runs after each import, unless --no-detect)',
    );
  }
  return context;
}

/** `--at`, or the newest signal's time. */
function momentOf(context: RiskContext, at: string | undefined, zone: string): number {
  return at ? parseTimeOption(at, zone, '--at') : Math.max(...context.signals.map((s) => s.time));
}
