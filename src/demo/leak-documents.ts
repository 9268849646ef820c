/**
 * @module The demo company's confidential documents as molehunt's leak registry holds them: the K80 Ultra spec sheet,
 * one canary copy per recipient. The generator plans the copies to tell the story with the leaker's copy and writes
 * the plan's inputs to `leaks/documents.json`; the first start registers and distributes the same plan, so the copy
 * in the demo's mail and blog post is the one the registry traces.
 */
import { hash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { distribute, type LeakActor, planVariants, registerDocument } from '../leaks/index.js';
import { MolehuntError } from '../model/index.js';
import type { LeakClassification, Store } from '../store/index.js';

/** Where the demo folder keeps its registry documents. */
export const leakDocumentsFile = 'leaks/documents.json';

/** A document to register and distribute, with everything that fixes its copies. */
export interface LeakDocumentRow {
  title: string;
  classification: LeakClassification;
  language: 'en' | 'zh';
  fileName: string;
  owner: string;
  recipients: string[];
  invisibleMarks: boolean;
  /**
   * The codewords' seed. Written down because the demo must reproduce its copies; a real distribution keeps its
   * seed secret and never needs it again.
   */
  seed: string;
  text: string;
  /** SHA-256 of each recipient's copy as planned, so registration can check that it issued the same copies. */
  copies: Record<string, string>;
}

/** Plans the copies of a document; `copyOf` gives a recipient's text as the registry will issue it. */
export function planLeakDocument(row: Omit<LeakDocumentRow, 'copies'>): {
  row: LeakDocumentRow;
  copyOf(recipient: string): string;
} {
  const { variants } = planVariants(row.text, row.language, row.recipients, {
    seed: row.seed,
    invisibleMarks: row.invisibleMarks,
  });
  const texts = new Map(variants.map((v) => [v.recipient, v.text]));
  return {
    row: { ...row, copies: Object.fromEntries(variants.map((v) => [v.recipient, sha256(v.text)])) },
    copyOf: (recipient) => {
      const text = texts.get(recipient);
      if (text === undefined) throw new Error(`${recipient} receives no copy of ${row.title}`);
      return text;
    },
  };
}

export function writeLeakDocuments(folder: string, rows: readonly LeakDocumentRow[]): void {
  const path = join(folder, leakDocumentsFile);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify(rows, null, 2)}\n`);
}

/**
 * Registers and distributes the documents of a demo folder, unless registered already (same title and text), and
 * checks that every copy issued is the one the generator planned. Returns how many were registered now.
 */
export async function registerDemoDocuments(store: Store, folder: string, actor: LeakActor): Promise<number> {
  const path = join(folder, leakDocumentsFile);
  if (!existsSync(path)) return 0;
  const rows = JSON.parse(readFileSync(path, 'utf8')) as LeakDocumentRow[];
  const known = await store.leakDocuments();
  let registered = 0;
  for (const row of rows) {
    const bytes = Buffer.from(row.text);
    if (known.some((d) => d.title === row.title && d.sha256 === sha256(bytes))) continue;
    const { document } = await registerDocument(
      store,
      {
        fileName: row.fileName,
        bytes,
        title: row.title,
        classification: row.classification,
        owner: row.owner,
        language: row.language,
      },
      actor,
    );
    const { variants } = await distribute(
      store,
      document.id,
      row.recipients,
      { seed: row.seed, invisibleMarks: row.invisibleMarks },
      actor,
    );
    const differing = variants.filter((v) => row.copies[v.recipient] !== sha256(v.text));
    if (differing.length) {
      throw new MolehuntError(
        'MH_ERR_CONFLICT',
        `${path}: the copies of "${row.title}" issued now differ from those the demo's events quote (${differing.length} of ${variants.length}); generate the demo again with this molehunt`,
      );
    }
    registered++;
  }
  return registered;
}

function sha256(content: string | Uint8Array): string {
  return hash('sha256', content, 'hex');
}
