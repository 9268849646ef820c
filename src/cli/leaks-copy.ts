/** @module `molehunt leaks copy`: one recipient's copy written again, as issued, when the first file was lost. */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Command } from 'commander';
import { MolehuntError } from '../model/index.js';
import { type CommonOptions, cliActor, configFrom, withCommonOptions, withStore } from './context.js';
import { copyExtension, fileNameOf } from './leaks-distribute.js';
import { noDocument } from './leaks-input.js';

export function copyCommand(): Command {
  return withCommonOptions(
    new Command('copy')
      .description(
        "Write one recipient's copy again, exactly as issued (the read is audited with its reason)",
      )
      .argument('<doc>')
      .argument('<person>', 'the recipient’s person id')
      .requiredOption('--out <dir>', 'the folder to write the copy to')
      .requiredOption('--reason <why>', 'why the copy is needed again: recorded in the audit trail'),
  ).action(async (id: string, person: string, options: CommonOptions & { out: string; reason: string }) => {
    if (options.reason.trim().length < 5) {
      throw new MolehuntError(
        'MH_ERR_USAGE',
        'say why the copy is needed, in at least 5 characters: --reason <why>',
      );
    }
    await withStore(configFrom(options), async (store) => {
      const document = await store.leakDocument(id);
      if (!document) throw noDocument(id);
      const text = await store.leakVariantText(id, person);
      if (text === undefined) {
        throw new MolehuntError(
          'MH_ERR_NOT_FOUND',
          `${person} received no copy of ${id}; \`molehunt leaks show ${id}\` lists who did`,
        );
      }
      const path = join(options.out, fileNameOf(person, copyExtension(document)));
      if (existsSync(path)) {
        throw new MolehuntError('MH_ERR_USAGE', `${path} exists already: move it away or give another --out`);
      }
      mkdirSync(options.out, { recursive: true });
      writeFileSync(path, text);
      await store.appendAudit({
        at: Date.now(),
        ...cliActor(),
        action: 'leak.copy.read',
        subject: id,
        detail: person,
        reason: options.reason.trim(),
      });
      console.log(`${person}'s copy of ${id} written to ${path}; send it to them only, then delete it here`);
    });
  });
}
