/** @module Printing the leak registry for `molehunt leaks …`: documents, matches, and attributions with their positions. */
import {
  type Attribution,
  type DecidingPosition,
  type DocumentMatch,
  type TextAttribution,
  verdictLabel,
  visible,
} from '../leaks/index.js';
import type { LeakDistribution, LeakDocument } from '../store/index.js';
import { formatTime, table } from './format.js';

const percent = (p: number) => `${(p * 100).toFixed(p >= 0.9995 || p < 0.0005 ? 2 : 1)}%`;

export function printDocument(
  document: LeakDocument,
  distribution: LeakDistribution | undefined,
  zone: string,
): void {
  console.log(`${document.id}  ${document.title}`);
  console.log(`classification ${document.classification}; language ${document.language}`);
  if (document.owner) console.log(`owner ${document.owner}`);
  console.log(
    `file ${document.fileName} (${document.mediaType}, ${document.size} bytes, ${document.characters} characters of text)`,
  );
  console.log(`sha256 ${document.sha256}`);
  console.log(`registered by ${document.registeredBy} ${formatTime(document.registeredAt, zone)}`);
  if (!distribution) {
    console.log('not distributed');
    return;
  }
  console.log(
    `distributed by ${distribution.distributedBy} ${formatTime(distribution.distributedAt, zone)} to ${distribution.recipients.length} recipients${distribution.invisibleMarks ? ', with invisible marks' : ''}:`,
  );
  console.log(`  ${distribution.recipients.join(', ')}`);
}

export function printMatches(file: string, matches: readonly DocumentMatch[]): void {
  if (!matches.length) {
    console.log(`${file}: no registered document in it`);
    return;
  }
  console.log(
    table(
      ['document', 'found', 'share', 'passages', 'classification', 'title'],
      matches.map((m) => [
        m.document.id,
        m.verdict === 'copy' ? 'a copy' : 'quotes',
        percent(m.score),
        String(m.spans.filter((s) => s.fingerprints >= 3).length || m.spans.length),
        m.document.classification,
        m.document.title,
      ]),
    ),
  );
}

/** What was found, then the verdict, the five likeliest recipients and the positions that decide. */
export function printAttribution(file: string, found: TextAttribution): void {
  if (found.kind === 'unregistered') {
    console.log(`${file}: no registered document in it; nothing to attribute`);
    return;
  }
  if (found.kind === 'undistributed') {
    const ids = found.matches.map((m) => m.document.id).join(', ');
    console.log(
      `${file} comes from ${ids}, which ${found.matches.length === 1 ? 'was' : 'were'} never distributed: there are no copies to trace it to`,
    );
    return;
  }
  const { document, attribution, match } = found;
  console.log(
    `document ${document.id}  ${document.title}${match ? ` (found in the text: ${match.verdict === 'copy' ? 'a copy' : 'quotes'}, ${percent(match.score)} of it)` : ''}`,
  );
  console.log(`verdict  ${attribution.verdict}: ${verdictLabel(attribution.verdict)}`);
  console.log(attribution.summary);
  console.log(`named    ${attribution.named.length ? attribution.named.join(', ') : 'nobody'}`);
  if (attribution.verdict === 'not-from-document') return;
  console.log('\nmost likely');
  console.log(
    table(
      ['rank', 'recipient', 'probability'],
      attribution.ranking.slice(0, 5).map((r, i) => [String(i + 1), r.recipient, percent(r.probability)]),
    ),
  );
  printPositions(attribution);
}

function printPositions({ positions, coverage }: Attribution): void {
  const deciding = positions.filter((p) => p.decisive);
  console.log(
    `\n${coverage.sitesRead} of ${coverage.sitesCovered} places read${coverage.marksRead ? `, ${coverage.marksRead} invisible marks` : ''}; ${deciding.length} decide:`,
  );
  if (!deciding.length) return;
  console.log(
    table(
      ['at', 'kind', 'the leak shows', 'points to'],
      deciding.map((p) => [
        `${p.leakSpan[0]}–${p.leakSpan[1]}`,
        p.layer === 'mark' ? `mark (${p.kind})` : p.kind,
        shown(p),
        pointsTo(p),
      ]),
    ),
  );
}

const shown = (p: DecidingPosition) => JSON.stringify(visible(p.leakText));

function pointsTo(p: DecidingPosition): string {
  const few = p.pointsTo.slice(0, 3).join(', ');
  return p.pointsTo.length > 3 ? `${few} and ${p.pointsTo.length - 3} more` : few || 'nobody';
}
