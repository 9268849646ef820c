/** Tests for the CERT answer key of `--format cert`: insiders.csv and the answer files agree with the exports and labels. */
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { certScenarios, writeCertAnswers } from './cert-answers.js';
import { generateDemo } from './generate.js';
import type { IncidentLabel, Labels } from './labels.js';

const root = mkdtempSync(join(tmpdir(), 'molehunt-cert-answers-'));
/** The generated demo. */
const out = join(root, 'demo');
const eventFiles = ['logon', 'device', 'file', 'email', 'http'];

interface Insider {
  dataset: string;
  scenario: string;
  details: string;
  user: string;
  start: string;
  end: string;
}

interface LabelFile {
  incidents: {
    kind: string;
    persons: string[];
    malicious: boolean;
    evidence: { file: string; line: number; record_id: string }[];
  }[];
}

/** A CRLF file's lines, after checking that every line ends in CRLF. */
function crlfLines(path: string): string[] {
  const text = readFileSync(join(out, path), 'utf8');
  expect(text.endsWith('\r\n'), `${path} ends with CRLF`).toBe(true);
  expect(text.replaceAll('\r\n', ''), `${path} has no bare CR or LF`).not.toMatch(/[\r\n]/);
  return text.slice(0, -2).split('\r\n');
}

/** `MM/dd/yyyy HH:mm:ss` as milliseconds, to compare times. */
function certTime(text: string): number {
  const match = /^(\d\d)\/(\d\d)\/(\d{4}) (\d\d):(\d\d):(\d\d)$/.exec(text);
  expect(match, `${text} is a CERT time`).not.toBeNull();
  const [, month, day, year, h, m, s] = match!.map(Number);
  return Date.UTC(year!, month! - 1, day, h, m, s);
}

let insiders: Insider[];
let header: string;
let labels: LabelFile;
/** Each export file's lines, line 1 the header. */
const exports = new Map<string, string[]>();

