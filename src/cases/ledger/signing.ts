/** @module Signed tree heads: a case ledger's size and Merkle root at a moment, signed with the ledger key. */
import { type KeyObject, sign, verify } from 'node:crypto';
import { asEd25519PublicKey } from './key.js';

/** A case ledger's state: how many entries, their Merkle root, and when that was. */
export interface TreeHead {
  caseId: string;
  size: number;
  /** rootOf() the ledger's leaf hashes, 64 lowercase hex digits. */
  root: string;
  /** Epoch milliseconds. */
  at: number;
}

export interface SignedTreeHead extends TreeHead {
  /** Ed25519 over headText(), base64. */
  signature: string;
}

const FORMAT_LINE = 'molehunt case ledger v1';
const rootHex = /^[0-9a-f]{64}$/;
// Line breaks would let a case id forge the lines after it; lone surrogates turn into U+FFFD in UTF-8, so two ids
// would sign alike.
const unsafeInCaseId = /[\p{Cc}\p{Zl}\p{Zp}\p{Surrogate}]/u;
const MAX_DATE_MS = 8.64e15;

/**
 * The exact text a signature covers (as UTF-8), readable by a person and easy to rebuild in any language:
 *
 *     molehunt case ledger v1
 *     case <caseId>
 *     size <size in decimal>
 *     root <64 lowercase hex digits>
 *     time <at as ISO 8601 UTC with milliseconds, e.g. 2024-05-01T12:34:56.789Z>
 *
 * each line ending in "\n", the last one too. The time carries milliseconds, so it converts back to `at` exactly.
 * Throws a TypeError for a head that cannot be written unambiguously.
 */
export function headText(head: TreeHead): string {
  const problem = headProblem(head);
  if (problem !== undefined) throw new TypeError(`Cannot sign this tree head: ${problem}.`);
  return (
    `${FORMAT_LINE}\ncase ${head.caseId}\nsize ${head.size}\nroot ${head.root}\n` +
    `time ${new Date(head.at).toISOString()}\n`
  );
}

/** The head with its Ed25519 signature; only the four head fields are copied. */
export function signHead(head: TreeHead, privateKey: KeyObject): SignedTreeHead {
  if (privateKey.type !== 'private' || privateKey.asymmetricKeyType !== 'ed25519')
    throw new TypeError('Tree heads are signed with the Ed25519 private key from loadOrCreateLedgerKey().');
  const fields: TreeHead = { caseId: head.caseId, size: head.size, root: head.root, at: head.at };
  const signature = sign(null, Buffer.from(headText(fields), 'utf8'), privateKey).toString('base64');
  return { ...fields, signature };
}

/**
 * True when the signature covers exactly this head and was made by the private half of `publicKey` (a key object
 * or SPKI PEM). A malformed head, signature or key is false, never an exception: the input is untrusted.
 */
export function verifyHead(head: SignedTreeHead, publicKey: KeyObject | string): boolean {
  try {
    if (typeof head.signature !== 'string' || headProblem(head) !== undefined) return false;
    const signature = Buffer.from(head.signature, 'base64');
    // Buffer.from skips stray characters; requiring the canonical text keeps one signature to one string.
    if (signature.length !== 64 || signature.toString('base64') !== head.signature) return false;
    return verify(null, Buffer.from(headText(head), 'utf8'), asEd25519PublicKey(publicKey), signature);
  } catch {
    return false;
  }
}

function headProblem({ caseId, size, root, at }: TreeHead): string | undefined {
  if (typeof caseId !== 'string' || caseId === '' || unsafeInCaseId.test(caseId))
    return 'the case id must be a non-empty string without control characters or line breaks';
  if (!Number.isSafeInteger(size) || size < 0) return `the size ${size} is not a whole number of entries`;
  if (typeof root !== 'string' || !rootHex.test(root)) return 'the root must be 64 lowercase hex digits';
  if (!Number.isSafeInteger(at) || Math.abs(at) > MAX_DATE_MS)
    return `the time ${at} is not a whole number of epoch milliseconds within the range of a Date`;
  return undefined;
}
