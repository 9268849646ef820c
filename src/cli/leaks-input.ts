/** @module Reading the files `molehunt leaks …` is given: documents and leaked texts, in any format the registry reads. */
import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { extractText } from '../leaks/index.js';
import { MolehuntError } from '../model/index.js';

/** Reads a file the user named, or says plainly that it is not there. */
export function readInput(path: string): Buffer {
  try {
    if (statSync(path).isDirectory()) {
      throw new MolehuntError('MH_ERR_USAGE', `${path} is a folder: give the file itself`);
    }
    return readFileSync(path);
  } catch (error) {
    if (error instanceof MolehuntError) throw error;
    throw new MolehuntError(
      'MH_ERR_INPUT_UNREADABLE',
      `cannot read ${path}: no such file, or no permission; check the path`,
      {
        cause: error,
      },
    );
  }
}

/** A leaked text from a file in any format a document is read from; text in UTF-8 or GB18030/GBK. */
export async function readLeak(path: string): Promise<{ text: string; bytes: Buffer }> {
  const bytes = readInput(path);
  return { text: (await extractText(basename(path), bytes)).text, bytes };
}

/** The error for a document id nobody registered. */
export const noDocument = (id: string) =>
  new MolehuntError(
    'MH_ERR_NOT_FOUND',
    `no document ${id}; \`molehunt leaks list\` shows the registered ones`,
  );
