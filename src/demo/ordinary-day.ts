/** @module An ordinary day of one employee: arriving, badging, logging on, mail, chat, the web and files, going home. */
import type { Recorder } from './cert.js';
import { localTime } from './clock.js';
import type { Company, Employee } from './company.js';
import {
  externalSubjects,
  internalSubjects,
  parts,
  supplierChatLines,
  teamChatLines,
  usbModels,
  websites,
  workFiles,
} from './content.js';
import type { Random } from './random.js';
import { area, garageCameras } from './sites.js';

export interface Day {
  date: string;
  /** A working day by the official calendar (make-up Saturdays included, holidays excluded). */
  working: boolean;
  /** Days since the simulation started, for shift rotas. */
  index: number;
}

/** Who works with whom: teams and their rooms, built once. */
export class Directory {
  readonly teams = new Map<string, Employee[]>();
  /** Who is on leave when, as HR recorded it. */
  leave = new Map<string, Set<string>>();

  constructor(readonly company: Company) {
    for (const person of company.employees) {
      const key = teamKey(person);
      const members = this.teams.get(key) ?? [];
      members.push(person);
      this.teams.set(key, members);
    }
  }

  teammates(person: Employee): Employee[] {
    return this.teams.get(teamKey(person)) ?? [];
  }

  room(person: Employee): { id: string; name: string; participants: string[] } {
    const members = this.teammates(person);
    return {
      id: `wr${person.department.id.toLowerCase()}-${members[0]?.id ?? person.id}`,
      name: `${person.department.zh}-${person.team}`,
      participants: members.map((m) => m.id),
    };
  }
}

function teamKey(person: Employee): string {
  return `${person.department.id}/${person.team}`;
}

/** The IP address of a person's computer on the office network. */
export function ipOf(person: Employee): string {
  const n = Number(person.host.replace(/\D/g, ''));
  return person.site === 'shenzhen'
    ? `10.12.${(n >> 8) & 255}.${n & 255}`
    : `10.40.${(n >> 8) & 255}.${n & 255}`;
}

/** The hours a person is in on a day, or undefined when they are not. */
export function presence(
  person: Employee,
  day: Day,
  rng: Random,
  onLeave = false,
): { from: number; to: number } | undefined {
  if (onLeave) return undefined;
  if (person.pattern === 'shift') {
    const team = person.shift ?? 0;
    if ((day.index + team * 2) % 7 >= 5) return undefined;
    const start = [7, 15, 23][team] ?? 7;
    return { from: start - 0.1 + rng.normal(0, 0.05), to: start + 8.1 + rng.normal(0, 0.1) };
  }
  const weekendWorker = person.pattern === 'rd' || person.pattern === 'lab';
  if (!day.working && !(weekendWorker && rng.chance(0.04))) return undefined;
  if (rng.chance(0.015)) return undefined; // a day off sick, an offsite
  if (person.pattern === 'sales' && rng.chance(0.25)) return undefined; // travelling
  const from = person.arrival + rng.normal(0, 0.3);
  const overtime = rng.chance(person.pattern === 'rd' ? 0.15 : 0.08) ? rng.int(60, 150) / 60 : 0;
  return { from, to: from + person.hours + rng.normal(0, 0.4) + overtime };
}

