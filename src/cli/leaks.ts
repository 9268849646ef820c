/**
 * @module `molehunt leaks …`: the registry of confidential documents, their canary copies, and finding whose copy a
 * leaked text comes from; an attribution can go into a case as evidence.
 */

import { basename } from 'node:path';
import { Command } from 'commander';
import { matchText, registerDocument } from '../leaks/index.js';
import { leakClassifications } from '../store/index.js';
import { type CommonOptions, cliActor, configFrom, withCommonOptions, withStore } from './context.js';
import { formatTime, table } from './format.js';
import { attributeCommand } from './leaks-attribute.js';
import { copyCommand } from './leaks-copy.js';
import { distributeCommand } from './leaks-distribute.js';
import { noDocument, readInput, readLeak } from './leaks-input.js';
import { printDocument, printMatches } from './leaks-output.js';

export function leaksCommand(): Command {
  const command = new Command('leaks').description(
    'Confidential documents: register them, give each recipient a subtly different copy, and find whose copy leaked',
  );
  command.addCommand(registerCommand());
  command.addCommand(
    withCommonOptions(new Command('list').description('List the registered documents, newest first')).action(
      async (options: CommonOptions) => {
        const zone = configFrom(options).displayTimeZone;
        await withStore(configFrom(options), async (store) => {
          const rows: string[][] = [];
          for (const d of await store.leakDocuments()) {
            const distribution = await store.leakDistribution(d.id);
            rows.push([
              d.id,
              d.classification,
              d.language,
              distribution ? String(distribution.recipients.length) : '—',
              formatTime(d.registeredAt, zone),
              d.title,
            ]);
          }
          console.log(
            rows.length
              ? table(['document', 'classification', 'lang', 'copies', 'registered', 'title'], rows)
              : 'no documents registered yet: `molehunt leaks register <file> --title … --classification …`',
          );
        });
      },
    ),
  );
  command.addCommand(
    withCommonOptions(
      new Command('show')
        .description('A document: what it is, its file, who received copies (never their text)')
        .argument('<doc>'),
    ).action(async (id: string, options: CommonOptions) => {
      const zone = configFrom(options).displayTimeZone;
      await withStore(configFrom(options), async (store) => {
        const document = await store.leakDocument(id);
        if (!document) throw noDocument(id);
        printDocument(document, await store.leakDistribution(id), zone);
      });
    }),
  );
  command.addCommand(distributeCommand());
  command.addCommand(copyCommand());
  command.addCommand(
    withCommonOptions(
      new Command('match')
        .description(
          'Which registered documents a text contains (a blog post, a forum thread, a screenshot’s text)',
        )
        .argument('<file>', 'text (UTF-8 or GBK), Markdown, HTML, PDF or DOCX'),
    ).action(async (file: string, options: CommonOptions) => {
      const { text } = await readLeak(file);
      await withStore(configFrom(options), async (store) => printMatches(file, await matchText(store, text)));
    }),
  );
  command.addCommand(attributeCommand());
  return command;
}

function registerCommand(): Command {
  return withCommonOptions(
    new Command('register')
      .description('Register a confidential document: text, Markdown, HTML, PDF (its text layer) or DOCX')
      .argument('<file>')
      .requiredOption('--title <title>', 'what the document is')
      .requiredOption('--classification <level>', `one of ${leakClassifications.join(', ')}`)
      .option('--owner <person>', 'the person id who owns it')
      .option('--language <en|zh>', 'the language of its text (default: detected)'),
  ).action(
    async (
      file: string,
      options: CommonOptions & { title: string; classification: string; owner?: string; language?: string },
    ) => {
      const bytes = readInput(file);
      await withStore(configFrom(options), async (store) => {
        const { document, sameFile } = await registerDocument(
          store,
          {
            fileName: basename(file),
            bytes,
            title: options.title,
            classification: options.classification,
            ...(options.owner === undefined ? {} : { owner: options.owner }),
            ...(options.language === undefined ? {} : { language: options.language }),
          },
          cliActor(),
        );
        console.log(`registered ${document.id}: ${document.title}`);
        console.log(
          `${document.classification}, ${document.language}, ${document.characters} characters of text from ${document.fileName} (${document.mediaType})`,
        );
        console.log(`sha256 ${document.sha256}`);
        if (sameFile.length)
          console.log(`the same file is registered as ${sameFile.map((d) => d.id).join(', ')} too`);
      });
    },
  );
}