beforeAll(async () => {
  await generateDemo({ employees: 100, days: 30, start: '2025-08-15', seed: 'lumen', format: 'cert', out });
  const lines = crlfLines('answers/insiders.csv');
  header = lines[0]!;
  insiders = lines.slice(1).map((line) => {
    const [dataset, scenario, details, user, start, end] = line.split(',');
    return { dataset, scenario, details, user, start, end } as Insider;
  });
  labels = JSON.parse(readFileSync(join(out, 'labels.json'), 'utf8'));
  for (const type of eventFiles) exports.set(type, crlfLines(`${type}.csv`));
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

const answerLines = (insider: Insider) =>
  crlfLines(`answers/rdemo-${insider.scenario}/${insider.details}`).map((line) => {
    const comma = line.indexOf(',');
    return { type: line.slice(0, comma), record: line.slice(comma + 1), cells: line.split(',') };
  });

/** The labelled records of an incident that are rows of a CERT event file acted by `user`. */
function labelledRecordsOf(incident: LabelFile['incidents'][number], user: string): string[] {
  return incident.evidence
    .filter((e) => eventFiles.includes(e.file.replace(/\.csv$/, '')))
    .map((e) => exports.get(e.file.replace(/\.csv$/, ''))![e.line - 1]!)
    .filter((record) => record.split(',')[2] === user);
}

describe('the CERT answer key of the demo', () => {
  it("writes insiders.csv with CERT's header and one insider per row", () => {
    expect(header).toBe('dataset,scenario,details,user,start,end');
    expect(insiders.length).toBeGreaterThanOrEqual(3);
    for (const insider of insiders) {
      expect(insider.dataset).toBe('demo');
      expect(Object.values(certScenarios).map(String)).toContain(insider.scenario);
      expect(insider.details).toBe(`rdemo-${insider.scenario}-${insider.user}.csv`);
    }
  });

  it('names only users in the LDAP snapshots, each with an answer file in its scenario folder', () => {
    const users = new Set(
      readdirSync(join(out, 'LDAP')).flatMap((name) =>
        crlfLines(`LDAP/${name}`)
          .slice(1)
          .map((line) => line.split(',')[1]),
      ),
    );
    for (const insider of insiders) {
      expect(users).toContain(insider.user);
      expect(existsSync(join(out, 'answers', `rdemo-${insider.scenario}`, insider.details))).toBe(true);
    }
  });

  it("copies each answer record exactly from the export, the insider's own, in time order within start..end", () => {
    for (const insider of insiders) {
      const lines = answerLines(insider);
      expect(lines.length).toBeGreaterThan(0);
      const times = lines.map((l) => certTime(l.cells[2]!));
      for (const { type, record, cells } of lines) {
        expect(eventFiles).toContain(type);
        const id = cells[1]!;
        const written = exports.get(type)!.filter((line) => line.startsWith(`${id},`));
        expect(written, `${id} is written once in ${type}.csv`).toEqual([record]);
        expect(cells[3]).toBe(insider.user);
      }
      expect(times).toEqual([...times].sort((a, b) => a - b));
      expect(times[0]).toBe(certTime(insider.start));
      expect(times.at(-1)).toBe(certTime(insider.end));
    }
  });

  it('answers every labelled CERT record of each insider and nothing else', () => {
    for (const insider of insiders) {
      const records = labels.incidents
        .filter(
          (i) =>
            i.malicious && String(certScenarios[i.kind as keyof typeof certScenarios]) === insider.scenario,
        )
        .flatMap((i) => labelledRecordsOf(i, insider.user));
      expect(
        answerLines(insider)
          .map((l) => l.record)
          .sort(),
      ).toEqual([...new Set(records)].sort());
    }
  });

  it('points labels.json lines at the record they name, counting the header as line 1', () => {
    for (const { evidence } of labels.incidents)
      for (const e of evidence.filter((e) => eventFiles.includes(e.file.replace(/\.csv$/, ''))))
        expect(exports.get(e.file.replace(/\.csv$/, ''))![e.line - 1]!.startsWith(`${e.record_id},`)).toBe(
          true,
        );
  });

  it("lists the insiders of CERT's scenarios under CERT's numbers", () => {
    const incident = (kind: string) => {
      const found = labels.incidents.find((i) => i.kind === kind);
      expect(found, `the small demo plants ${kind}`).toBeDefined();
      return found!;
    };
    const scenarioOf = (user: string) => insiders.filter((i) => i.user === user).map((i) => i.scenario);
    expect(scenarioOf(incident('departing_exfiltration').persons[0]!)).toEqual(['2']);
    expect(scenarioOf(incident('after_hours_leak').persons[0]!)).toEqual(['1']);
    const [admin, victim] = incident('admin_snooping').persons;
    expect(scenarioOf(admin!)).toEqual(['3']);
    // The colleague whose computer was used is named in the incident but did none of its records.
    expect(scenarioOf(victim!)).toEqual([]);
  });

  it('leaves out decoys and incidents with no record in the CERT files', () => {
    const users = new Set(insiders.map((i) => i.user));
    const decoys = labels.incidents.filter((i) => !i.malicious);
    expect(decoys.length).toBeGreaterThan(0);
    for (const person of decoys.flatMap((i) => i.persons)) expect(users).not.toContain(person);
    for (const i of labels.incidents.filter((i) => i.malicious)) {
      const listed = i.persons.some((p) => labelledRecordsOf(i, p).length > 0);
      const scenario = String(certScenarios[i.kind as keyof typeof certScenarios]);
      expect(
        insiders.some((row) => row.scenario === scenario),
        i.kind,
      ).toBe(listed);
    }
  });
});

describe('writeCertAnswers on a hand-made export', () => {
  const folder = join(root, 'hand-made');
  const write = (name: string, lines: string[]) =>
    writeFileSync(join(folder, name), `${lines.join('\r\n')}\r\n`);
  const ref = (file: string, line: number, recordId: string) => ({ says: '', ref: { file, line, recordId } });
  const labelsOf = (evidence: IncidentLabel['evidence']): Labels => ({
    generator: { employees: 1, days: 1, start: '2024-12-31', seed: 's', format: 'cert' },
    incidents: [
      {
        id: 'leak',
        kind: 'after_hours_leak',
        title: 'a leak',
        persons: ['U1'],
        from: '2024-12-31',
        to: '2025-01-02',
        malicious: true,
        evidence,
      },
    ],
    noise: [],
  });

  beforeAll(() => {
    mkdirSync(folder, { recursive: true });
    write('logon.csv', [
      'id,date,user,pc,activity',
      '{L1},12/31/2024 23:00:00,U1,PC-1,Logon',
      '{L2},01/02/2025 08:00:00,U1,PC-1,Logon',
    ]);
    write('device.csv', [
      'id,date,user,pc,file_tree,activity',
      '{D1},01/02/2025 08:00:00,U1,PC-1,R:\\,Connect',
    ]);
  });

  it('orders by time across years, then by file (logon before device), whatever order the labels give', async () => {
    await writeCertAnswers(
      folder,
      labelsOf([ref('device.csv', 2, '{D1}'), ref('logon.csv', 3, '{L2}'), ref('logon.csv', 2, '{L1}')]),
    );
    expect(readFileSync(join(folder, 'answers/rdemo-1/rdemo-1-U1.csv'), 'utf8')).toBe(
      [
        'logon,{L1},12/31/2024 23:00:00,U1,PC-1,Logon',
        'logon,{L2},01/02/2025 08:00:00,U1,PC-1,Logon',
        'device,{D1},01/02/2025 08:00:00,U1,PC-1,R:\\,Connect',
        '',
      ].join('\r\n'),
    );
    expect(readFileSync(join(folder, 'answers/insiders.csv'), 'utf8')).toContain(
      'demo,1,rdemo-1-U1.csv,U1,12/31/2024 23:00:00,01/02/2025 08:00:00\r\n',
    );
  });

  it('refuses labels whose line holds another record', async () => {
    await expect(writeCertAnswers(folder, labelsOf([ref('logon.csv', 2, '{L2}')]))).rejects.toThrow(
      /logon\.csv line 2 is not record \{L2\}.*generate the demo again/,
    );
  });
});
