/** @module What an import says: a progress bar on a terminal, then counts per file that reconcile. */
import { SingleBar } from 'cli-progress';
import type { ImportReport } from '../ingest/index.js';
import { table } from './format.js';

/** A progress bar on a terminal; none when stderr is a pipe or a file, so logs stay clean. */
export function progressBar():
  | { update: (done: number, total: number) => void; stop: () => void }
  | undefined {
  if (!process.stderr.isTTY) return undefined;
  const bar = new SingleBar({
    format: 'importing [{bar}] {percentage}% | {done} of {all} MB | eta {eta}s',
    stream: process.stderr,
    hideCursor: true,
    clearOnComplete: true,
  });
  let started = false;
  const mb = (bytes: number) => (bytes / 1e6).toFixed(1);
  return {
    update(done, total) {
      if (!started) {
        bar.start(total, 0, { done: mb(0), all: mb(total) });
        started = true;
      }
      bar.update(done, { done: mb(done), all: mb(total) });
    },
    stop: () => started && bar.stop(),
  };
}

export function printReport(report: ImportReport): void {
  const { batch } = report;
  const n = (value: number) => value.toLocaleString('en');
  const rows = report.files.map((f) => [
    f.name,
    f.profile,
    f.encoding,
    n(f.read),
    n(f.stored),
    n(f.duplicates),
    n(f.quarantined),
  ]);
  if (report.files.length > 1) {
    rows.push(['total', '', '', n(batch.read), n(batch.stored), n(batch.duplicates), n(batch.quarantined)]);
  }
  if (rows.length) {
    console.log(table(['file', 'profile', 'encoding', 'read', 'stored', 'duplicates', 'quarantined'], rows));
  }
  console.log(
    `\nbatch ${batch.id}: read ${n(batch.read)} = stored ${n(batch.stored)} + duplicates ${n(batch.duplicates)} + quarantined ${n(batch.quarantined)}` +
      (batch.entities ? `; ${n(batch.entities)} entities and relations written` : ''),
  );
  if (report.layouts) {
    console.log(
      report.layouts.length
        ? `layout: ${report.layouts.join(' or ')} (read from the files' columns)`
        : 'layout: the files do not agree on one layout; they may come from different releases',
    );
  }
  if (batch.quarantined) console.log(`see why with: molehunt quarantine --batch ${batch.id}`);
  if (report.unresolvedActors.length) {
    const sample = report.unresolvedActors.slice(0, 5).join(', ');
    console.log(
      `${n(report.unresolvedActors.length)} actor value(s) matched no person (${sample}${report.unresolvedActors.length > 5 ? ', …' : ''}); import the roster first to link them`,
    );
  }
  for (const failed of report.failed) console.error(`not imported: ${failed.error}`);
}
