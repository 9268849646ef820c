/** @module Visitors: suppliers to procurement, customers to sales, press to PR, signed in and out at reception. */
import { localTime } from './clock.js';
import { shenzhenPlate } from './company.js';
import type { World } from './incidents/incident.js';
import { makeName } from './names.js';
import type { Day } from './ordinary-day.js';

const purposes: Record<string, readonly [purpose: string, company: string][]> = {
  PROC: [
    ['供应商来访', '供应商'],
    ['样品送检', '供应商'],
  ],
  SALES: [
    ['客户拜访', '渠道客户'],
    ['合同洽谈', '运营商'],
  ],
  PR: [['媒体采访', '媒体']],
  HR: [['面试', '候选人']],
};

export function visitorsOfDay(world: World, day: Day): void {
  if (!day.working) return;
  const rng = world.random.fork('visitors', day.date);
  const hosts = world.company.employees.filter((e) => purposes[e.department.id] && e.site === 'shenzhen');
  for (let i = rng.poisson(world.company.employees.length / 150); i > 0 && hosts.length; i--) {
    const host = rng.pick(hosts);
    const [purpose, company] = rng.pick(purposes[host.department.id]!);
    const name = makeName(() => rng.next());
    const visitor = {
      name: name.zh,
      company,
      idTail: String(rng.int(1000, 9999)),
      plate: rng.chance(0.3) ? shenzhenPlate(rng) : undefined,
    };
    const arrive = localTime(day.date, rng.int(9, 16) + rng.next());
    world.act.visitor(arrive, '到访', visitor, host, purpose);
    world.act.visitor(arrive + rng.int(30, 180) * 60_000, '离开', visitor, host, purpose);
  }
}
