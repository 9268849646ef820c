/** @module Registering a confidential document: its text read from the file, the file's hash, who owns it. */
import { hash, randomUUID } from 'node:crypto';
import { MolehuntError } from '../../model/index.js';
import { type LeakDocument, leakClassifications, type Store } from '../../store/index.js';
import { extractText } from '../extract/extract.js';
import type { Language } from '../plan.js';
import { audit, type LeakActor } from './actor.js';
import { detectLanguage } from './language.js';

export interface NewDocument {
  /** The original file's name and bytes. */
  readonly fileName: string;
  readonly bytes: Uint8Array;
  readonly title: string;
  readonly classification: string;
  /** A person id from the roster. */
  readonly owner?: string;
  /** `en` or `zh`; detected from the text when not given. */
  readonly language?: string;
}

export interface Registered {
  readonly document: LeakDocument;
  /** Documents registered earlier from the same file (earlier versions, or a mistake). */
  readonly sameFile: readonly LeakDocument[];
}

/**
 * Reads the document's text, checks what was given about it, and stores it with a new `D-…` id.
 * @example await registerDocument(store, { fileName: 'k80.pdf', bytes, title: 'K80 spec', classification: 'secret' }, actor)
 */
export async function registerDocument(
  store: Store,
  input: NewDocument,
  actor: LeakActor,
): Promise<Registered> {
  const title = input.title.trim();
  if (!title) throw new MolehuntError('MH_ERR_USAGE', 'give the document a title (--title)');
  const classification = classificationOf(input.classification);
  if (input.owner !== undefined && !(await store.entity('person', input.owner))) {
    throw new MolehuntError(
      'MH_ERR_PERSON_UNKNOWN',
      `no person ${input.owner} in the roster to own the document: give a person id (import the HR roster first)`,
    );
  }
  const { mediaType, text } = await extractText(input.fileName, input.bytes);
  const sha256 = hash('sha256', input.bytes, 'hex');
  const document: LeakDocument = {
    id: `D-${randomUUID().slice(0, 8).toUpperCase()}`,
    title,
    language: input.language === undefined ? detectLanguage(text) : languageOf(input.language),
    classification,
    ...(input.owner === undefined ? {} : { owner: input.owner }),
    fileName: input.fileName,
    mediaType,
    sha256,
    size: input.bytes.length,
    characters: text.length,
    registeredAt: Date.now(),
    registeredBy: actor.user,
  };
  const sameFile = (await store.leakDocuments()).filter((d) => d.sha256 === sha256);
  await store.saveLeakDocument(document, text);
  await audit(store, actor, 'leak.register', document.id, `${classification}: ${title}`);
  return { document, sameFile };
}

function classificationOf(given: string): LeakDocument['classification'] {
  const found = leakClassifications.find((c) => c === given.trim().toLowerCase());
  if (found) return found;
  throw new MolehuntError(
    'MH_ERR_USAGE',
    `unknown classification "${given}": use one of ${leakClassifications.join(', ')}`,
  );
}

function languageOf(given: string): Language {
  const language = given.trim().toLowerCase();
  if (language === 'en' || language === 'zh') return language;
  throw new MolehuntError(
    'MH_ERR_USAGE',
    `unknown language "${given}": use en or zh (or leave it out to detect it)`,
  );
}
