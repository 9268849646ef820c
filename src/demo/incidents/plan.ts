/** @module Which incidents a demo gets: the reference case when its dates are in range, and the seeded ones. */
import type { Company } from '../company.js';
import type { Day } from '../ordinary-day.js';
import type { Random } from '../random.js';
import { AdminSnooping } from './admin-snooping.js';
import { AfterHoursLeak } from './after-hours-leak.js';
import { CanaryLeak } from './canary-leak.js';
import { Casting } from './cast.js';
import { Decoys } from './decoys.js';
import { DepartingExfiltration } from './departing-exfiltration.js';
import type { Incident } from './incident.js';
import { ProcurementKickback } from './procurement-kickback.js';
import { castZhouChen, ReferenceCase, referenceDates } from './reference-case.js';
import { Tailgating } from './tailgating.js';

/** Plans the incidents; the reference case needs its own dates (20 August – 12 September 2025) inside the range. */
export function planIncidents(company: Company, days: readonly Day[], random: Random): Incident[] {
  const casting = new Casting(company, days);
  const incidents: Incident[] = [];
  const inRange = (date: string) => days.some((d) => d.date === date);
  if (referenceDates.every(inRange)) {
    const head = company.employees.find((e) => e.department.id === 'MKT-CN' && !e.manager)!;
    const oldId = head.id;
    company.byId.delete(oldId);
    castZhouChen(head);
    company.byId.set(head.id, head);
    for (const e of company.employees) {
      if (e.manager === oldId) e.manager = head.id;
      // IT gives a second chen.zhou a numbered address.
      if (e !== head && e.email === head.email) e.email = e.email.replace('@', '.2@');
    }
    casting.reserve(head.id);
    const rng = random.fork('reference-case');
    const productLead =
      company.employees.find((e) => e.department.id === 'MKT-CN' && e.team === '产品营销' && e.isManager) ??
      head;
    const pr = company.employees.find((e) => e.department.id === 'PR') ?? head;
    const readers = rng.sample(
      company.employees.filter((e) => e.isManager && e !== head),
      11,
    );
    incidents.push(new ReferenceCase(head, productLead, pr, readers));
  }
  incidents.push(
    new DepartingExfiltration(casting, random.fork('departing-exfiltration')),
    new AfterHoursLeak(casting, random.fork('after-hours-leak')),
    new AdminSnooping(casting, random.fork('admin-snooping')),
    new ProcurementKickback(casting, random.fork('procurement-kickback')),
    new CanaryLeak(casting, random.fork('canary-leak')),
    new Tailgating(casting, random.fork('tailgating')),
    new Decoys(casting, random.fork('decoys')),
  );
  return incidents;
}
