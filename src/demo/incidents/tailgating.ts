/** @module Tailgating into lab N5: the door camera sees a person whose badge never opened the door; a lab engineer's did. */
import { localTime } from '../clock.js';
import type { Employee } from '../company.js';
import type { Evidence, IncidentLabel } from '../labels.js';
import type { Day } from '../ordinary-day.js';
import type { Random } from '../random.js';
import type { Casting } from './cast.js';
import type { Incident, World } from './incident.js';

export class Tailgating implements Incident {
  readonly label: IncidentLabel;
  private readonly evidence: Evidence[] = [];
  private readonly follower: Employee;
  private readonly holder: Employee;
  private readonly day: Day;

  constructor(
    casting: Casting,
    private readonly rng: Random,
  ) {
    this.follower = casting.pick(
      rng,
      'a hardware engineer without lab access',
      (e) => e.department.id === 'RD-HW' && !e.labAccess && e.site === 'shenzhen',
    );
    this.holder = casting.pick(rng, 'a lab engineer', (e) => e.department.id === 'LAB');
    this.day = rng.pick(casting.workingDays(0.2, 0.9));
    this.label = {
      id: 'tailgating',
      kind: 'tailgating',
      title: `${this.follower.name.zh} follows ${this.holder.name.zh} into lab N5: the camera sees the face, the badge was never used`,
      persons: [this.follower.id],
      from: this.day.date,
      to: this.day.date,
      malicious: true,
      evidence: this.evidence,
      absent: [`No N5 badge-in by ${this.follower.name.zh} (${this.follower.id}) on ${this.day.date}.`],
    };
  }

  takesOver(): readonly string[] {
    return [];
  }

  play(world: World, day: Day): void {
    if (day !== this.day) return;
    const { act } = world;
    const t = localTime(day.date, 18.75 + this.rng.next() * 0.3);
    this.evidence.push(
      { says: `${this.holder.name.zh}'s badge opens lab N5.`, ref: act.enterLab(this.holder, t) },
      {
        says: `Seconds later the door camera matches ${this.follower.name.zh}, whose badge was not used.`,
        ref: act.face(this.follower, t + 6_000, 0.88),
      },
    );
    act.badge(this.holder, t + 35 * 60_000, 'SZ-N5', 'N5实验室门', 'out');
  }
}
