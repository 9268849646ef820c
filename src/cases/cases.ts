/**
 * @module Cases as the workspace and the command line use them: open one, add evidence (its content into the
 * evidence store first, then its hash into the ledger), act on it, and check it against its signed heads.
 */
import { createHash, randomUUID } from 'node:crypto';
import { join } from 'node:path';
import type {
  CaseAction,
  CaseStatus,
  CaseTreeHead,
  EvidenceKind,
  NoticeLanguage,
  StoredLedgerEntry,
} from '../model/index.js';
import { MolehuntError } from '../model/index.js';
import type { Store } from '../store/index.js';
import { type CaseActor, CaseLedgers, parseEntry } from './case-ledger.js';
import type { CaseState } from './case-state.js';
import { checkLedger, type LedgerProblem } from './check-ledger.js';
import { disciplineEvent } from './discipline.js';
import { EvidenceFiles } from './evidence-files.js';
import { loadOrCreateLedgerKey, publicKeyPem } from './ledger/index.js';

export interface NewEvidence {
  kind: EvidenceKind;
  title: string;
  fileName: string;
  mediaType: string;
  content: Uint8Array;
  source?: Record<string, unknown>;
}

export interface CaseCheck {
  caseId: string;
  size: number;
  root?: string;
  problems: LedgerProblem[];
}

export class Cases {
  readonly files: EvidenceFiles;
  private readonly ledgers: CaseLedgers;
  /** The public half of the ledger key, in the form bundles carry. */
  readonly publicKey: string;

  constructor(
    private readonly store: Store,
    dataDir: string,
    clock: () => number = Date.now,
  ) {
    const key = loadOrCreateLedgerKey(dataDir);
    this.publicKey = publicKeyPem(key);
    this.files = new EvidenceFiles(join(dataDir, 'evidence'));
    this.ledgers = new CaseLedgers(store, key, clock);
  }

  async open(
    opening: { title: string; subjects: string[]; alerts?: string[] },
    who: CaseActor,
  ): Promise<CaseState> {
    const id = shortId('C');
    return this.ledgers.append(
      id,
      { action: 'case.open', title: opening.title, subjects: opening.subjects, alerts: opening.alerts ?? [] },
      who,
    );
  }

  /** The case, or MH_ERR_NOT_FOUND. */
  async get(caseId: string): Promise<CaseState> {
    const state = await this.ledgers.state(caseId);
    if (!state) throw new MolehuntError('MH_ERR_NOT_FOUND', `no case ${caseId}`);
    return state;
  }

  act(
    caseId: string,
    action: Exclude<
      CaseAction,
      { action: 'case.open' | 'case.status' | 'evidence.add' | 'decision.close' | 'notice.generate' }
    >,
    who: CaseActor,
  ) {
    return this.ledgers.append(caseId, action, who);
  }

  /** Moves the case along its workflow (deciding is the committee's vote: closeVote). */
  async moveTo(caseId: string, to: CaseStatus, who: CaseActor): Promise<CaseState> {
    if (to === 'decided') {
      throw new MolehuntError(
        'MH_ERR_CASE_STATE',
        `case ${caseId} is decided only by the committee closing its vote on a proposal`,
      );
    }
    const from = (await this.get(caseId)).status;
    return this.ledgers.append(caseId, { action: 'case.status', from, to }, who);
  }

  addNote(caseId: string, text: string, who: CaseActor): Promise<CaseState> {
    return this.act(caseId, { action: 'note.add', id: shortId('N'), text }, who);
  }

  addTask(caseId: string, task: { title: string; assignee?: string }, who: CaseActor): Promise<CaseState> {
    return this.act(caseId, { action: 'task.add', id: shortId('T'), ...task }, who);
  }

  /** Stored events as one evidence item (their JSON), or MH_ERR_NOT_FOUND naming the ids not stored. */
  async addEvents(
    caseId: string,
    eventIds: readonly string[],
    title: string | undefined,
    who: CaseActor,
  ): Promise<CaseState> {
    const ids = [...new Set(eventIds)];
    const events = (await this.store.events({ ids, limit: ids.length })).items;
    const missing = ids.filter((eventId) => !events.some((event) => event.id === eventId));
    if (missing.length) {
      throw new MolehuntError(
        'MH_ERR_NOT_FOUND',
        `no stored event ${missing.join(', ')}; a person's timeline shows event ids`,
      );
    }
    const sources = [...new Set(events.map((event) => event.source))].join(', ');
    return this.addEvidence(
      caseId,
      {
        kind: 'event',
        title: title ?? `${events.length} event${events.length === 1 ? '' : 's'} from ${sources}`,
        fileName: 'events.json',
        mediaType: 'application/json',
        content: Buffer.from(`${JSON.stringify(events, null, 2)}\n`),
        source: { events: ids },
      },
      who,
    );
  }

  /** Stores the content durably, then records it; a crash in between leaves an unreferenced file, nothing more. */
  async addEvidence(caseId: string, evidence: NewEvidence, who: CaseActor): Promise<CaseState> {
    // Checked before the content is written, so a mistyped case id leaves no stray file.
    if (!(await this.store.caseSummary(caseId)))
      throw new MolehuntError('MH_ERR_NOT_FOUND', `no case ${caseId}`);
    const { sha256, size } = await this.files.put(evidence.content);
    return this.ledgers.append(
      caseId,
      {
        action: 'evidence.add',
        item: {
          id: shortId('EV'),
          kind: evidence.kind,
          title: evidence.title,
          fileName: evidence.fileName,
          mediaType: evidence.mediaType,
          sha256,
          size,
          ...(evidence.source ? { source: evidence.source } : {}),
        },
      },
      who,
    );
  }

