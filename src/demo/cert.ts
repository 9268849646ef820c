/**
 * @module `--format cert`: the same simulated days written in the CERT Insider Threat Test Dataset's r6.2 layout
 * (logon, device, file, email, http, LDAP/*.csv, psychometric.csv), for tools and papers that read CERT.
 * CERT has no physical sources, chat or HR events: those records are not written, and label evidence that points
 * at them carries no event id.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import type { Activity, MailMessage } from './activity.js';
import { formatLocal } from './clock.js';
import type { Company, Employee } from './company.js';
import type { Random } from './random.js';
import { csvCell, type RecordRef, SourceFile } from './source-file.js';

/** What the day simulation calls; the native exports and the CERT layout both provide it. */
export type Recorder = Pick<Activity, keyof Activity>;

const certTime = (time: number) => formatLocal(time, 'MM/dd/yyyy HH:mm:ss');

/** CERT ids look like `{X1D9-S0ES98JV-5357PWMI}`; ours are made from the file's letter and the record number. */
function certId(letter: string): (n: number) => string {
  return (n) => {
    const digits = String(n).padStart(12, '0');
    return `{${letter}${digits.slice(0, 3)}-${digits.slice(3, 11)}-${digits.slice(11)}MHDM}`;
  };
}

export function openCertExports(folder: string) {
  const file = (name: string, header: string[], source: string, letter: string) =>
    new SourceFile(folder, { name, format: 'csv', header, source, recordId: certId(letter) });
  return {
    logon: file('logon.csv', ['id', 'date', 'user', 'pc', 'activity'], 'cert.logon', 'L'),
    device: file('device.csv', ['id', 'date', 'user', 'pc', 'file_tree', 'activity'], 'cert.device', 'D'),
    file: file(
      'file.csv',
      [
        'id',
        'date',
        'user',
        'pc',
        'filename',
        'activity',
        'to_removable_media',
        'from_removable_media',
        'content',
      ],
      'cert.file',
      'F',
    ),
    email: file(
      'email.csv',
      ['id', 'date', 'user', 'pc', 'to', 'cc', 'bcc', 'from', 'activity', 'size', 'attachments', 'content'],
      'cert.email',
      'E',
    ),
    http: file('http.csv', ['id', 'date', 'user', 'pc', 'url', 'activity', 'content'], 'cert.http', 'H'),
  };
}

export type CertExports = ReturnType<typeof openCertExports>;

const notExported: RecordRef = { file: '(not in the CERT layout)' };

/** Writes what CERT has a file for; everything else is dropped. */
export class CertActivity implements Recorder {
  private readonly byEmail: Map<string, Employee>;

  constructor(
    private readonly exports: CertExports,
    company: Company,
  ) {
    this.byEmail = new Map(company.employees.map((e) => [e.email, e]));
  }

  badge(): RecordRef {
    return notExported;
  }
  asset(): RecordRef {
    return notExported;
  }
  sighting(): RecordRef {
    return notExported;
  }
  face(): RecordRef {
    return notExported;
  }
  enterLab(): RecordRef {
    return notExported;
  }
  post(): RecordRef {
    return notExported;
  }
  visitor(): RecordRef {
    return notExported;
  }
  chat(): RecordRef {
    return notExported;
  }
  hrChange(): RecordRef {
    return notExported;
  }
  discipline(): RecordRef {
    return notExported;
  }

  logon(person: Employee, time: number, event: 'Logon' | 'Logoff'): RecordRef {
    return this.exports.logon.add(time, (id) => [id, certTime(time), person.id, person.host, event]);
  }

  usb(person: Employee, time: number, event: 'Connect' | 'Disconnect'): RecordRef {
    const tree = event === 'Connect' ? `R:\\;R:\\${person.id}` : '';
    return this.exports.device.add(time, (id) => [id, certTime(time), person.id, person.host, tree, event]);
  }

  file(
    person: Employee,
    time: number,
    operation: 'Open' | 'Write' | 'Copy' | 'Delete',
    path: string,
    _size: number,
    _sha256: string,
    toRemovable = false,
  ): RecordRef {
    return this.exports.file.add(time, (id) => [
      id,
      certTime(time),
      person.id,
      person.host,
      path,
      `File ${operation}`,
      toRemovable ? 'True' : 'False',
      'False',
      '',
    ]);
  }

  mail(time: number, mailbox: string, message: MailMessage): RecordRef {
    const owner = this.byEmail.get(mailbox);
    if (!owner) return notExported;
    const attachments = (message.attachments ?? []).map((a) => `${a.name}(${a.size})`).join(';');
    return this.exports.email.add(time, (id) => [
      id,
      certTime(time),
      owner.id,
      owner.host,
      message.to.join(';'),
      (message.cc ?? []).join(';'),
      (message.bcc ?? []).join(';'),
      message.from,
      message.direction === 'inbound' ? 'View' : 'Send',
      String(message.size),
      attachments,
      message.subject,
    ]);
  }

  web(
    person: Employee,
    time: number,
    _ip: string,
    _method: 'GET' | 'POST',
    url: string,
    _bytes: number,
    category: string,
    action: 'visit' | 'upload' | 'download',
  ): RecordRef {
    const activity = { visit: 'WWW Visit', upload: 'WWW Upload', download: 'WWW Download' }[action];
    return this.exports.http.add(time, (id) => [
      id,
      certTime(time),
      person.id,
      person.host,
      url,
      activity,
      category,
    ]);
  }
}

/** The monthly LDAP snapshots and the psychometric file. */
export function writeCertRegisters(
  folder: string,
  company: Company,
  days: readonly string[],
  random: Random,
): void {
  mkdirSync(`${folder}/LDAP`, { recursive: true });
  const byId = company.byId;
  const months = [...new Set(days.map((d) => d.slice(0, 7)))];
  const ldap = [
    'employee_name,user_id,email,role,projects,business_unit,functional_unit,department,team,supervisor',
    ...company.employees.map((e) =>
      [
        e.name.en,
        e.id,
        e.email,
        e.role.en,
        '',
        '1',
        e.department.en,
        e.department.id,
        e.team,
        e.manager ? (byId.get(e.manager)?.name.en ?? '') : '',
      ]
        .map(csvCell)
        .join(','),
    ),
  ].join('\r\n');
  for (const month of months) writeFileSync(`${folder}/LDAP/${month}.csv`, `${ldap}\r\n`);
  const rng = random.fork('psychometric');
  const psych = [
    'employee_name,user_id,O,C,E,A,N',
    ...company.employees.map((e) =>
      [e.name.en, e.id, ...Array.from({ length: 5 }, () => String(rng.int(10, 50)))].map(csvCell).join(','),
    ),
  ];
  writeFileSync(`${folder}/psychometric.csv`, `${psych.join('\r\n')}\r\n`);
}
