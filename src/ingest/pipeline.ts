/** @module An import: one profile (or a bundle of them) over files and folders, as one accounted-for batch. */
import { randomUUID } from 'node:crypto';
import { statSync } from 'node:fs';
import { type ImportBatch, isMolehuntError } from '../model/index.js';
import { allEntities, type Store } from '../store/index.js';
import { addCounts, assertReconciled, zeroCounts } from './accounting.js';
import { expandInputs, globMatcher, type InputFile } from './files.js';
import { type FileReport, importFile } from './import-file.js';
import { PersonIndex } from './map/persons.js';
import type { Profile, RecordProfile } from './profile/schema.js';

export interface ImportRequest {
  profile: Profile;
  inputs: readonly string[];
  /** Loads the profiles a bundle names. */
  loadProfile: (name: string) => Profile;
  /** Bytes read so far and in all, across every file. */
  onProgress?: (bytesRead: number, totalBytes: number) => void;
  /** Bytes per read; small values exist for tests. */
  chunkSize?: number;
}

export interface ImportReport {
  batch: ImportBatch;
  files: (FileReport & { profile: string })[];
  /** Files that could not be read at all, with what to do. Nothing of them was stored. */
  failed: { name: string; error: string }[];
  /** Layouts every file's columns agree on, for profiles with variants (the CERT release). */
  layouts?: string[];
  /** Actor values that matched no person, when a profile resolves actors. */
  unresolvedActors: string[];
}

const DEFAULT_FILES = { csv: '*.csv', jsonl: '*.{jsonl,ndjson}' };

/** Runs an import as one batch. Files that cannot be read are reported in `failed`; the others are imported. */
export async function runImport(store: Store, request: ImportRequest): Promise<ImportReport> {
  const plan = planFiles(request);
  const batch: ImportBatch = {
    id: randomUUID(),
    profile: request.profile.name,
    source: 'bundle' in request.profile ? request.profile.name : request.profile.source,
    files: plan.map((p) => p.file.name),
    startedAt: Date.now(),
    ...zeroCounts(),
    status: 'running',
  };
  await store.beginImport(batch);
  const report: ImportReport = { batch, files: [], failed: [], unresolvedActors: [] };
  const totalBytes = plan.reduce((sum, p) => sum + sizeOf(p.file.path), 0);
  let doneBytes = 0;
  const indexes = new Map<string, PersonIndex>();
  try {
    for (const { file, profile } of plan) {
      // Persons are read once per import, after the rosters of a bundle, and only for profiles that resolve actors.
      let persons: PersonIndex | undefined;
      if ('resolve_actor' in profile && profile.resolve_actor) {
        const order = profile.resolve_actor.join(',');
        persons = indexes.get(order);
        if (!persons) {
          persons = new PersonIndex(await allEntities(store, 'person'), profile.resolve_actor);
          indexes.set(order, persons);
        }
      }
      try {
        const done = await importFile({
          store,
          profile,
          batch: batch.id,
          file: { ...file, persons },
          chunkSize: request.chunkSize,
          onBytes: (read) => request.onProgress?.(doneBytes + read, totalBytes),
        });
        assertReconciled(done, file.name);
        addCounts(batch, done);
        report.files.push({ ...done, profile: profile.name });
      } catch (error) {
        if (!isMolehuntError(error)) throw error;
        report.failed.push({ name: file.name, error: error.message });
      }
      doneBytes += sizeOf(file.path);
    }
    batch.status = 'done';
  } catch (error) {
    batch.status = 'failed';
    throw error;
  } finally {
    batch.finishedAt = Date.now();
    await store.finishImport(batch);
  }
  report.layouts = commonLayouts(report.files);
  report.unresolvedActors = [
    ...new Set([...indexes.values()].flatMap((index) => [...index.unresolved])),
  ].sort();
  return report;
}

export interface PlannedFile {
  file: InputFile;
  profile: RecordProfile;
}

/** Pairs each file with its profile; a bundle's entries are taken in order, so rosters come before events. */
export function planFiles(request: Pick<ImportRequest, 'profile' | 'inputs' | 'loadProfile'>): PlannedFile[] {
  const { profile } = request;
  if (!('bundle' in profile)) {
    const accept = globMatcher(profile.files ?? DEFAULT_FILES[profile.format]);
    return expandInputs(request.inputs, accept).map((file) => ({ file, profile }));
  }
  const entries = profile.bundle.map((entry) => ({ match: globMatcher(entry.files), name: entry.profile }));
  const files = expandInputs(request.inputs, (path) => entries.some((e) => e.match(path)));
  const plan: PlannedFile[] = [];
  for (const entry of entries) {
    const matching = files.filter((f) => entry.match(f.relative));
    if (!matching.length) continue;
    const loaded = request.loadProfile(entry.name);
    if ('bundle' in loaded)
      throw new Error(`bundle ${profile.name} names bundle ${entry.name}; bundles do not nest`);
    for (const file of matching) {
      if (!plan.some((p) => p.file.path === file.path)) plan.push({ file, profile: loaded });
    }
  }
  return plan;
}

function commonLayouts(files: readonly FileReport[]): string[] | undefined {
  const withLayouts = files.filter((f) => f.layouts);
  if (!withLayouts.length) return undefined;
  return withLayouts.reduce<string[]>(
    (common, f) => common.filter((layout) => f.layouts!.includes(layout)),
    [...withLayouts[0]!.layouts!],
  );
}

function sizeOf(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}