  /**
   * Closes the committee's vote. An adopted decision moves the case to decided and enters the person's
   * disciplinary history, which risk's boosters read.
   */
  async closeVote(caseId: string, who: CaseActor): Promise<CaseState> {
    const state = await this.ledgers.append(caseId, { action: 'decision.close' }, who);
    const decision = state.decision!;
    if (decision.outcome === 'adopted') {
      await this.store.appendEvents([disciplineEvent(caseId, decision, state.entries.at(-1)!)]);
    }
    return state;
  }

  /**
   * Writes the disciplinary event of every adopted decision again: the event is written after the ledger entry
   * that adopts it, so a crash in between loses it, and its fixed id makes a second write harmless. Returns how
   * many were missing.
   */
  async restoreDisciplineEvents(): Promise<number> {
    const events = [];
    // Only a decided case (or one closed after its decision) can hold an adopted decision: start-up folds no other.
    for (const state of await this.all((status) => status === 'decided' || status === 'closed')) {
      const decision = state.decision;
      if (decision?.outcome !== 'adopted') continue;
      const closing = state.entries.findLast((entry) => entry.action === 'decision.close')!;
      events.push(disciplineEvent(state.id, decision, closing));
    }
    return events.length ? (await this.store.appendEvents(events)).stored : 0;
  }

  /** The clause ids recorded decisions cite, with the cases citing each. */
  async clausesInUse(): Promise<Map<string, string[]>> {
    const inUse = new Map<string, string[]>();
    for (const state of await this.all()) {
      for (const clause of state.decision?.clauses ?? [])
        inUse.set(clause, [...(inUse.get(clause) ?? []), state.id]);
    }
    return inUse;
  }

  /** Records a notice generated from the case's adopted decision (refused without one). */
  recordNotice(caseId: string, language: NoticeLanguage, text: string, who: CaseActor): Promise<CaseState> {
    const sha256 = createHash('sha256').update(text, 'utf8').digest('hex');
    return this.ledgers.append(caseId, { action: 'notice.generate', language, sha256 }, who);
  }

  /** An item's content, its viewing recorded in the chain of custody first. */
  async viewEvidence(caseId: string, item: string, who: CaseActor): Promise<Buffer> {
    const state = await this.act(caseId, { action: 'evidence.view', item }, who);
    const evidence = state.evidence.find((candidate) => candidate.id === item)!;
    return this.files.read(evidence.sha256, item);
  }

  /** Deletes an item's content (refused under legal hold); its hash and custody stay in the ledger. */
  async purgeEvidence(caseId: string, item: string, who: CaseActor): Promise<CaseState> {
    const state = await this.act(caseId, { action: 'evidence.purge', item }, who);
    const purged = state.evidence.find((candidate) => candidate.id === item)!;
    // Another case may hold the same content: the file goes only when no live item of any case still needs it.
    if (!(await this.contentStillNeeded(purged.sha256))) await this.files.remove(purged.sha256);
    return state;
  }

  /** The stored ledger: entries in seq order and the heads signed over them, smallest first. */
  async ledger(caseId: string): Promise<{ entries: StoredLedgerEntry[]; heads: CaseTreeHead[] }> {
    const [entries, heads] = [await this.store.ledger(caseId), await this.store.treeHeads(caseId)];
    if (!entries.length && !heads.length) throw new MolehuntError('MH_ERR_NOT_FOUND', `no case ${caseId}`);
    return { entries, heads };
  }

  /**
   * Checks the stored ledger against its signed heads and every item's content against its recorded hash, naming
   * each entry or item that was altered, added or is missing.
   */
  async check(caseId: string): Promise<CaseCheck> {
    const { entries: stored, heads } = await this.ledger(caseId);
    const problems = checkLedger(caseId, stored, heads, this.publicKey);
    // Entries are read only as far as they still parse: an altered body is reported above, not thrown here.
    const entries = stored.flatMap((entry) => {
      try {
        return [parseEntry(entry)];
      } catch {
        return [];
      }
    });
    const purged = new Set(
      entries.flatMap((entry) => (entry.action === 'evidence.purge' ? [entry.item] : [])),
    );
    const items = entries.flatMap((entry) => (entry.action === 'evidence.add' ? [entry.item] : []));
    for (const item of items) {
      if (purged.has(item.id)) continue;
      const state = await this.files.check(item.sha256);
      if (state === 'altered' || state === 'missing') {
        problems.push({
          kind: state,
          item: item.id,
          message: `evidence ${item.id} (${item.title}): its content is ${state === 'altered' ? 'altered: it no longer has the SHA-256 the ledger recorded' : 'missing from the evidence store'}`,
        });
      }
    }
    const last = heads.at(-1);
    return { caseId, size: stored.length, ...(last ? { root: last.root } : {}), problems };
  }

  private async contentStillNeeded(sha256: string): Promise<boolean> {
    return (await this.all()).some((state) =>
      state.evidence.some((item) => item.sha256 === sha256 && !item.purged),
    );
  }

  /** Every case (with a status `having` accepts) folded from its ledger: for the rare questions about all of them. */
  private async all(having: (status: CaseStatus) => boolean = () => true): Promise<CaseState[]> {
    const states = [];
    for (const summary of await this.store.cases()) {
      if (!having(summary.status)) continue;
      const state = await this.ledgers.state(summary.id);
      if (state) states.push(state);
    }
    return states;
  }
}

/** An id such as `C-1A2B3C4D`: short enough to say aloud, random enough not to collide in one workspace. */
function shortId(prefix: string): string {
  return `${prefix}-${randomUUID().slice(0, 8).toUpperCase()}`;
}
