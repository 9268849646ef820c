/** @module The DuckDB Store: the contract's methods, each run in turn on the session. */
import type {
  AuditEntry,
  AuditInput,
  CaseSummary,
  CaseTreeHead,
  Entity,
  EntityRef,
  EntityType,
  Event,
  ImportBatch,
  QuarantineRecord,
  Relation,
  SessionRecord,
  Signal,
  StoredLedgerEntry,
  UnmaskRequest,
  UserRecord,
} from '../../model/index.js';
import type {
  AppendResult,
  AuditQuery,
  EntityQuery,
  EventQuery,
  Page,
  QuarantineQuery,
  ScanQuery,
  SignalQuery,
  Store,
  StoreStats,
  UnmaskQuery,
} from '../contract.js';
import type { LeakDistribution, LeakDocument, LeakVariant } from '../leak-records.js';
import { deleteSessions, readSession, readUser, readUsers, saveSession, saveUser } from './accounts.js';
import { writeBatch } from './append.js';
import { appendAudit, readAudit } from './audit.js';
import { appendLedger, readCases, readLedger, readTreeHeads } from './cases.js';
import { encodeEvents } from './encode.js';
import { entity, findEntities, upsertEntities } from './entities.js';
import { countEvents, readEvents, scanEvents } from './events.js';
import { type IdSet, loadIdSet } from './id-set.js';
import { addQuarantine, beginImport, finishImport, listImports, readQuarantine } from './imports.js';
import {
  readLeakDistribution,
  readLeakDocuments,
  readLeakDocumentText,
  readLeakPlan,
  readLeakVariantText,
  saveLeakDistribution,
  saveLeakDocument,
} from './leaks.js';
import { relationsOf, upsertRelations } from './relations.js';
import { disabledRules, saveSetting, setRuleEnabled, setting } from './rule-settings.js';
import type { Session } from './session.js';
import { ShapeRegistry } from './shapes.js';
import { detectionState, readSignals, saveDetection, signalCounts } from './signals.js';
import { stats } from './stats.js';
import { readUnmaskRequests, saveUnmaskRequest } from './unmask.js';

export class DuckDbStore implements Store {
  readonly kind = 'duckdb';
  private ids?: IdSet;
  private reloading?: Promise<void>;
  private readonly shapes = new ShapeRegistry();
  private auditQueue: {
    entry: AuditInput;
    resolve: (e: AuditEntry) => void;
    reject: (e: unknown) => void;
  }[] = [];
  private auditWriting = false;

  constructor(private readonly session: Session) {}

  /**
   * Encodes the batch and checks its ids in the caller's turn; only the database half waits in the queue, so a
   * caller may build its next batch before awaiting this one.
   */
  async appendEvents(events: readonly Event[]): Promise<AppendResult> {
    if (!events.length) return { stored: 0, duplicates: [] };
    const ids =
      this.ids && !this.reloading && this.ids.hasRoom(events.length)
        ? this.ids
        : await this.idSet(events.length);
    const batch = encodeEvents(events);
    const candidates = new Map(ids.addAll(batch.ids, batch.count).map((row) => [row, events[row]!.id]));
    const duplicates = await this.session.exclusive((db) =>
      writeBatch(db, batch, [...candidates.keys()], this.shapes),
    );
    return {
      stored: batch.count - duplicates.length,
      duplicates: duplicates.map((row) => candidates.get(row)!),
    };
  }

  /**
   * The id set, loaded (or rebuilt larger) after the writes queued before it. Every append waits for a pending
   * load: ids added to a set about to be replaced would be lost from the new one.
   */
  private async idSet(more: number): Promise<IdSet> {
    while (!this.ids || this.reloading || !this.ids.hasRoom(more)) {
      this.reloading ??= this.session
        .exclusive((db) => loadIdSet(db, more))
        .then((loaded) => {
          this.ids = loaded;
        })
        .finally(() => {
          this.reloading = undefined;
        });
      await this.reloading;
    }
    return this.ids;
  }

  events(query: EventQuery): Promise<Page<Event>> {
    return this.session.exclusive((db) => readEvents(db, query));
  }

  countEvents(query: EventQuery): Promise<number> {
    return this.session.exclusive((db) => countEvents(db, query));
  }

  upsertEntities(entities: readonly Entity[]): Promise<number> {
    return this.session.exclusive((db) => upsertEntities(db, entities));
  }

  entity(type: EntityType, id: string): Promise<Entity | undefined> {
    return this.session.exclusive((db) => entity(db, type, id));
  }

  findEntities(query: EntityQuery): Promise<Entity[]> {
    return this.session.exclusive((db) => findEntities(db, query));
  }

  upsertRelations(relations: readonly Relation[]): Promise<number> {
    return this.session.exclusive((db) => upsertRelations(db, relations));
  }

  relations(ref: EntityRef): Promise<Relation[]> {
    return this.session.exclusive((db) => relationsOf(db, ref));
  }

  beginImport(batch: ImportBatch): Promise<void> {
    return this.session.exclusive((db) => beginImport(db, batch));
  }

  finishImport(batch: ImportBatch): Promise<void> {
    return this.session.exclusive((db) => finishImport(db, batch));
  }

  imports(limit?: number): Promise<ImportBatch[]> {
    return this.session.exclusive((db) => listImports(db, limit));
  }

  addQuarantine(records: readonly QuarantineRecord[]): Promise<void> {
    return this.session.exclusive((db) => addQuarantine(db, records));
  }

  quarantine(query: QuarantineQuery): Promise<Page<QuarantineRecord>> {
    return this.session.exclusive((db) => readQuarantine(db, query));
  }

  stats(): Promise<StoreStats> {
    return this.session.exclusive((db) => stats(db));
  }

