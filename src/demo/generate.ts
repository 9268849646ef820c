/** @module `molehunt demo generate`: the company, its days, the planted incidents, the exports and labels.json. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { MolehuntError } from '../model/index.js';
import { Activity } from './activity.js';
import { isWorkingDay } from './calendar.js';
import {
  CertActivity,
  type CertExports,
  openCertExports,
  type Recorder,
  writeCertRegisters,
} from './cert.js';
import { writeCertAnswers } from './cert-answers.js';
import { dateRange } from './clock.js';
import { buildCompany } from './company.js';
import { type Exports, openExports } from './exports.js';
import { planHr } from './hr-plan.js';
import type { World } from './incidents/incident.js';
import { planIncidents } from './incidents/plan.js';
import { zhouChenId } from './incidents/reference-case.js';
import { type Labels, labelsJson } from './labels.js';
import { Noise } from './noise.js';
import { type Day, Directory, ordinaryDay } from './ordinary-day.js';
import { publicPostsOfDay } from './public-posts.js';
import { Random } from './random.js';
import { ordinaryRegistry, writeRegisters } from './registers.js';
import { emptyRegistry } from './registry.js';
import { visitorsOfDay } from './visitors.js';

export interface DemoOptions {
  employees: number;
  days: number;
  /** First day, YYYY-MM-DD. */
  start: string;
  seed: string;
  out: string;
  format: 'native' | 'cert';
  /** No planted incidents, decoys included: a corpus on which every rule must stay silent. */
  clean?: boolean;
}

export interface DemoSummary {
  employees: number;
  days: number;
  incidents: number;
  out: string;
}

/** The shortest range in which every seeded incident finds its days. */
export const minimumDays = 21;

/** The default demo: the reference case's weeks in the middle of two working months. */
export const defaultDemo = { employees: 2000, days: 60, start: '2025-08-01', seed: 'lumen' } as const;

/** Where Lumen Mobile works: its exports are written in this zone's wall-clock time. */
export const demoTimeZone = 'Asia/Shanghai';

/** Generates the demo company's exports into `out`; the same options give byte-identical files. */
export async function generateDemo(options: DemoOptions): Promise<DemoSummary> {
  if (options.days < minimumDays && !options.clean) {
    throw new MolehuntError(
      'MH_ERR_USAGE',
      `--days ${options.days} is too short for the planted incidents; simulate at least ${minimumDays} days`,
    );
  }
  const random = new Random(options.seed);
  const company = buildCompany(random, options.employees, options.start, [zhouChenId]);
  const days: Day[] = dateRange(options.start, options.days).map((date, index) => ({
    date,
    index,
    working: isWorkingDay(date),
  }));
  const incidents = options.clean ? [] : planIncidents(company, days, random);
  const registry = emptyRegistry();
  for (const incident of incidents) incident.register?.(registry);
  ordinaryRegistry(registry, company, random);

  mkdirSync(options.out, { recursive: true });
  const native = options.format === 'native';
  const files = native ? openExports(options.out) : openCertExports(options.out);
  if (native) writeRegisters(options.out, company, registry);
  else
    writeCertRegisters(
      options.out,
      company,
      days.map((d) => d.date),
      random,
    );
  const act: Recorder = native
    ? new Activity(files as Exports)
    : new CertActivity(files as CertExports, company);
  const world: World = { company, directory: new Directory(company), act, random };
  const noise = native ? new Noise(files as Exports, company) : undefined;
  for (const incident of incidents) incident.history?.(world);
  const cast = new Set(incidents.flatMap((i) => i.label.persons));
  world.directory.leave = planHr(world.act, company, days, random, cast);
  for (const day of days) {
    const takenOver = new Set(incidents.flatMap((i) => i.takesOver(day)));
    for (const person of company.employees) {
      if (takenOver.has(person.id)) continue;
      ordinaryDay(world.act, world.directory, person, day, random.fork('day', day.date, person.id));
    }
    visitorsOfDay(world, day);
    publicPostsOfDay(world, day);
    for (const incident of incidents) incident.play(world, day);
    noise?.day(day, random);
    for (const file of Object.values(files)) await file.flush();
  }
  for (const file of Object.values(files)) await file.close();

  const labels: Labels = {
    generator: {
      employees: options.employees,
      days: options.days,
      start: options.start,
      seed: options.seed,
      format: options.format,
    },
    incidents: incidents.map((i) => i.label),
    noise: noise?.labels() ?? [],
  };
  writeFileSync(`${options.out}/labels.json`, labelsJson(labels));
  if (options.format === 'cert') await writeCertAnswers(options.out, labels);
  return {
    employees: company.employees.length,
    days: days.length,
    incidents: incidents.length,
    out: options.out,
  };
}
