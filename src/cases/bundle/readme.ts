/** @module VERIFY.txt: how anyone holding the bundle checks it, with molehunt or by hand. */
import type { BundleManifest } from './layout.js';
import { bundlePaths } from './layout.js';

export function verifyInstructions(manifest: BundleManifest): string {
  return `Case ${manifest.caseId}: ${manifest.title}
Exported from molehunt by ${manifest.exportedBy} at ${new Date(manifest.exportedAt).toISOString()}.

This bundle is checkable without the system it came from.

With molehunt (any machine with Node.js):

    npx molehunt verify <this-file.zip>
    npx molehunt verify <this-file.zip> --key "${manifest.ledger.keyFingerprint}"
    npx molehunt verify <this-file.zip> --against <an-earlier-bundle-of-this-case.zip>

It checks that the head in ${bundlePaths.head} is signed by the key in ${bundlePaths.publicKey}; that every line
of ${bundlePaths.entries} is in the Merkle tree that head signs (RFC 6962, proofs in ${bundlePaths.proofs}); that every
file under evidence/ has the SHA-256 its entry recorded, and that the reports have the SHA-256 the export entry
recorded. It names any entry or file that was altered, added or removed.

Compare the key's fingerprint with the one the company's molehunt workspace shows:

    ${manifest.ledger.keyFingerprint}

By hand: each evidence file's SHA-256 (sha256sum evidence/*) must equal the "sha256" of its "evidence.add" line in
${bundlePaths.entries}; the ledger holds ${manifest.ledger.size} entries with Merkle root
${manifest.ledger.root}.
`;
}
