/** @module `molehunt demo generate`: writes the demo company's exports and labels.json. */
import { Command, Option } from 'commander';
import { defaultDemo, generateDemo } from '../demo/index.js';
import { MolehuntError } from '../model/index.js';
import { positive } from './format.js';

interface GenerateOptions {
  employees: string;
  days: string;
  start: string;
  seed: string;
  out: string;
  format: 'native' | 'cert';
  clean?: boolean;
}

export function demoCommand(): Command {
  const demo = new Command('demo').description(
    'The demo company Lumen Mobile, with planted and labelled incidents',
  );
  demo
    .command('generate')
    .description(
      'Write the demo company’s exports (badge, gate, garage, mail, chat, IT, HR, registers) and labels.json',
    )
    .option('--employees <n>', 'headcount', String(defaultDemo.employees))
    .option('--days <n>', 'days to simulate', String(defaultDemo.days))
    .option('--start <date>', 'first day, YYYY-MM-DD', defaultDemo.start)
    .option('--seed <text>', 'the same seed gives byte-identical files', defaultDemo.seed)
    .requiredOption('--out <dir>', 'folder to write into')
    .option('--clean', 'plant no incidents (a corpus on which every rule must stay silent)')
    .addOption(
      new Option('--format <format>', 'native exports, or the CERT r6.2 layout')
        .choices(['native', 'cert'])
        .default('native'),
    )
    .action(async (options: GenerateOptions) => {
      if (!/^\d{4}-\d{2}-\d{2}$/.test(options.start)) {
        throw new MolehuntError('MH_ERR_USAGE', `--start "${options.start}" is not a date; write YYYY-MM-DD`);
      }
      const started = performance.now();
      const summary = await generateDemo({
        employees: positive(options.employees, '--employees'),
        days: positive(options.days, '--days'),
        start: options.start,
        seed: options.seed,
        out: options.out,
        format: options.format,
        clean: options.clean === true,
      });
      console.log(
        `wrote ${summary.employees} employees × ${summary.days} days, ${summary.incidents} planted incidents, to ${summary.out} in ${((performance.now() - started) / 1000).toFixed(1)} s`,
      );
      console.log(
        `import it with: npx molehunt import ${options.format === 'cert' ? 'cert' : 'demo'} ${summary.out}`,
      );
    });
  return demo;
}
