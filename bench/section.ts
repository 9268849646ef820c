/** @module Writes one benchmark's section of docs/benchmarks.md, between its `<!-- bench:NAME -->` markers. */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const docPath = 'docs/benchmarks.md';

/** Replaces the section named `name` (or appends it), markers included; `body` is the Markdown between them. */
export function writeBenchSection(name: string, body: string): void {
  const open = `<!-- bench:${name} -->`;
  const close = `<!-- /bench:${name} -->`;
  const section = `${open}\n${body.trim()}\n${close}`;
  const doc = existsSync(docPath) ? readFileSync(docPath, 'utf8') : '# Benchmarks\n';
  const start = doc.indexOf(open);
  const end = doc.indexOf(close);
  writeFileSync(
    docPath,
    start >= 0 && end > start
      ? `${doc.slice(0, start)}${section}${doc.slice(end + close.length)}`
      : `${doc.trimEnd()}\n\n${section}\n`,
  );
  console.error(`wrote the ${name} section of ${docPath}`);
}
