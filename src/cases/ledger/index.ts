/** @module The case ledger's cryptographic core: Merkle tree, canonical JSON of entries, and signed tree heads. */
export { canonicalJson } from './canonical.js';
export { keyFingerprint, LEDGER_KEY_FILE, loadOrCreateLedgerKey, publicKeyPem } from './key.js';
export { consistencyProof, inclusionProof, inclusionProofs, leafHash, nodeHash, rootOf } from './merkle.js';
export { verifyConsistency, verifyInclusion } from './merkle-verify.js';
export { headText, type SignedTreeHead, signHead, type TreeHead, verifyHead } from './signing.js';
