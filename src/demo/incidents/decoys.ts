/**
 * @module Things that look risky and are not: a lab engineer's approved night work with every prototype checked out,
 * an authorised press briefing with its sample registered at the gate, a buyer's ordinary supplier contact.
 * Detection must stay silent on them.
 */
import { localTime } from '../clock.js';
import type { Employee } from '../company.js';
import type { Evidence, IncidentLabel } from '../labels.js';
import type { Day } from '../ordinary-day.js';
import type { Random } from '../random.js';
import type { Casting } from './cast.js';
import type { Incident, World } from './incident.js';

export class Decoys implements Incident {
  readonly label: IncidentLabel;
  private readonly evidence: Evidence[] = [];
  private readonly engineer: Employee;
  private readonly approver: Employee;
  private readonly pr: Employee;
  private readonly buyer: Employee;
  private readonly nightDay: Day;
  private readonly pressDay: Day;
  private readonly supplierDay: Day;

  constructor(
    casting: Casting,
    private readonly rng: Random,
  ) {
    this.engineer = casting.pick(rng, 'a lab engineer', (e) => e.department.id === 'LAB');
    this.approver = casting.company.byId.get(this.engineer.manager ?? '') ?? this.engineer;
    this.pr = casting.pick(rng, 'a PR manager', (e) => e.department.id === 'PR');
    this.buyer = casting.pick(rng, 'a buyer', (e) => e.department.id === 'PROC');
    const days = casting.workingDays(0.1, 0.9);
    [this.nightDay, this.pressDay, this.supplierDay] = rng.sample(days, 3) as [Day, Day, Day];
    this.label = {
      id: 'decoys',
      kind: 'decoy',
      title:
        'Legitimate: approved night work in lab N5, an authorised press briefing with a registered sample, a buyer’s supplier call',
      persons: [this.engineer.id, this.pr.id, this.buyer.id],
      from: [this.nightDay, this.pressDay, this.supplierDay].sort((a, b) => a.index - b.index)[0]!.date,
      to: [this.nightDay, this.pressDay, this.supplierDay].sort((a, b) => b.index - a.index)[0]!.date,
      malicious: false,
      evidence: this.evidence,
    };
  }

  takesOver(day: Day): readonly string[] {
    return day === this.nightDay ? [this.engineer.id] : [];
  }

  play(world: World, day: Day): void {
    const { act } = world;
    if (day === this.nightDay) {
      const e = this.engineer;
      const at = (h: number) => localTime(day.date, h);
      const prototype = { id: `PT-K80U-EVT2-0${this.rng.int(10, 40)}`, name: 'K80 Ultra 原型机 EVT2' };
      act.badge(e, at(9.4), 'SZ-LOBBY', '大堂闸机3', 'in');
      act.badge(e, at(9.5), 'SZ-RD', '研发楼2F门禁', 'in');
      this.evidence.push(
        {
          says: 'Into lab N5 at 21:05 for an approved overnight reliability run.',
          ref: act.enterLab(e, at(21.08)),
        },
        {
          says: 'Checks the prototype out, approved by the team lead.',
          ref: act.asset(e, at(21.15), '借出', prototype, 'SZ-N5', this.approver),
        },
        {
          says: 'Checks it back in.',
          ref: act.asset(e, at(23.4), '归还', prototype, 'SZ-N5', this.approver),
        },
        { says: 'Leaves lab N5.', ref: act.badge(e, at(23.45), 'SZ-N5', 'N5实验室门', 'out') },
      );
      act.badge(e, at(23.55), 'SZ-LOBBY', '大堂闸机3', 'out');
    }
    if (day === this.pressDay) {
      const t = localTime(day.date, 13.5);
      const head = world.company.byId.get(this.pr.manager ?? '') ?? this.pr;
      this.evidence.push({
        says: 'A product sample leaves through the gate for an authorised press briefing, registered and approved.',
        ref: act.asset(
          this.pr,
          t,
          '放行',
          { id: `GP-PRESS-${this.rng.hex(4).toUpperCase()}`, name: '媒体沟通会样机 K80（已授权）' },
          'SZ-LOBBY',
          head,
        ),
      });
    }
    if (day === this.supplierDay) {
      const t = localTime(day.date, 15);
      this.evidence.push({
        says: 'A buyer asks an approved supplier for a quote, as buyers do.',
        ref: act.mail(t, this.buyer.email, {
          direction: 'outbound',
          from: this.buyer.email,
          to: ['sales@hx-tech.cn'],
          subject: '询价：屏幕模组',
          size: 24_000,
        }),
      });
    }
  }
}
