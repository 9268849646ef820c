/**
 * @module `--format cert`'s answer key, laid out as CERT's own (r4.2, r5.2, r6.2): `answers/insiders.csv` names each
 * insider and their answer file `answers/rdemo-<scenario>/rdemo-<scenario>-<user>.csv`, whose lines are the insider's
 * malicious records as `<type>,<the record's line in <type>.csv>`. A harness that scores against CERT scores the demo.
 */
import { createReadStream, mkdirSync, writeFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import type { IncidentLabel, Labels } from './labels.js';

/**
 * CERT's scenario number for each malicious incident kind. CERT's releases number their scenarios 1–5; the three of
 * ours that tell one of CERT's stories take its number, and the rest take numbers above CERT's so no harness mistakes
 * them for CERT's. 1: after-hours logon, USB, upload to a leak site. 2: job search, then USB theft before leaving.
 * 3: an administrator snooping on a colleague's computer (CERT's keylogger).
 */
export const certScenarios = {
  after_hours_leak: 1,
  departing_exfiltration: 2,
  admin_snooping: 3,
  reference_case: 6,
  procurement_kickback: 7,
  canary_leak: 8,
  tailgating: 9,
} as const satisfies Record<Exclude<IncidentLabel['kind'], 'decoy'>, number>;

type MaliciousLabel = IncidentLabel & { kind: keyof typeof certScenarios };

/** Decoys are left out, as CERT's key has only insiders: a detector is meant to stay silent on them. */
const isMalicious = (i: IncidentLabel): i is MaliciousLabel => i.malicious && i.kind !== 'decoy';

/** The CERT files that hold events, in the order answer lines of the same second are listed. */
const eventTypes = ['logon', 'device', 'file', 'email', 'http'] as const;
type EventType = (typeof eventTypes)[number];

interface AnswerLine {
  type: EventType;
  line: number;
  /** The record's line as written in `<type>.csv`, without its line end. */
  text: string;
  /** The date column, `MM/dd/yyyy HH:mm:ss`. */
  date: string;
  user: string;
}

/** Writes `out/answers/` from the labels of a demo just written to `out` in the CERT layout. */
export async function writeCertAnswers(out: string, labels: Labels): Promise<void> {
  // CERT's key lists its insiders scenario by scenario.
  const malicious = labels.incidents
    .filter(isMalicious)
    .sort((a, b) => certScenarios[a.kind] - certScenarios[b.kind]);
  const wanted = new Map<EventType, Set<number>>(eventTypes.map((type) => [type, new Set()]));
  const refsOf = new Map(malicious.map((incident) => [incident, eventRefs(incident)]));
  for (const refs of refsOf.values()) for (const ref of refs) wanted.get(ref.type)!.add(ref.line);
  const lines = new Map<EventType, Map<number, string>>();
  for (const [type, numbers] of wanted) lines.set(type, await readLines(`${out}/${type}.csv`, numbers));

  const insiders: string[][] = [];
  for (const [incident, refs] of refsOf) {
    const scenario = certScenarios[incident.kind];
    const records = refs.map((ref) => answerLine(ref, lines.get(ref.type)!.get(ref.line)));
    for (const user of incident.persons) {
      const own = records.filter((r) => r.user === user).sort(inTimeOrder);
      if (!own.length) continue;
      const details = `rdemo-${scenario}-${user}.csv`;
      const folder = `${out}/answers/rdemo-${scenario}`;
      mkdirSync(folder, { recursive: true });
      writeFileSync(`${folder}/${details}`, own.map((r) => `${r.type},${r.text}\r\n`).join(''));
      insiders.push(['demo', String(scenario), details, user, own[0]!.date, own.at(-1)!.date]);
    }
  }
  const rows = [['dataset', 'scenario', 'details', 'user', 'start', 'end'], ...insiders];
  mkdirSync(`${out}/answers`, { recursive: true });
  writeFileSync(`${out}/answers/insiders.csv`, rows.map((r) => `${r.join(',')}\r\n`).join(''));
}

interface EventRef {
  type: EventType;
  line: number;
  recordId?: string;
}

/** The incident's evidence that is a row of a CERT event file, each record once. */
function eventRefs(incident: IncidentLabel): EventRef[] {
  const refs = new Map<string, EventRef>();
  for (const { ref } of incident.evidence) {
    const type = eventTypes.find((t) => ref.file === `${t}.csv`);
    if (type && ref.line !== undefined)
      refs.set(`${type}:${ref.line}`, { type, line: ref.line, recordId: ref.recordId });
  }
  return [...refs.values()];
}

/** The record's line read back; it must carry the record id the labels gave it, or the export is not this one. */
function answerLine(ref: EventRef, text: string | undefined): AnswerLine {
  // id, date and user never hold a comma, so they are never quoted and the first three cells split plainly.
  const [id, date, user] = text?.split(',', 3) ?? [];
  if (text === undefined || id !== ref.recordId || !date || !user)
    throw new Error(
      `${ref.type}.csv line ${ref.line} is not record ${ref.recordId}, which the labels point at; ` +
        'generate the demo again into an empty folder',
    );
  return { type: ref.type, line: ref.line, text, date, user };
}

/** `MM/dd/yyyy HH:mm:ss` → `yyyy/MM/dd HH:mm:ss`: month-first dates sort wrongly as text across a new year. */
const sortableTime = (date: string) => `${date.slice(6, 10)}/${date.slice(0, 5)}${date.slice(10)}`;

function inTimeOrder(a: AnswerLine, b: AnswerLine): number {
  const [ta, tb] = [sortableTime(a.date), sortableTime(b.date)];
  if (ta !== tb) return ta < tb ? -1 : 1;
  return eventTypes.indexOf(a.type) - eventTypes.indexOf(b.type) || a.line - b.line;
}

/**
 * The lines of `path` numbered in `numbers` (the header is line 1, as `RecordRef.line` counts), read in one streaming
 * pass that stops after the last one wanted: `http.csv` runs to gigabytes for a large company.
 */
async function readLines(path: string, numbers: ReadonlySet<number>): Promise<Map<number, string>> {
  const found = new Map<number, string>();
  if (!numbers.size) return found;
  const last = [...numbers].reduce((a, b) => Math.max(a, b));
  const input = createReadStream(path, 'utf8');
  let n = 0;
  try {
    for await (const line of createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY })) {
      n += 1;
      if (numbers.has(n)) found.set(n, line);
      if (n >= last) break;
    }
  } finally {
    input.destroy();
  }
  return found;
}
