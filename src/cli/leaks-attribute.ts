/** @module `molehunt leaks attribute`: whose copy a leaked text comes from, and the report filed in a case. */
import { basename, resolve } from 'node:path';
import { Command } from 'commander';
import { Cases } from '../cases/index.js';
import { attributeText, attributionEvidence } from '../leaks/index.js';
import { MolehuntError } from '../model/index.js';
import { type CommonOptions, cliActor, configFrom, withCommonOptions, withStore } from './context.js';
import { readLeak } from './leaks-input.js';
import { printAttribution } from './leaks-output.js';

export function attributeCommand(): Command {
  return withCommonOptions(
    new Command('attribute')
      .description('Whose copy a leaked text comes from: ranked recipients and the positions that decide')
      .argument('<file>', 'the leaked text: text (UTF-8 or GBK), Markdown, HTML, PDF or DOCX')
      .option('--doc <id>', 'the document it leaked from (default: found by matching)')
      .option('--case <caseId>', 'add the attribution report to this case as evidence')
      .option('--reason <why>', 'why it goes into the case: recorded in the ledger (needed with --case)'),
  ).action(
    async (file: string, options: CommonOptions & { doc?: string; case?: string; reason?: string }) => {
      if (options.case !== undefined && !options.reason?.trim()) {
        throw new MolehuntError('MH_ERR_USAGE', 'adding to a case needs a reason: --reason <why>');
      }
      const leak = await readLeak(file);
      const config = configFrom(options);
      await withStore(config, async (store) => {
        const found = await attributeText(store, options.doc, leak.text);
        printAttribution(file, found);
        if (options.case === undefined) return;
        const caseId = options.case;
        const actor = cliActor();
        if (found.kind !== 'attributed') {
          throw new MolehuntError(
            'MH_ERR_NOT_FOUND',
            `nothing was attributed, so nothing was added to case ${caseId}`,
          );
        }
        const evidence = attributionEvidence(found, { ...leak, name: basename(file) }, actor.user);
        const state = await new Cases(store, resolve(config.dataDir)).addEvidence(caseId, evidence, {
          actor: actor.user,
          reason: options.reason!,
        });
        const item = state.evidence.at(-1)!;
        console.log(
          `\ncase ${caseId}: evidence ${item.id} added (attribution report, sha256 ${item.sha256})`,
        );
      });
    },
  );
}
