/**
 * @module The Store contract: what every storage adapter (DuckDB embedded, PostgreSQL in a cluster) provides.
 * Callers depend on this interface only; `contract.suite.ts` is the one test suite every adapter must pass.
 */
import type {
  AuditEntry,
  AuditInput,
  CaseSummary,
  CaseTreeHead,
  Entity,
  EntityRef,
  EntityType,
  Event,
  EventKind,
  FieldValue,
  ImportBatch,
  QuarantineRecord,
  Relation,
  SessionRecord,
  Signal,
  StoredLedgerEntry,
  UnmaskRequest,
  UserRecord,
} from '../model/index.js';
import type { LeakDistribution, LeakDocument, LeakVariant } from './leak-records.js';

/** A page of results; `next` is an opaque cursor for the following page, absent on the last one. */
export interface Page<T> {
  items: T[];
  next?: string;
}

/**
 * Which events to read. Time is the half-open range [from, to) in epoch ms. Results are ordered by (time, id).
 * An empty `kinds`, `actions`, `sources` or `batches` list matches no event.
 */
export interface EventQuery {
  actor?: string;
  /** Only these event ids (evidence lookups); an empty list matches no event. */
  ids?: string[];
  kinds?: EventKind[];
  actions?: string[];
  sources?: string[];
  /** Only events stored by these import batches (what one import added). */
  batches?: string[];
  from?: number;
  to?: number;
  /** Attribute equality; for a list-valued attribute, the list contains the value. */
  attrs?: Record<string, FieldValue>;
  order?: 'asc' | 'desc';
  /** Page size, 1–10,000 (default 1,000). */
  limit?: number;
  /** Cursor from a previous page. */
  after?: string;
}

export interface AppendResult {
  /** How many events were new and are now stored. */
  stored: number;
  /** Ids of events that were already stored, or repeated within the same call (each repeat listed once per repeat). */
  duplicates: string[];
}

export interface EntityQuery {
  type?: EntityType;
  /** Matches the display name or any of the names (汉字, pinyin, English, aliases), case-insensitive, exact. */
  name?: string;
  /** Attribute equality, e.g. `{ 'user.email': 'chen.zhou@lumen.example' }`. */
  attrs?: Record<string, FieldValue>;
  /** Page size, 1–10,000 (default 1,000). */
  limit?: number;
  /** Keyset paging within one `type`: only entities whose id sorts after this one. */
  afterId?: string;
}

/** Which events to scan: an event query without paging. */
export type ScanQuery = Omit<EventQuery, 'limit' | 'after' | 'order'>;

/** Which signals to read, ordered by (time, id). */
export interface SignalQuery {
  person?: string;
  rule?: string;
  from?: number;
  to?: number;
  /** Page size, 1–10,000 (default 1,000). */
  limit?: number;
  /** Cursor from a previous page. */
  after?: string;
}

export interface QuarantineQuery {
  batch?: string;
  file?: string;
  limit?: number;
  after?: string;
}

/** Which audit entries to read, newest first. `subject` and `action` match exactly; `user` too. */
export interface AuditQuery {
  user?: string;
  action?: string;
  subject?: string;
  from?: number;
  to?: number;
  limit?: number;
  /** Only entries recorded before this sequence number (the cursor of the previous page). */
  beforeSeq?: number;
}

export interface UnmaskQuery {
  status?: UnmaskRequest['status'];
  person?: string;
  requestedBy?: string;
}

export interface StoreStats {
  events: number;
  eventsByKind: Record<string, number>;
  eventsBySource: Record<string, number>;
  persons: number;
  entitiesByType: Record<string, number>;
  relations: number;
  quarantined: number;
  imports: number;
  /** Earliest and latest event time, epoch ms. */
  firstEvent?: number;
  lastEvent?: number;
}

export interface Store {
  /** Which adapter this is, e.g. "duckdb". */
  readonly kind: string;

  /** Appends events; an event whose id is already stored is counted as a duplicate and changes nothing. */
  appendEvents(events: readonly Event[]): Promise<AppendResult>;
  /** Reads events matching the query, one page at a time. */
  events(query: EventQuery): Promise<Page<Event>>;
  /**
   * Hands every matching event to `onEvents`, in (time, id) order, a chunk at a time, from one query: how detection
   * reads the whole store. `onEvents` runs while the store is busy, so it must not call the store. Returns the count.
   */
  scanEvents(query: ScanQuery, onEvents: (events: Event[]) => void): Promise<number>;
  /** Counts events matching the query (limit and cursor ignored). */
  countEvents(query: EventQuery): Promise<number>;

  /** Inserts or merges entities by (type, id): given attributes and names overwrite, others are kept. */
  upsertEntities(entities: readonly Entity[]): Promise<number>;
  entity(type: EntityType, id: string): Promise<Entity | undefined>;
  /** Entities matching every given part of the query, ordered by (type, id). */
  findEntities(query: EntityQuery): Promise<Entity[]>;
  /** Inserts relations; one (from, to, type) is stored once, its attributes merged. */
  upsertRelations(relations: readonly Relation[]): Promise<number>;
  /** Relations in which the entity is either end, ordered by (from, to, type). */
  relations(ref: EntityRef): Promise<Relation[]>;

