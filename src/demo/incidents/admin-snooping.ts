/** @module An administrator logs into a colleague's computer, reads their files and mails them out, more often each week. */
import { localTime } from '../clock.js';
import type { Employee } from '../company.js';
import type { Evidence, IncidentLabel } from '../labels.js';
import { type Day, ipOf } from '../ordinary-day.js';
import type { Random } from '../random.js';
import type { Casting } from './cast.js';
import type { Incident, World } from './incident.js';

export class AdminSnooping implements Incident {
  readonly label: IncidentLabel;
  private readonly evidence: Evidence[] = [];
  private readonly admin: Employee;
  private readonly victim: Employee;
  private readonly days: Day[];
  private readonly outside: string;

  constructor(
    casting: Casting,
    private readonly rng: Random,
  ) {
    this.admin = casting.pick(rng, 'a system administrator', (e) => e.serverAccess && e.site === 'shenzhen');
    this.victim = casting.pick(
      rng,
      'a finance colleague',
      (e) => e.department.id === 'FIN' && e.site === 'shenzhen',
    );
    const span = casting.workingDays(0.2, 0.95);
    // More often as the weeks go by: one day in the first third, two in the second, four in the last.
    const third = Math.floor(span.length / 3);
    this.days = [
      ...rng.sample(span.slice(0, third), 1),
      ...rng.sample(span.slice(third, 2 * third), 2),
      ...rng.sample(span.slice(2 * third), 4),
    ].sort((a, b) => a.index - b.index);
    this.outside = `data.${rng.hex(4)}@proton.me`;
    this.label = {
      id: 'admin-snooping',
      kind: 'admin_snooping',
      title: `${this.admin.name.zh} (IT) logs into ${this.victim.name.zh}'s computer, opens their files and mails them out, more often each week`,
      persons: [this.admin.id, this.victim.id],
      from: this.days[0]!.date,
      to: this.days[this.days.length - 1]!.date,
      malicious: true,
      evidence: this.evidence,
    };
  }

  takesOver(): readonly string[] {
    return [];
  }

  play(world: World, day: Day): void {
    if (!this.days.includes(day)) return;
    const { act } = world;
    const a = this.admin;
    const onVictimsPc = { ...a, host: this.victim.host };
    const t = localTime(day.date, 12.3 + this.rng.next() * 0.8); // the colleague is at lunch
    this.evidence.push({
      says: `Logs on to ${this.victim.host}, ${this.victim.name.zh}'s computer.`,
      ref: act.logon(onVictimsPc, t, 'Logon', ipOf(this.victim)),
    });
    const file = this.rng.pick([
      'D:\\工作\\薪酬调整方案.xlsx',
      'D:\\工作\\预算.xlsx',
      'D:\\工作\\供应商付款明细.xlsx',
      'D:\\工作\\审计底稿.docx',
    ]);
    const hash = this.rng.hex(64);
    this.evidence.push({
      says: `Opens ${file} on that computer.`,
      ref: act.file(onVictimsPc, t + 120_000, 'Open', file, this.rng.int(80_000, 900_000), hash),
    });
    act.logon(onVictimsPc, t + 9 * 60_000, 'Logoff', ipOf(this.victim));
    this.evidence.push({
      says: 'Mails the file to an outside address from his own mailbox.',
      ref: act.mail(t + 40 * 60_000, a.email, {
        direction: 'outbound',
        from: a.email,
        to: [this.outside],
        subject: 'fyi',
        size: this.rng.int(100_000, 1_000_000),
        attachments: [{ name: file.split('\\').at(-1)!, size: this.rng.int(80_000, 900_000), sha256: hash }],
      }),
    });
  }
}
