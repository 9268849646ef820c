/** @module Distributing a document: one canary copy per recipient, the plan and every copy stored together. */
import { randomBytes } from 'node:crypto';
import { MolehuntError } from '../../model/index.js';
import type { LeakDistribution, LeakDocument, Store } from '../../store/index.js';
import { planVariants } from '../canary/plan-variants.js';
import type { Variant } from '../plan.js';
import { audit, type LeakActor } from './actor.js';

export interface DistributeOptions {
  /** Also tag each copy with zero-width characters and lookalike letters (default: yes). */
  readonly invisibleMarks?: boolean;
  /** The codewords' seed; a secret random one by default. Give one only to reproduce a plan (tests). */
  readonly seed?: string;
}

export interface Distributed {
  readonly document: LeakDocument;
  readonly distribution: LeakDistribution;
  /** The copies to send, in the order of the recipients. */
  readonly variants: readonly Variant[];
}

/**
 * Plans one copy per recipient and stores the plan and every copy in one transaction. A document is distributed
 * once: its codewords are chosen against each other, so a later recipient could not be given one that keeps every
 * copy as far from the others; to reach more people, register a new version.
 * @example const { variants } = await distribute(store, 'D-1A2B3C4D', ['LM10024', 'LM10031'], {}, actor)
 */
export async function distribute(
  store: Store,
  docId: string,
  recipients: readonly string[],
  options: DistributeOptions,
  actor: LeakActor,
): Promise<Distributed> {
  const document = await store.leakDocument(docId);
  if (!document) {
    throw new MolehuntError(
      'MH_ERR_NOT_FOUND',
      `no document ${docId} is registered; \`molehunt leaks list\` shows the registered ones`,
    );
  }
  await refuseSecondDistribution(store, document, recipients);
  await refuseUnknownPersons(store, recipients);
  const text = (await store.leakDocumentText(docId)) ?? '';
  const invisibleMarks = options.invisibleMarks ?? true;
  const { plan, variants } = planVariants(text, document.language, recipients, {
    seed: options.seed ?? randomBytes(16).toString('hex'),
    invisibleMarks,
  });
  const distribution: LeakDistribution = {
    docId,
    recipients: [...plan.recipients],
    invisibleMarks,
    distributedAt: Date.now(),
    distributedBy: actor.user,
  };
  await store.saveLeakDistribution(
    distribution,
    JSON.stringify(plan),
    variants.map((v) => ({
      recipient: v.recipient,
      codeword: [...v.codeword],
      ...(v.marks ? { marks: [...v.marks] } : {}),
      text: v.text,
    })),
  );
  await audit(store, actor, 'leak.distribute', docId, `${recipients.length} recipients`);
  return { document, distribution, variants };
}

async function refuseSecondDistribution(
  store: Store,
  document: LeakDocument,
  recipients: readonly string[],
): Promise<void> {
  const earlier = await store.leakDistribution(document.id);
  if (!earlier) return;
  const have = new Set(earlier.recipients);
  const again = recipients.filter((r) => have.has(r));
  const who = again.length
    ? `${again.join(', ')} ${again.length === 1 ? 'has' : 'have'} a copy already (nobody gets two copies of a document), and `
    : '';
  throw new MolehuntError(
    'MH_ERR_LEAK_DISTRIBUTED',
    `${who}${document.id} was distributed to ${earlier.recipients.length} recipient${earlier.recipients.length === 1 ? '' : 's'} already. ` +
      'A document is distributed once, every copy planned against the others: to send it to more people, register the file again as a new version (`molehunt leaks register`) and distribute that',
  );
}

async function refuseUnknownPersons(store: Store, recipients: readonly string[]): Promise<void> {
  const unknown: string[] = [];
  for (const recipient of recipients) {
    if (!(await store.entity('person', recipient))) unknown.push(recipient);
  }
  if (!unknown.length) return;
  throw new MolehuntError(
    'MH_ERR_PERSON_UNKNOWN',
    `no person ${unknown.join(', ')} in the roster: every recipient is a person id from the imported HR roster; check the ids, or import the roster first`,
  );
}
