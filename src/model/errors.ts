/** @module The error catalogue: every error a user can see has a code, a message that says what to do, and an HTTP status where it applies. */

export const errorCatalogue = {
  MH_ERR_INPUT_UNREADABLE: { status: 400, summary: 'An input file could not be read at all.' },
  MH_ERR_PROFILE_INVALID: {
    status: 400,
    summary: 'A mapping profile is malformed or names an unknown field.',
  },
  MH_ERR_PROFILE_UNKNOWN: { status: 404, summary: 'No mapping profile has that name.' },
  MH_ERR_EVENT_INVALID: { status: 400, summary: 'An event does not match the event model.' },
  MH_ERR_PERSON_UNKNOWN: { status: 404, summary: 'No person has that id, name or address.' },
  MH_ERR_STORE_OPEN: { status: 500, summary: 'The data directory or database could not be opened.' },
  MH_ERR_STORE_MIGRATION: { status: 500, summary: 'The database schema is newer than this molehunt.' },
  MH_ERR_PSEUDONYM_KEY: {
    status: 500,
    summary: 'The pseudonym key file (pseudonym.key in the data directory) is unreadable or malformed.',
  },
  MH_ERR_CONFIG_INVALID: {
    status: 500,
    summary: 'A setting (MOLEHUNT_* variable or flag) is unknown or has a bad value.',
  },
  MH_ERR_RULE_INVALID: {
    status: 400,
    summary: 'A detection rule cannot be loaded, or does not fire on its fixture.',
  },
  MH_ERR_ANSWERS_INVALID: {
    status: 400,
    summary: 'An answer key or labels file for an evaluation is malformed.',
  },
  MH_ERR_BAD_REQUEST: { status: 400, summary: 'An API request has a missing, unknown or malformed field.' },
  MH_ERR_UNAUTHENTICATED: { status: 401, summary: 'The request needs a logged-in session.' },
  MH_ERR_LOGIN_FAILED: {
    status: 401,
    summary: 'The user name or password is wrong, or the account is disabled.',
  },
  MH_ERR_FORBIDDEN: { status: 403, summary: "The account's roles do not allow this." },
  MH_ERR_CSRF: { status: 403, summary: "A changing request came without the session's CSRF token." },
  MH_ERR_NOT_FOUND: {
    status: 404,
    summary: 'Nothing with that id or reference, or not visible to this account.',
  },
  MH_ERR_CONFLICT: {
    status: 409,
    summary: 'The request clashes with what is stored (a user name taken, a request decided).',
  },
  MH_ERR_RATE_LIMITED: { status: 429, summary: 'Too many attempts; wait and try again.' },
  MH_ERR_PASSWORD_WEAK: { status: 400, summary: 'A new password is too short or too common.' },
  MH_ERR_INTERNAL: {
    status: 500,
    summary: 'Something failed that should not have; the server log has the details.',
  },
  MH_ERR_PUSH_PROFILE: {
    status: 400,
    summary: 'Push ingest takes event profiles only; rosters, registers and bundles are imported as files.',
  },
  MH_ERR_LEGAL_HOLD: {
    status: 409,
    summary:
      'The case is under legal hold: nothing of it can be deleted until an investigator releases the hold.',
  },
  MH_ERR_CASE_STATE: {
    status: 409,
    summary:
      'The case is not in a state that allows this (a status move the workflow has no arrow for, a task done twice).',
  },
  MH_ERR_EVIDENCE_MISSING: {
    status: 410,
    summary:
      "An evidence item's content is gone from the evidence store: purged, or deleted outside molehunt.",
  },
  MH_ERR_LEDGER_KEY: {
    status: 500,
    summary: "The case ledger's signing key (<data>/ledger.key) cannot be read; restore it from the backup.",
  },
  MH_ERR_DOCUMENT_TYPE: {
    status: 415,
    summary:
      'A file given as a confidential document or a leak is of a kind molehunt cannot read text from; text, Markdown, HTML, PDF and DOCX are read.',
  },
  MH_ERR_DOCUMENT_NO_TEXT: {
    status: 422,
    summary:
      'A document has no text to read: a scanned PDF without a text layer, or an image. Run OCR on it first and register the text.',
  },
  MH_ERR_LEAK_DISTRIBUTED: {
    status: 409,
    summary:
      'The document was distributed already: every recipient has their copy, and a document has one distribution. Register a new version to send it to more people.',
  },
  MH_ERR_USAGE: { status: 400, summary: 'A command or option was used wrongly.' },
} as const;

export type ErrorCode = keyof typeof errorCatalogue;

/** An error meant for a person to read: `message` says what happened and what to do about it. */
export class MolehuntError extends Error {
  readonly code: ErrorCode;
  readonly status: number;

  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'MolehuntError';
    this.code = code;
    this.status = errorCatalogue[code].status;
  }
}

/** True when `value` is a MolehuntError (also across module copies, by its name and code). */
export function isMolehuntError(value: unknown): value is MolehuntError {
  return value instanceof MolehuntError || (value instanceof Error && value.name === 'MolehuntError');
}