/** Writes one ordinary day of `person`. */
export function ordinaryDay(
  act: Recorder,
  directory: Directory,
  person: Employee,
  day: Day,
  rng: Random,
): void {
  const hours = presence(person, day, rng, directory.leave.get(person.id)?.has(day.date));
  if (!hours) return;
  const at = (h: number) => localTime(day.date, h);
  const arrive = at(hours.from);
  // Lab staff stay for a night build now and then, checking the prototypes they use out and back in.
  const night = person.department.id === 'LAB' && day.working && rng.chance(0.04);
  const leave = night ? at(22.6 + rng.next() * 0.8) : at(hours.to);
  const minutes = (n: number) => n * 60_000;
  if (night) {
    const [model, name] = rng.pick(prototypes);
    const asset = { id: `PT-${model}-${String(rng.int(1, 40)).padStart(3, '0')}`, name };
    const approver = directory.company.byId.get(person.manager ?? '') ?? person;
    act.enterLab(person, at(20.4));
    act.asset(person, at(20.5), '借出', asset, 'SZ-N5', approver);
    act.asset(person, at(22.3), '归还', asset, 'SZ-N5', approver);
    act.badge(person, at(22.4), 'SZ-N5', 'N5实验室门', 'out');
  }

  // Badges: in at the lobby, into the work area, out at the lobby (3% of badge-outs are never recorded).
  const lobby = area(person.site === 'shenzhen' ? 'SZ-LOBBY' : 'BJ-LOBBY');
  const workArea = area(workAreaOf(person));
  act.badge(person, arrive, lobby.id, rng.pick(lobby.doors), 'in', true, rng.chance(0.002));
  act.badge(person, arrive + minutes(rng.int(2, 6)), workArea.id, rng.pick(workArea.doors), 'in');
  if (person.labAccess && day.working) {
    labVisits(act, person, arrive, leave, rng, directory.company.byId.get(person.manager ?? '') ?? person);
  }
  if (person.department.id === 'ADMIN' && rng.chance(0.05)) {
    const item = rng.pick(['笔记本电脑送修', '展会物料', '办公设备报废', '样品寄送']);
    act.asset(
      person,
      arrive + minutes(rng.int(30, 300)),
      '放行',
      { id: `GP-${rng.hex(6).toUpperCase()}`, name: item },
      'SZ-LOBBY',
      directory.company.byId.get(person.manager ?? ''),
    );
  }
  if (person.serverAccess && rng.chance(0.3)) {
    const t = arrive + (leave - arrive) * rng.next();
    act.badge(person, t, 'SZ-SERVER', '机房门', 'in');
    act.badge(person, t + minutes(rng.int(10, 50)), 'SZ-SERVER', '机房门', 'out');
  }
  if (!rng.chance(0.03)) act.badge(person, leave, lobby.id, rng.pick(lobby.doors), 'out');

  if (person.car) garage(act, person, arrive, leave, rng);

  // The computer.
  const ip = ipOf(person);
  const logon = arrive + minutes(rng.int(4, 15));
  const logoff = leave - minutes(rng.int(2, 10));
  if (person.pattern !== 'shift') {
    act.logon(person, logon, 'Logon', ip);
    act.logon(person, logoff, 'Logoff', ip);
  }
  const during = () => logon + (logoff - logon) * rng.next();
  if (person.pattern === 'shift') return;

  for (let i = rng.poisson(6); i > 0; i--) {
    const category = rng.weighted([
      ['business', 3],
      ['tech', person.pattern === 'rd' ? 5 : 1],
      ['news', 2],
      ['shopping', 1],
      ['social', 1],
      ['jobs', 0.05],
    ] as const);
    const url = rng.pick(websites[category]!);
    act.web(person, during(), ip, 'GET', url, rng.int(300, 2000), category, 'visit');
  }
  const mates = directory.teammates(person).filter((m) => m.id !== person.id);
  for (let i = rng.poisson(2.5); i > 0 && mates.length; i--) {
    const to = rng.sample(mates, rng.int(1, Math.min(3, mates.length)));
    const subject = rng
      .pick(internalSubjects)
      .replace('{n}', String(day.index + 30))
      .replace('{q}', '3');
    const attachments = rng.chance(0.2)
      ? [
          {
            name: `${rng.pick(['汇总', 'notes', '方案', 'data'])}.xlsx`,
            size: rng.int(20_000, 900_000),
            sha256: rng.hex(64),
          },
        ]
      : [];
    act.mail(during(), person.email, {
      direction: 'internal',
      from: person.email,
      to: to.map((m) => m.email),
      subject,
      size: rng.int(4_000, 60_000),
      attachments,
    });
  }
  const externalKind =
    person.pattern === 'sales'
      ? 'sales'
      : person.pattern === 'procurement'
        ? 'procurement'
        : person.department.id === 'PR'
          ? 'pr'
          : undefined;
  if (externalKind) {
    for (let i = rng.poisson(2); i > 0; i--) {
      const partner = `${rng.pick(['li', 'wang', 'zhang', 'chen', 'liu'])}${rng.int(1, 99)}@${rng.pick(['hx-tech.cn', 'partner-mobile.com', 'gdtele.cn', 'media-hub.cn'])}`;
      const subject = rng
        .pick(externalSubjects[externalKind])
        .replace('{company}', '客户')
        .replace('{part}', rng.pick(parts))
        .replace('{month}', day.date.slice(5, 7));
      act.mail(during(), person.email, {
        direction: 'outbound',
        from: person.email,
        to: [partner],
        subject,
        size: rng.int(5_000, 80_000),
      });
    }
  }
  if (person.pattern === 'procurement') {
    // Buyers keep a WeCom chat with each supplier's sales contact.
    for (let i = rng.poisson(1.5); i > 0; i--) {
      const contact = {
        id: `wmsupplier${rng.int(1, 12)}`,
        name: `${rng.pick(['王', '李', '陈', '黄'])}经理`,
      };
      const chat = {
        id: `wo${contact.id}-${person.id}`,
        name: contact.name,
        participants: [person.id, contact.id],
      };
      const [text, language] = rng.pick(supplierChatLines);
      act.chat(during(), person, chat, contact, text, language);
    }
  }
  const room = directory.room(person);
  for (let i = rng.poisson(3); i > 0; i--) {
    const [text, language] = rng.pick(teamChatLines);
    act.chat(during(), person, room, { id: person.id, name: person.name.zh }, text, language);
  }
  const files =
    workFiles[
      person.pattern === 'rd' || person.pattern === 'lab'
        ? 'rd'
        : person.pattern === 'sales'
          ? 'sales'
          : person.pattern === 'procurement'
            ? 'procurement'
            : 'office'
    ]!;
  for (let i = rng.poisson(2); i > 0; i--) {
    act.file(
      person,
      during(),
      rng.chance(0.7) ? 'Open' : 'Write',
      rng.pick(files),
      rng.int(10_000, 3_000_000),
      rng.hex(64),
    );
  }
  if ((person.pattern === 'rd' || person.pattern === 'it') && rng.chance(0.03)) {
    const device = {
      id: `USB\\VID_0951&PID_${rng.hex(4).toUpperCase()}\\${rng.hex(12).toUpperCase()}`,
      model: rng.pick(usbModels),
    };
    const t = during();
    act.usb(person, t, 'Connect', device);
    act.usb(person, t + minutes(rng.int(3, 40)), 'Disconnect', device);
  }
}