  /** Records a new import batch as running. */
  beginImport(batch: ImportBatch): Promise<void>;
  /** Updates a batch's counts and status. */
  finishImport(batch: ImportBatch): Promise<void>;
  /** Import batches, the most recently started first. */
  imports(limit?: number): Promise<ImportBatch[]>;
  addQuarantine(records: readonly QuarantineRecord[]): Promise<void>;
  /** Quarantined records in the order they were added, one page at a time. */
  quarantine(query: QuarantineQuery): Promise<Page<QuarantineRecord>>;

  stats(): Promise<StoreStats>;

  /**
   * Stores detection signals (one already stored, by id, is skipped) together with the engine state after them, in
   * one transaction, so a restart resumes where the stored signals end. Returns how many signals were new.
   */
  saveDetection(signals: readonly Signal[], state: string): Promise<number>;
  /** The engine state the last saveDetection stored, as JSON text. */
  detectionState(): Promise<string | undefined>;
  signals(query: SignalQuery): Promise<Page<Signal>>;
  /** Signal counts by rule. */
  signalCounts(): Promise<Record<string, number>>;

  /** Inserts or replaces an account by user name. */
  saveUser(user: UserRecord): Promise<void>;
  user(username: string): Promise<UserRecord | undefined>;
  /** Every account, by user name. */
  users(): Promise<UserRecord[]>;
  saveSession(session: SessionRecord): Promise<void>;
  findSession(tokenHash: string): Promise<SessionRecord | undefined>;
  /** Ends one session, or every session of `username` (on disable or password reset). */
  deleteSessions(which: { tokenHash: string } | { username: string }): Promise<void>;

  /**
   * Appends to the audit trail and returns the entry with its sequence number. There is no way to change or remove
   * an entry: the contract has no such method and the adapters grant none.
   */
  appendAudit(entry: AuditInput): Promise<AuditEntry>;
  audit(query: AuditQuery): Promise<Page<AuditEntry>>;

  /** Inserts or replaces an unmask request by id (a decision updates it). */
  saveUnmaskRequest(request: UnmaskRequest): Promise<void>;
  unmaskRequests(query: UnmaskQuery): Promise<UnmaskRequest[]>;

  /** Rules switched off in the workspace (all others run). */
  disabledRules(): Promise<string[]>;
  setRuleEnabled(rule: string, enabled: boolean): Promise<void>;

  /** A workspace setting an admin edits (JSON text), or undefined when never saved. */
  setting(key: string): Promise<string | undefined>;
  /** Inserts or replaces a setting. */
  saveSetting(key: string, value: string): Promise<void>;

  /**
   * Appends one entry to a case's ledger with the tree head signed over it and the case's new summary, in one
   * transaction: after a crash the three are all there or none is. An entry whose seq is already taken fails with
   * MH_ERR_CONFLICT (another writer appended first); nothing is written then.
   */
  appendLedger(entry: StoredLedgerEntry, head: CaseTreeHead, summary: CaseSummary): Promise<void>;
  /** A case's ledger entries in seq order, from `fromSeq` (default 0). Nothing updates or deletes them. */
  ledger(caseId: string, fromSeq?: number): Promise<StoredLedgerEntry[]>;
  /** The signed heads of a case's ledger, smallest first: one per append. */
  treeHeads(caseId: string): Promise<CaseTreeHead[]>;
  caseSummary(id: string): Promise<CaseSummary | undefined>;
  /** Every case, most recently changed first. */
  cases(): Promise<CaseSummary[]>;

  /** Registers a confidential document with its extracted text. An id already taken fails with MH_ERR_CONFLICT. */
  saveLeakDocument(document: LeakDocument, text: string): Promise<void>;
  /** Registered documents, the most recently registered first, without their text. */
  leakDocuments(): Promise<LeakDocument[]>;
  leakDocument(id: string): Promise<LeakDocument | undefined>;
  /** A document's extracted text: as confidential as the document, so callers check that the reader may see it. */
  leakDocumentText(id: string): Promise<string | undefined>;
  /**
   * Stores a document's distribution: its variant plan (JSON text) and every recipient's copy, in one transaction. A
   * document has one distribution: a second fails with MH_ERR_LEAK_DISTRIBUTED, naming any recipient given again
   * who has a copy already, and writes nothing.
   */
  saveLeakDistribution(
    distribution: LeakDistribution,
    plan: string,
    variants: readonly LeakVariant[],
  ): Promise<void>;
  /** Who received copies of a document and when; nothing of what the copies say. */
  leakDistribution(docId: string): Promise<LeakDistribution | undefined>;
  /**
   * A distribution's variant plan (JSON text), which attribution needs. It holds the document and every recipient's
   * choices, so it rebuilds every copy: callers gate it like the copies themselves.
   */
  leakPlan(docId: string): Promise<string | undefined>;
  /** The text of one recipient's copy. Only callers allowed to read the copies may ask for it. */
  leakVariantText(docId: string, recipient: string): Promise<string | undefined>;

  /** Flushes and releases the database; the store is unusable afterwards. */
  close(): Promise<void>;
}
