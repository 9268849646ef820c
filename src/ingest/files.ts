/** @module Which files an import reads: the files named, and the files of named folders that a profile's pattern matches. */
import { readdirSync, statSync } from 'node:fs';
import { basename, join, relative, sep } from 'node:path';
import { MolehuntError } from '../model/index.js';

export interface InputFile {
  path: string;
  /** The path as the user named it or as found under a named folder; recorded in events' raw references. */
  name: string;
  /** The path inside the named folder (the file name for a file named directly), for matching patterns. */
  relative: string;
}

/** Files named directly are always taken; folders are walked, in name order, for files that `accept` takes. */
export function expandInputs(
  inputs: readonly string[],
  accept: (relativePath: string) => boolean,
): InputFile[] {
  const files: InputFile[] = [];
  for (const input of inputs) {
    let isDirectory: boolean;
    try {
      isDirectory = statSync(input).isDirectory();
    } catch (error) {
      throw new MolehuntError(
        'MH_ERR_INPUT_UNREADABLE',
        `cannot read ${input}: no such file or folder; check the path`,
        {
          cause: error,
        },
      );
    }
    if (!isDirectory) {
      files.push({ path: input, name: input, relative: basename(input) });
      continue;
    }
    for (const path of walk(input)) {
      const inside = relative(input, path).split(sep).join('/');
      if (accept(inside)) files.push({ path, name: path, relative: inside });
    }
  }
  return files;
}

function walk(dir: string): string[] {
  const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
  return entries.flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return walk(path);
    return entry.isFile() ? [path] : [];
  });
}

/**
 * A file-name pattern: `*` matches within a folder name, `**\/` any folders, `{a,b}` either; case is ignored.
 * Patterns match at any depth: `*.csv` and `LDAP/*.csv` match inside any folder below the one named.
 */
export function globMatcher(pattern: string): (relativePath: string) => boolean {
  const source = pattern
    .split(/(\*\*\/|\*|\?|\{[^{}]*\})/)
    .map((part) => {
      if (part === '**/') return '(?:.*/)?';
      if (part === '*') return '[^/]*';
      if (part === '?') return '[^/]';
      if (part.startsWith('{') && part.endsWith('}'))
        return `(?:${part.slice(1, -1).split(',').map(escapeRegex).join('|')})`;
      return escapeRegex(part);
    })
    .join('');
  const regex = new RegExp(`^(?:.*/)?${source}$`, 'i');
  return (relativePath) => regex.test(relativePath);
}

function escapeRegex(text: string): string {
  return text.replace(/[.+^${}()|[\]\\*?]/g, '\\$&');
}