function workAreaOf(person: Employee): string {
  if (person.site === 'beijing') return 'BJ-OFFICE';
  return person.pattern === 'rd' || person.pattern === 'lab' ? 'SZ-RD' : 'SZ-OFFICE-A';
}

const prototypes = [
  ['K80U-EVT2', 'K80 Ultra 原型机 EVT2'],
  ['K80U-DVT1', 'K80 Ultra 原型机 DVT1'],
  ['K80-DVT2', 'K80 原型机 DVT2'],
  ['CAM-MOD-X3', '影像模组样品 X3'],
] as const;

/**
 * Lab staff go in and out of N5 a few times a day and check prototypes out and back in, as the rules say; the few
 * others allowed in (hardware leads, the head of marketing) come by in office hours now and then.
 */
function labVisits(
  act: Recorder,
  person: Employee,
  arrive: number,
  leave: number,
  rng: Random,
  approver: Employee,
): void {
  const isLab = person.department.id === 'LAB';
  if (!isLab && !rng.chance(0.1)) return;
  for (let i = isLab ? rng.int(1, 3) : 1; i > 0; i--) {
    const t = isLab
      ? arrive + (leave - arrive) * rng.next() * 0.8
      : Math.min(arrive + rng.int(60, 360) * 60_000, leave - 3_600_000);
    const stay = rng.int(15, 90) * 60_000;
    act.enterLab(person, t);
    if (isLab && rng.chance(0.2)) {
      const [model, name] = rng.pick(prototypes);
      const asset = { id: `PT-${model}-${String(rng.int(1, 40)).padStart(3, '0')}`, name };
      act.asset(person, t + stay - 120_000, '借出', asset, 'SZ-N5', approver);
      act.asset(person, t + stay + rng.int(60, 240) * 60_000, '归还', asset, 'SZ-N5', approver);
    }
    act.badge(person, t + stay, 'SZ-N5', 'N5实验室门', 'out');
  }
}

/** Cars in and out of the Shenzhen garage; the plate reader errs now and then, as plate readers do. */
function garage(act: Recorder, person: Employee, arrive: number, leave: number, rng: Random): void {
  const car = person.car!;
  const read = (): [string, number] => {
    if (rng.chance(0.015)) return [`*${car.plate.slice(-3)}`, rng.int(30, 55) / 100];
    if (rng.chance(0.02)) return [misread(car.plate, rng), rng.int(55, 80) / 100];
    return [car.plate, Math.min(0.99, rng.normal(0.93, 0.03))];
  };
  const [inPlate, inConfidence] = read();
  act.sighting(arrive - rng.int(2, 6) * 60_000, garageCameras[0], inPlate, inConfidence, 'in', car.model);
  const [outPlate, outConfidence] = read();
  act.sighting(leave + rng.int(3, 8) * 60_000, garageCameras[1], outPlate, outConfidence, 'out', car.model);
}

const lookAlikes: Record<string, string> = {
  '8': 'B',
  B: '8',
  '0': 'D',
  D: '0',
  '1': '7',
  '7': '1',
  '5': 'S',
  S: '5',
};

/** A plate with one character misread as its look-alike. */
export function misread(plate: string, rng: Random): string {
  const positions = [...plate].map((c, i) => (lookAlikes[c] ? i : -1)).filter((i) => i >= 2);
  if (!positions.length) return plate;
  const i = rng.pick(positions);
  return plate.slice(0, i) + lookAlikes[plate[i]!] + plate.slice(i + 1);
}
