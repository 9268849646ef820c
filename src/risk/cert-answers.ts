/**
 * @module The CERT Insider Threat Test Dataset's answer key: `answers/insiders.csv` (dataset, scenario, details, user,
 * start, end) names each insider and their answer file (`r4.2-1/r4.2-1-AAM0658.csv`), whose rows are the insider's
 * malicious records as `type,id,date,user,…`. The key covers every release; one dataset is read at a time.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { MolehuntError } from '../model/index.js';

export interface CertInsider {
  user: string;
  scenario: string;
  /** UTC dates (YYYY-MM-DD) of the insider's malicious records: the malicious user-days. */
  days: Set<string>;
}

export interface CertAnswers {
  dataset: string;
  insiders: Map<string, CertInsider>;
}

/** `10/23/2010 01:34:19` → `2010-10-23`: CERT times carry no zone and are read as UTC, as the cert profiles do. */
export function certDay(time: string): string | undefined {
  const match = /^(\d{1,2})\/(\d{1,2})\/(\d{4})\b/.exec(time.trim());
  if (!match) return undefined;
  const [, month, day, year] = match;
  return `${year}-${month!.padStart(2, '0')}-${day!.padStart(2, '0')}`;
}

/**
 * Reads the answer key in `dir` (the folder holding insiders.csv) for one dataset: `dataset` if given, else the only
 * one the key names, else the one the data folder is named after (`r4.2` → 4.2).
 */
export function readCertAnswers(
  dir: string,
  options: { dataset?: string; dataDir?: string } = {},
): CertAnswers {
  const keyPath = join(dir, 'insiders.csv');
  if (!existsSync(keyPath))
    throw new MolehuntError(
      'MH_ERR_INPUT_UNREADABLE',
      `${keyPath} does not exist; --answers names the folder that holds CERT's insiders.csv`,
    );
  const lines = readFileSync(keyPath, 'utf8').split(/\r?\n/).filter(Boolean);
  const header = lines[0]?.split(',').map((h) => h.trim()) ?? [];
  const column = (name: string) => {
    const index = header.indexOf(name);
    if (index < 0)
      throw new MolehuntError(
        'MH_ERR_ANSWERS_INVALID',
        `${keyPath}:1: no "${name}" column; expected the header dataset,scenario,details,user,start,end`,
      );
    return index;
  };
  const [datasetAt, scenarioAt, detailsAt, userAt] = ['dataset', 'scenario', 'details', 'user'].map(column);
  const rows = lines.slice(1).map((line, i) => ({ cells: line.split(','), line: i + 2 }));
  const dataset = chooseDataset(keyPath, [...new Set(rows.map((r) => r.cells[datasetAt!]!.trim()))], options);
  const files = answerFiles(dir);
  const insiders = new Map<string, CertInsider>();
  for (const { cells, line } of rows) {
    if (cells[datasetAt!]!.trim() !== dataset) continue;
    const user = cells[userAt!]?.trim();
    const details = cells[detailsAt!]?.trim();
    if (!user || !details)
      throw new MolehuntError(
        'MH_ERR_ANSWERS_INVALID',
        `${keyPath}:${line}: the user or details cell is empty; each row names an insider and their answer file`,
      );
    const path = files.get(details);
    if (!path)
      throw new MolehuntError(
        'MH_ERR_INPUT_UNREADABLE',
        `${keyPath}:${line}: the answer file ${details} is not in ${dir} or a folder inside it; unpack all of answers.tar.bz2`,
      );
    const insider = insiders.get(user) ?? {
      user,
      scenario: cells[scenarioAt!]!.trim(),
      days: new Set<string>(),
    };
    for (const day of maliciousDays(path)) insider.days.add(day);
    insiders.set(user, insider);
  }
  return { dataset, insiders };
}

function chooseDataset(keyPath: string, datasets: string[], options: { dataset?: string; dataDir?: string }) {
  if (options.dataset !== undefined) {
    if (datasets.includes(options.dataset)) return options.dataset;
    throw new MolehuntError(
      'MH_ERR_USAGE',
      `${keyPath} names no insider of dataset ${options.dataset}; it has ${datasets.join(', ')}`,
    );
  }
  if (datasets.length === 1) return datasets[0]!;
  // A key without insiders (a clean demo company) measures nothing but false positives.
  if (datasets.length === 0) return 'none';
  const named = options.dataDir ? /(\d+\.\d+)/.exec(basename(options.dataDir))?.[1] : undefined;
  if (named && datasets.includes(named)) return named;
  throw new MolehuntError(
    'MH_ERR_USAGE',
    `${keyPath} covers datasets ${datasets.join(', ')}; say which one the data is with --dataset`,
  );
}

/** Every answer file under `dir`, one folder deep, by file name. */
function answerFiles(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    for (const name of readdirSync(join(dir, entry.name))) files.set(name, join(dir, entry.name, name));
  }
  return files;
}

/** The dates of an answer file's rows (`type,id,date,user,…`); a row without a readable date is an error. */
function maliciousDays(path: string): Set<string> {
  const days = new Set<string>();
  readFileSync(path, 'utf8')
    .split(/\r?\n/)
    .forEach((line, i) => {
      if (!line.trim()) return;
      const date = certDay(line.split(',')[2] ?? '');
      if (!date)
        throw new MolehuntError(
          'MH_ERR_ANSWERS_INVALID',
          `${path}:${i + 1}: the third field is not a CERT time (MM/DD/YYYY HH:MM:SS); is this an answer file?`,
        );
      days.add(date);
    });
  return days;
}