  scanEvents(query: ScanQuery, onEvents: (events: Event[]) => void): Promise<number> {
    return this.session.exclusive((db) => scanEvents(db, query, onEvents));
  }

  saveDetection(signals: readonly Signal[], state: string): Promise<number> {
    return this.session.transaction((db) => saveDetection(db, signals, state));
  }

  detectionState(): Promise<string | undefined> {
    return this.session.exclusive((db) => detectionState(db));
  }

  signals(query: SignalQuery): Promise<Page<Signal>> {
    return this.session.exclusive((db) => readSignals(db, query));
  }

  signalCounts(): Promise<Record<string, number>> {
    return this.session.exclusive((db) => signalCounts(db));
  }

  saveUser(user: UserRecord): Promise<void> {
    return this.session.exclusive((db) => saveUser(db, user));
  }

  user(username: string): Promise<UserRecord | undefined> {
    return this.session.exclusive((db) => readUser(db, username));
  }

  users(): Promise<UserRecord[]> {
    return this.session.exclusive((db) => readUsers(db));
  }

  saveSession(session: SessionRecord): Promise<void> {
    return this.session.exclusive((db) => saveSession(db, session));
  }

  findSession(tokenHash: string): Promise<SessionRecord | undefined> {
    return this.session.exclusive((db) => readSession(db, tokenHash));
  }

  deleteSessions(which: { tokenHash: string } | { username: string }): Promise<void> {
    return this.session.exclusive((db) => deleteSessions(db, which));
  }

  /**
   * Group commit: entries asked for while a write is running wait for it and then go in one transaction together,
   * so a busy server pays one commit per batch, not per read it records. Each caller still waits until its entry is
   * durable.
   */
  appendAudit(entry: AuditInput): Promise<AuditEntry> {
    return new Promise((resolve, reject) => {
      this.auditQueue.push({ entry, resolve, reject });
      if (this.auditQueue.length === 1 && !this.auditWriting) void this.writeAudit();
    });
  }

  private async writeAudit(): Promise<void> {
    this.auditWriting = true;
    while (this.auditQueue.length) {
      const waiting = this.auditQueue.splice(0);
      try {
        const written = await this.session.transaction((db) =>
          appendAudit(
            db,
            waiting.map((w) => w.entry),
          ),
        );
        waiting.forEach((w, i) => {
          w.resolve(written[i]!);
        });
      } catch (error) {
        for (const w of waiting) w.reject(error);
      }
    }
    this.auditWriting = false;
  }

  audit(query: AuditQuery): Promise<Page<AuditEntry>> {
    return this.session.exclusive((db) => readAudit(db, query));
  }

  saveUnmaskRequest(request: UnmaskRequest): Promise<void> {
    return this.session.exclusive((db) => saveUnmaskRequest(db, request));
  }

  unmaskRequests(query: UnmaskQuery): Promise<UnmaskRequest[]> {
    return this.session.exclusive((db) => readUnmaskRequests(db, query));
  }

  appendLedger(entry: StoredLedgerEntry, head: CaseTreeHead, summary: CaseSummary): Promise<void> {
    return this.session.transaction((db) => appendLedger(db, entry, head, summary));
  }

  ledger(caseId: string, fromSeq = 0): Promise<StoredLedgerEntry[]> {
    return this.session.exclusive((db) => readLedger(db, caseId, fromSeq));
  }

  treeHeads(caseId: string): Promise<CaseTreeHead[]> {
    return this.session.exclusive((db) => readTreeHeads(db, caseId));
  }

  async caseSummary(id: string): Promise<CaseSummary | undefined> {
    return (await this.session.exclusive((db) => readCases(db, id)))[0];
  }

  cases(): Promise<CaseSummary[]> {
    return this.session.exclusive((db) => readCases(db));
  }

  disabledRules(): Promise<string[]> {
    return this.session.exclusive((db) => disabledRules(db));
  }

  setRuleEnabled(rule: string, enabled: boolean): Promise<void> {
    return this.session.exclusive((db) => setRuleEnabled(db, rule, enabled));
  }

  setting(key: string): Promise<string | undefined> {
    return this.session.exclusive((db) => setting(db, key));
  }

  saveSetting(key: string, value: string): Promise<void> {
    return this.session.exclusive((db) => saveSetting(db, key, value));
  }

  saveLeakDocument(document: LeakDocument, text: string): Promise<void> {
    return this.session.transaction((db) => saveLeakDocument(db, document, text));
  }

  leakDocuments(): Promise<LeakDocument[]> {
    return this.session.exclusive((db) => readLeakDocuments(db));
  }

  async leakDocument(id: string): Promise<LeakDocument | undefined> {
    return (await this.session.exclusive((db) => readLeakDocuments(db, id)))[0];
  }

  leakDocumentText(id: string): Promise<string | undefined> {
    return this.session.exclusive((db) => readLeakDocumentText(db, id));
  }

  saveLeakDistribution(
    distribution: LeakDistribution,
    plan: string,
    variants: readonly LeakVariant[],
  ): Promise<void> {
    return this.session.transaction((db) => saveLeakDistribution(db, distribution, plan, variants));
  }

  leakDistribution(docId: string): Promise<LeakDistribution | undefined> {
    return this.session.exclusive((db) => readLeakDistribution(db, docId));
  }

  leakPlan(docId: string): Promise<string | undefined> {
    return this.session.exclusive((db) => readLeakPlan(db, docId));
  }

  leakVariantText(docId: string, recipient: string): Promise<string | undefined> {
    return this.session.exclusive((db) => readLeakVariantText(db, docId, recipient));
  }

  close(): Promise<void> {
    return this.session.close();
  }
}
