/** @module `molehunt leaks distribute`: one canary copy per recipient, stored, and written one file each. */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Command } from 'commander';
import { distribute, mediaTypes } from '../leaks/index.js';
import { MolehuntError } from '../model/index.js';
import type { LeakDocument } from '../store/index.js';
import {
  type CommonOptions,
  cliActor,
  collect,
  configFrom,
  withCommonOptions,
  withStore,
} from './context.js';
import { noDocument } from './leaks-input.js';

/** A file name for a recipient's copy: their id, with anything a file system might refuse replaced. */
export const fileNameOf = (recipient: string, extension: string) =>
  `${recipient.replace(/[^\p{L}\p{N}._-]/gu, '_')}${extension}`;

export function distributeCommand(): Command {
  return withCommonOptions(
    new Command('distribute')
      .description('Give each recipient their own copy (the canary trap) and write one file per recipient')
      .argument('<doc>')
      .requiredOption(
        '--to <person>',
        'a recipient’s person id, repeatable (or several, comma-separated)',
        collect,
        [],
      )
      .requiredOption('--out <dir>', 'the folder to write the copies to, one file per recipient')
      .option('--no-marks', 'no invisible marks (zero-width characters, lookalike letters) in the copies'),
  ).action(async (id: string, options: CommonOptions & { to: string[]; out: string; marks: boolean }) => {
    const recipients = options.to
      .flatMap((to) => to.split(','))
      .map((r) => r.trim())
      .filter(Boolean);
    await withStore(configFrom(options), async (store) => {
      const document = await store.leakDocument(id);
      if (!document) throw noDocument(id);
      const extension = copyExtension(document);
      // Checked before anything is stored: a distribution whose copies could not be written would be lost.
      const paths = recipients.map((r) => join(options.out, fileNameOf(r, extension)));
      const taken = paths.filter((p) => existsSync(p));
      if (taken.length) {
        throw new MolehuntError(
          'MH_ERR_USAGE',
          `${taken.join(', ')} exist${taken.length === 1 ? 's' : ''} already: give an empty folder to --out`,
        );
      }
      mkdirSync(options.out, { recursive: true });
      const { variants, distribution } = await distribute(
        store,
        id,
        recipients,
        { invisibleMarks: options.marks },
        cliActor(),
      );
      console.log(
        `distributed ${id} to ${variants.length} recipient${variants.length === 1 ? '' : 's'}${distribution.invisibleMarks ? ', with invisible marks' : ''}:`,
      );
      variants.forEach((variant, i) => {
        writeFileSync(paths[i]!, variant.text);
        console.log(`  ${variant.recipient}  ${paths[i]}`);
      });
      console.log(
        'each copy is as confidential as the document: send it to its recipient only, then delete it here',
      );
    });
  });
}

/** Copies keep the document's kind of text: Markdown stays Markdown, anything else is written as plain text. */
export const copyExtension = (document: LeakDocument) =>
  document.mediaType === mediaTypes.markdown ? '.md' : '.txt';
