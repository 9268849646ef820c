/**
 * @module The DuckDB schema as numbered, forward-only migrations. Never edit a released migration: add the next one.
 *
 * Why the events table looks as it does (measured on a 2-core machine, 100k-event appends):
 * - No PRIMARY KEY on id: keeping an ART index on random UUIDs cost 1.3 µs an event into an empty table and 3.8 µs
 *   into 5M events. Duplicates are found by the in-memory id set instead (id-set.ts).
 * - No index for timelines either: an ART on (actor, time) added 0.4 µs an event and the timeline queries did not
 *   use it. Events arrive roughly in time order, so the min/max zone maps of each row group prune `time` ranges.
 * - Source, kind, action, batch and file repeat across a batch: they live in event_shapes, one INTEGER per event.
 * - attrs is JSON text in a VARCHAR: a JSON column re-parses every value on insert (+0.15 µs an event), and the
 *   text is built from JSON.stringify'd fragments, so it is valid by construction.
 */

export interface Migration {
  version: number;
  name: string;
  statements: string[];
}

export const migrations: readonly Migration[] = [
  {
    version: 1,
    name: 'events, entities, relations, imports, quarantine',
    statements: [
      `CREATE TABLE event_shapes (
        shape INTEGER PRIMARY KEY,
        source VARCHAR NOT NULL,
        kind VARCHAR NOT NULL,
        action VARCHAR NOT NULL,
        batch VARCHAR NOT NULL,
        file VARCHAR NOT NULL,
        UNIQUE (source, kind, action, batch, file))`,
      `CREATE TABLE events (
        id UUID NOT NULL,
        time BIGINT NOT NULL,
        shape INTEGER NOT NULL,
        actor VARCHAR,
        target VARCHAR,
        attrs VARCHAR NOT NULL,
        line BIGINT NOT NULL)`,
      `CREATE TABLE entities (
        type VARCHAR NOT NULL,
        id VARCHAR NOT NULL,
        name VARCHAR NOT NULL,
        names JSON,
        attrs JSON NOT NULL,
        source VARCHAR NOT NULL,
        PRIMARY KEY (type, id))`,
      `CREATE TABLE relations (
        from_ref VARCHAR NOT NULL,
        to_ref VARCHAR NOT NULL,
        type VARCHAR NOT NULL,
        attrs JSON NOT NULL,
        source VARCHAR NOT NULL,
        PRIMARY KEY (from_ref, to_ref, type))`,
      `CREATE TABLE imports (
        id VARCHAR PRIMARY KEY,
        profile VARCHAR NOT NULL,
        source VARCHAR NOT NULL,
        files VARCHAR NOT NULL,
        started_at BIGINT NOT NULL,
        finished_at BIGINT,
        read BIGINT NOT NULL,
        stored BIGINT NOT NULL,
        duplicates BIGINT NOT NULL,
        quarantined BIGINT NOT NULL,
        entities BIGINT NOT NULL,
        status VARCHAR NOT NULL)`,
      `CREATE TABLE quarantine (
        seq BIGINT NOT NULL,
        batch VARCHAR NOT NULL,
        file VARCHAR NOT NULL,
        line BIGINT NOT NULL,
        field VARCHAR,
        reason VARCHAR NOT NULL,
        raw VARCHAR NOT NULL,
        quarantined_at BIGINT NOT NULL)`,
    ],
  },
  {
    version: 2,
    name: 'detection signals and engine state',
    statements: [
      `CREATE TABLE signals (
        id UUID PRIMARY KEY,
        rule VARCHAR NOT NULL,
        title VARCHAR NOT NULL,
        level VARCHAR NOT NULL,
        person VARCHAR,
        time BIGINT NOT NULL,
        grp VARCHAR NOT NULL,
        events VARCHAR NOT NULL,
        detected_at BIGINT NOT NULL)`,
      // One row: the engine's snapshot after the signals above.
      `CREATE TABLE detection_state (id INTEGER PRIMARY KEY, state VARCHAR NOT NULL, saved_at BIGINT NOT NULL)`,
    ],
  },
  {
    version: 3,
    name: 'accounts, sessions, audit trail, unmask requests, rule switches',
    statements: [
      `CREATE TABLE users (
        username VARCHAR PRIMARY KEY,
        roles VARCHAR NOT NULL,
        password_hash VARCHAR NOT NULL,
        must_change_password BOOLEAN NOT NULL,
        disabled BOOLEAN NOT NULL,
        created_at BIGINT NOT NULL,
        updated_at BIGINT NOT NULL,
        last_login_at BIGINT)`,
      `CREATE TABLE sessions (
        token_hash VARCHAR PRIMARY KEY,
        username VARCHAR NOT NULL,
        created_at BIGINT NOT NULL,
        expires_at BIGINT NOT NULL,
        ip VARCHAR NOT NULL)`,
      // Append-only: the store has no statement that updates or deletes a row of it.
      `CREATE TABLE audit_log (
        seq BIGINT PRIMARY KEY,
        recorded_at BIGINT NOT NULL,
        username VARCHAR NOT NULL,
        roles VARCHAR NOT NULL,
        action VARCHAR NOT NULL,
        subject VARCHAR,
        reason VARCHAR,
        case_id VARCHAR,
        ip VARCHAR NOT NULL,
        detail VARCHAR)`,
      `CREATE TABLE unmask_requests (
        id VARCHAR PRIMARY KEY,
        person VARCHAR NOT NULL,
        requested_by VARCHAR NOT NULL,
        reason VARCHAR NOT NULL,
        case_id VARCHAR,
        requested_at BIGINT NOT NULL,
        status VARCHAR NOT NULL,
        decided_by VARCHAR,
        decided_at BIGINT,
        note VARCHAR,
        expires_at BIGINT)`,
      `CREATE TABLE rule_settings (rule VARCHAR PRIMARY KEY, enabled BOOLEAN NOT NULL, updated_at BIGINT NOT NULL)`,
    ],
  },
  {
    version: 4,
    name: 'cases: their ledgers, signed tree heads and summaries',
    statements: [
      // Append-only, like the audit trail: the store has no statement that updates or deletes a row of either.
      `CREATE TABLE case_ledger (
        case_id VARCHAR NOT NULL,
        seq BIGINT NOT NULL,
        body VARCHAR NOT NULL,
        leaf_hash VARCHAR NOT NULL,
        PRIMARY KEY (case_id, seq))`,
      `CREATE TABLE case_heads (
        case_id VARCHAR NOT NULL,
        size BIGINT NOT NULL,
        root VARCHAR NOT NULL,
        signed_at BIGINT NOT NULL,
        signature VARCHAR NOT NULL,
        PRIMARY KEY (case_id, size))`,
      `CREATE TABLE cases (
        id VARCHAR PRIMARY KEY,
        title VARCHAR NOT NULL,
        status VARCHAR NOT NULL,
        hold BOOLEAN NOT NULL,
        subjects VARCHAR NOT NULL,
        opened_at BIGINT NOT NULL,
        opened_by VARCHAR NOT NULL,
        updated_at BIGINT NOT NULL,
        size BIGINT NOT NULL)`,
    ],
  },
  {
    version: 5,
    name: 'workspace settings an admin edits (policy clauses, notice templates)',
    statements: [
      `CREATE TABLE settings (key VARCHAR PRIMARY KEY, value VARCHAR NOT NULL, updated_at BIGINT NOT NULL)`,
    ],
  },
  {
    version: 6,
    name: 'leak registry: confidential documents, their distribution and every copy issued',
    statements: [
      // The text sits in its own table: listing documents never reads it, and reading it is one named method.
      `CREATE TABLE leak_documents (
        id VARCHAR PRIMARY KEY,
        title VARCHAR NOT NULL,
        language VARCHAR NOT NULL,
        classification VARCHAR NOT NULL,
        owner VARCHAR,
        file_name VARCHAR NOT NULL,
        media_type VARCHAR NOT NULL,
        sha256 VARCHAR NOT NULL,
        size BIGINT NOT NULL,
        characters BIGINT NOT NULL,
        registered_at BIGINT NOT NULL,
        registered_by VARCHAR NOT NULL)`,
      `CREATE TABLE leak_document_texts (doc_id VARCHAR PRIMARY KEY, text VARCHAR NOT NULL)`,
      // One row per document: a document is distributed once (its codewords are chosen against each other).
      `CREATE TABLE leak_distributions (
        doc_id VARCHAR PRIMARY KEY,
        recipients VARCHAR NOT NULL,
        invisible_marks BOOLEAN NOT NULL,
        plan VARCHAR NOT NULL,
        distributed_at BIGINT NOT NULL,
        distributed_by VARCHAR NOT NULL)`,
      `CREATE TABLE leak_variants (
        doc_id VARCHAR NOT NULL,
        recipient VARCHAR NOT NULL,
        codeword VARCHAR NOT NULL,
        marks VARCHAR,
        text VARCHAR NOT NULL,
        PRIMARY KEY (doc_id, recipient))`,
    ],
  },
];
