/** @module The demo company as tests use it: a small one generated, and imported through the built-in `demo` bundle. */
import { generateDemo, registerDemoDocuments } from '../src/demo/index.js';
import { builtInProfileDir, type ImportReport, loadProfile, runImport } from '../src/ingest/index.js';
import type { Store } from '../src/store/index.js';

const dirs = [builtInProfileDir];

/** 100 employees over the 30 days around the reference case, unless told otherwise. */
export function generateSmallDemo(
  out: string,
  options: Partial<Parameters<typeof generateDemo>[0]> = {},
): ReturnType<typeof generateDemo> {
  return generateDemo({
    employees: 100,
    days: 30,
    start: '2025-08-15',
    seed: 'lumen',
    format: 'native',
    out,
    ...options,
  });
}

/**
 * Imports a demo folder (or part of one) as one batch, and registers and distributes its confidential documents as
 * the first start does.
 */
export async function importDemo(store: Store, folder: string): Promise<ImportReport> {
  const report = await runImport(store, {
    profile: loadProfile('demo', dirs),
    inputs: [folder],
    loadProfile: (name) => loadProfile(name, dirs),
  });
  await registerDemoDocuments(store, folder, { user: 'test', roles: ['admin'], ip: 'local' });
  return report;
}

/** The demo blogger's post of 13 September, which quotes the spec sheet in Zhou Chen's copy's wording, as imported. */
export async function demoBlogPost(store: Store): Promise<string> {
  let text = '';
  await store.scanEvents({ kinds: ['post'] }, (events) => {
    for (const event of events) {
      const message = String(event.attrs.message ?? '');
      if (message.startsWith('【独家】Lumen K80 Ultra')) text = message;
    }
  });
  if (!text) throw new Error("the demo has no blogger's post: generate it with this molehunt");
  return text;
}
