/**
 * @module Reference points on the same file, each in its own process: DuckDB's native CSV reader loading a table
 * (what a C++ loader with no per-record mapping costs), and a bare Node.js line split (the floor for reading in JS).
 */
import { once } from 'node:events';
import { createReadStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { DuckDBInstance } from '@duckdb/node-api';

const [peer, file, threads] = process.argv.slice(2);
if (!peer || !file) throw new Error('usage: peers.ts duckdb|node <file.csv> [threads]');
const started = performance.now();
let rows = 0;
if (peer === 'duckdb') {
  const dir = mkdtempSync(join(tmpdir(), 'molehunt-peer-'));
  const instance = await DuckDBInstance.create(join(dir, 'peer.duckdb'), threads ? { threads } : {});
  const connection = await instance.connect();
  await connection.run(
    `CREATE TABLE badges AS SELECT * FROM read_csv('${file.replaceAll("'", "''")}', header = true)`,
  );
  const result = await connection.runAndReadAll('SELECT count(*)::INTEGER AS n FROM badges');
  rows = Number(result.getRowObjects()[0]?.n);
  connection.closeSync();
  instance.closeSync();
  rmSync(dir, { recursive: true, force: true });
} else {
  const lines = createInterface({ input: createReadStream(file), crlfDelay: Number.POSITIVE_INFINITY });
  lines.on('line', (line) => {
    const cells = line.split(',');
    if (cells.length === 7) rows += 1;
  });
  await once(lines, 'close');
  rows -= 1; // the header
}
const seconds = (performance.now() - started) / 1000;
console.log(JSON.stringify({ seconds, peakRssMb: process.resourceUsage().maxRSS / 1024, read: rows }));
