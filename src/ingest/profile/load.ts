/** @module Finding and loading mapping profiles: the built-in ones, the data directory's, or a YAML file named by path. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseDocument } from 'yaml';
import type { z } from 'zod';
import { MolehuntError } from '../../model/index.js';
import { checkProfile } from './check.js';
import { bundleProfileSchema, entityProfileSchema, eventProfileSchema, type Profile } from './schema.js';

/** The profiles shipped with molehunt. */
export const builtInProfileDir = fileURLToPath(new URL('../../../profiles/', import.meta.url));

export interface ProfileInfo {
  name: string;
  description: string;
  kind: 'events' | 'entities' | 'bundle';
  path: string;
  builtIn: boolean;
}

/** Folders searched for `<name>.yaml`, first match wins: the data directory's `profiles/`, then the built-in ones. */
export function profileDirs(dataDir: string): string[] {
  return [join(dataDir, 'profiles'), builtInProfileDir];
}

/** Loads a profile by name, or from a path ending in .yaml / .yml. */
export function loadProfile(nameOrPath: string, dirs: readonly string[]): Profile {
  if (/\.ya?ml$/i.test(nameOrPath)) return readProfile(nameOrPath);
  for (const dir of dirs) {
    const path = join(dir, `${nameOrPath}.yaml`);
    if (existsSync(path)) return readProfile(path);
  }
  const known = listProfiles(dirs).map((p) => p.name);
  throw new MolehuntError(
    'MH_ERR_PROFILE_UNKNOWN',
    `no profile named "${nameOrPath}"; known profiles: ${known.join(', ')} (molehunt profiles lists them), or give the path of a .yaml file`,
  );
}

/** Every profile in the folders, the first of each name only, sorted by name. */
export function listProfiles(dirs: readonly string[]): ProfileInfo[] {
  const found = new Map<string, ProfileInfo>();
  for (const dir of dirs) {
    if (!existsSync(dir)) continue;
    for (const file of readdirSync(dir)
      .filter((f) => f.endsWith('.yaml'))
      .sort()) {
      const path = join(dir, file);
      const profile = readProfile(path);
      if (found.has(profile.name)) continue;
      found.set(profile.name, {
        name: profile.name,
        description: profile.description,
        kind: 'bundle' in profile ? 'bundle' : 'entity' in profile ? 'entities' : 'events',
        path,
        builtIn: dir === builtInProfileDir,
      });
    }
  }
  return [...found.values()].sort((a, b) => a.name.localeCompare(b.name));
}

/** Reads and checks one profile file; every problem is reported with the file and the key at fault. */
export function readProfile(path: string): Profile {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new MolehuntError(
      'MH_ERR_PROFILE_UNKNOWN',
      `cannot read profile ${path}: ${(error as Error).message}`,
      {
        cause: error,
      },
    );
  }
  const document = parseDocument(text, { prettyErrors: true });
  if (document.errors.length) {
    throw invalid(path, document.errors.map((e) => e.message.split('\n')[0]).join('; '));
  }
  const data: unknown = document.toJS();
  if (!data || typeof data !== 'object') throw invalid(path, 'the file does not hold a YAML mapping');
  const schema: z.ZodType<Profile> =
    'bundle' in data ? bundleProfileSchema : 'entity' in data ? entityProfileSchema : eventProfileSchema;
  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    throw invalid(
      path,
      parsed.error.issues.map((issue) => `${issue.path.join('.') || '(top)'}: ${issue.message}`).join('; '),
    );
  }
  const problems = checkProfile(parsed.data);
  if (problems.length) throw invalid(path, problems.join('; '));
  if (parsed.data.name !== basename(path).replace(/\.ya?ml$/i, '') && path.startsWith(builtInProfileDir)) {
    throw invalid(path, `name "${parsed.data.name}" must match the file name`);
  }
  return parsed.data;
}

function invalid(path: string, why: string): MolehuntError {
  return new MolehuntError(
    'MH_ERR_PROFILE_INVALID',
    `profile ${path} is not valid: ${why}; see docs/profiles.md`,
  );
}
