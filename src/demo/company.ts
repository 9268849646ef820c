/** @module The people of Lumen Mobile: employees with names in three scripts, teams, managers, desks, badges and cars. */
import { emailLocalPart, makeName, type PersonName } from './names.js';
import { type Department, departments, siteFor, type WorkPattern } from './org.js';
import type { Random } from './random.js';
import type { SiteId } from './sites.js';

export const companyDomain = 'lumen-mobile.com';

export interface Employee {
  id: string;
  name: PersonName;
  email: string;
  department: Department;
  team: string;
  role: { zh: string; en: string };
  /** Person id of the manager; the CEO's office has none. */
  manager?: string;
  isManager: boolean;
  site: SiteId;
  pattern: WorkPattern;
  hired: string;
  badge: string;
  host: string;
  phone: string;
  car?: { plate: string; model: string };
  /** Which of the department's base teams this person's team repeats: for security guards, their shift. */
  shift?: number;
  /** Arrival hour this person tends to keep, and how long they stay. */
  arrival: number;
  hours: number;
  /** May enter the N5 lab (lab staff, a few hardware leads) or the server room (system administrators). */
  labAccess: boolean;
  serverAccess: boolean;
}

export interface Company {
  employees: Employee[];
  byId: Map<string, Employee>;
}

const carModels = [
  '比亚迪 汉',
  '大众 帕萨特',
  '丰田 凯美瑞',
  '本田 雅阁',
  '理想 L7',
  '蔚来 ET5',
  '小鹏 P7',
  '宝马 3系',
  '奥迪 A4L',
];
const plateLetters = 'ABCDEFGHJKLMNPQRSTUVWXYZ';

/** A Shenzhen plate: 粤B and five characters, letters or digits. */
export function shenzhenPlate(random: Random): string {
  let tail = '';
  for (let i = 0; i < 5; i++)
    tail += random.chance(0.3) ? random.pick([...plateLetters]) : String(random.int(0, 9));
  return `粤B${tail}`;
}

/**
 * Builds the staff list. The head of China Marketing is the reference case's Zhou Chen (周晨) with fixed details;
 * everyone else is drawn from the seed. Ids are `LM` and five digits, as the HR system numbers them;
 * `reservedIds` are never drawn, so an incident can give them to its people.
 */
export function buildCompany(
  random: Random,
  size: number,
  start: string,
  reservedIds: readonly string[] = [],
): Company {
  const rng = random.fork('company');
  const employees: Employee[] = [];
  // Ids an incident gives its people by hand are kept out of the draw.
  // Every department has a head and team leads, so a tiny company has more people than asked; the pool allows for it.
  const needed = Math.ceil(size * 1.2) + 100;
  const pool = Array.from({ length: needed * 3 }, (_, i) => 10_000 + i).filter(
    (n) => !reservedIds.includes(`LM${n}`),
  );
  const ids = rng.sample(pool, needed);
  let next = 0;
  const startYear = Number(start.slice(0, 4));
  for (const dept of departments) {
    const count = Math.max(4, Math.round(size * dept.share));
    const head = makeEmployee(rng, dept, dept.teams[0]!, `LM${ids[next++]}`, startYear, true);
    employees.push(head);
    // Teams of about a dozen: a big department repeats its team names with a number (主板, 主板2组 …).
    const teams = Math.max(dept.teams.length, Math.ceil((count - 1) / 12));
    const perTeam = Math.ceil((count - 1) / teams);
    for (let t = 0; t < teams; t++) {
      const base = dept.teams[t % dept.teams.length]!;
      const round = Math.floor(t / dept.teams.length);
      const team = round ? `${base}${round + 1}组` : base;
      const lead = makeEmployee(rng, dept, team, `LM${ids[next++]}`, startYear, true);
      lead.manager = head.id;
      lead.shift = t % dept.teams.length;
      employees.push(lead);
      for (let i = 1; i < perTeam && employees.length < size; i++) {
        const member = makeEmployee(rng, dept, team, `LM${ids[next++]}`, startYear, false);
        member.manager = lead.id;
        member.shift = t % dept.teams.length;
        employees.push(member);
      }
    }
  }
  // Mail addresses as IT hands them out: given.surname, then given.surname2 for the next one with that name.
  const taken = new Map<string, number>();
  for (const e of employees) {
    const local = emailLocalPart(e.name);
    const n = (taken.get(local) ?? 0) + 1;
    taken.set(local, n);
    e.email = `${local}${n > 1 ? n : ''}@${companyDomain}`;
  }
  const byId = new Map(employees.map((e) => [e.id, e]));
  return { employees, byId };
}

function makeEmployee(
  rng: Random,
  dept: Department,
  team: string,
  id: string,
  startYear: number,
  isManager: boolean,
): Employee {
  const name = makeName(() => rng.next());
  const site = siteFor(dept, rng.next());
  const [zh, en] = isManager
    ? (dept.roles.at(-1) ?? dept.roles[0]!)
    : rng.weighted(dept.roles.map((r, i) => [r, i ? 1 : 3] as const));
  const hiredYear = startYear - rng.int(0, isManager ? 12 : 8);
  const employee: Employee = {
    id,
    name,
    email: '',
    department: dept,
    team,
    role: { zh: isManager ? `${team}负责人` : zh, en: isManager ? `${en} (lead)` : en },
    isManager,
    site,
    pattern: dept.pattern,
    hired: `${hiredYear}-${String(rng.int(1, 12)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}`,
    badge: String(rng.int(1_000_000_000, 3_999_999_999)),
    host: site === 'shenzhen' ? `SZ-PC-${rng.int(1000, 9999)}` : `BJ-LT-${rng.int(100, 999)}`,
    phone: `1${rng.pick(['3', '5', '8'])}${rng.int(100_000_000, 999_999_999)}`,
    arrival: rng.normal(dept.pattern === 'rd' ? 9.6 : 8.9, 0.35),
    hours: rng.normal(dept.pattern === 'rd' ? 10 : 9.2, 0.5),
    labAccess: dept.id === 'LAB' || (dept.id === 'RD-HW' && isManager),
    serverAccess: dept.id === 'IT' && en.includes('Administrator'),
  };
  if (site === 'shenzhen' && rng.chance(0.35))
    employee.car = { plate: shenzhenPlate(rng), model: rng.pick(carModels) };
  return employee;
}
