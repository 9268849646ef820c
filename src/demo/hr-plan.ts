/** @module What HR records in an ordinary season: annual and sick leave, moves between teams, resignations, old disciplinary cases. */

import type { Recorder } from './cert.js';
import { dateRange, localTime } from './clock.js';
import type { Company, Employee } from './company.js';
import type { Day } from './ordinary-day.js';
import type { Random } from './random.js';

/** Leave by person: the dates they are away, known before the days are simulated. */
export type LeavePlan = Map<string, Set<string>>;

const reasons: readonly (readonly [reason: string, sanction: string, fine: number])[] = [
  ['多次迟到早退', '警告', 0],
  ['违规报销差旅费用', '罚款;降低绩效', 2000],
  ['未经审批携带样机出园区', '警告;降低绩效', 0],
  ['泄露内部会议内容', '降低绩效;取消晋升', 0],
];

/**
 * Plans and records the season's HR events: about one in eight people takes two to five days of leave (recorded
 * before it starts), a few move teams, a few resign for ordinary reasons, and about 1% carry an old disciplinary
 * record, so that the reference case's record is one among others.
 */
export function planHr(
  act: Recorder,
  company: Company,
  days: readonly Day[],
  random: Random,
  exclude: ReadonlySet<string>,
): LeavePlan {
  const rng = random.fork('hr');
  const leave: LeavePlan = new Map();
  const working = days.filter((d) => d.working);
  if (!working.length) return leave;
  for (const person of company.employees) {
    if (exclude.has(person.id)) continue;
    if (rng.chance(0.12)) {
      const first = rng.pick(working);
      const length = rng.int(2, 5);
      const away = dateRange(first.date, length);
      leave.set(person.id, new Set(away));
      const kind = rng.weighted([
        ['年假', 5],
        ['病假', 2],
        ['事假', 1],
      ] as const);
      act.hrChange(localTime(first.date, 8.5) - 3 * 86_400_000, person, '休假', {
        note: kind,
        until: away.at(-1),
      });
    }
    if (rng.chance(0.01)) {
      const other = rng.pick(
        company.employees.filter((e) => e.department === person.department && e.team !== person.team),
      ) as Employee | undefined;
      if (other)
        act.hrChange(localTime(rng.pick(working).date, 9), person, '调岗', { note: `调入${other.team}组` });
    }
    if (rng.chance(0.006)) {
      const day = rng.pick(working);
      act.hrChange(localTime(day.date, 10), person, '离职申请', {
        note: rng.pick(['家庭原因', '个人发展', '继续深造']),
        until: dateRange(day.date, 31)[30],
      });
    }
    if (rng.chance(0.01)) {
      const [reason, sanction, fine] = rng.pick(reasons);
      const year = Number(days[0]!.date.slice(0, 4)) - rng.int(1, 5);
      act.discipline(
        localTime(
          `${year}-${String(rng.int(1, 12)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}`,
          10,
        ),
        person,
        reason,
        sanction,
        fine,
      );
    }
  }
  return leave;
}
