/** @module Someone who never works late logs on at night, uses a USB drive, uploads to a leak site, and leaves soon after. */
import { dateRange, localTime } from '../clock.js';
import type { Employee } from '../company.js';
import type { Evidence, IncidentLabel } from '../labels.js';
import { type Day, ipOf } from '../ordinary-day.js';
import type { Random } from '../random.js';
import type { Casting } from './cast.js';
import type { Incident, World } from './incident.js';

export class AfterHoursLeak implements Incident {
  readonly label: IncidentLabel;
  private readonly evidence: Evidence[] = [];
  private readonly person: Employee;
  private readonly night: Day;
  private readonly exit: Day;

  constructor(
    casting: Casting,
    private readonly rng: Random,
  ) {
    this.person = casting.pick(
      rng,
      'an office worker who never stays late',
      (e) => e.department.id === 'FIN' && e.site === 'shenzhen',
    );
    const days = casting.workingDays(0.4, 0.8);
    this.night = rng.pick(days.slice(0, -3));
    this.exit = days[days.indexOf(this.night) + 3]!;
    this.label = {
      id: 'after-hours-leak',
      kind: 'after_hours_leak',
      title: `${this.person.name.zh} comes back at night, copies files to USB, uploads them to a leak site, and is gone within days`,
      persons: [this.person.id],
      from: this.night.date,
      to: this.exit.date,
      malicious: true,
      evidence: this.evidence,
    };
  }

  takesOver(day: Day): readonly string[] {
    return day.index > this.exit.index ? [this.person.id] : [];
  }

  play(world: World, day: Day): void {
    const { act } = world;
    const p = this.person;
    if (day === this.night) {
      const at = (h: number) => localTime(day.date, h);
      const device = {
        id: `USB\\VID_090C&PID_1000\\${this.rng.hex(12).toUpperCase()}`,
        model: 'Samsung BAR Plus',
      };
      this.evidence.push(
        {
          says: 'Badges into the lobby at 23:10, long after hours.',
          ref: act.badge(p, at(23.17), 'SZ-LOBBY', '大堂闸机1', 'in'),
        },
        { says: 'Into the office floor.', ref: act.badge(p, at(23.2), 'SZ-OFFICE-A', 'A座5F东门', 'in') },
        {
          says: 'Logs on at 23:15; nothing in the weeks before comes close to this hour.',
          ref: act.logon(p, at(23.25), 'Logon', ipOf(p)),
        },
        { says: 'Connects a USB drive.', ref: act.usb(p, at(23.3), 'Connect', device) },
        {
          says: 'Copies the quarterly results draft to the drive.',
          ref: act.file(p, at(23.32), 'Copy', 'E:\\Q3_业绩预告_草稿.xlsx', 1_884_211, this.rng.hex(64), true),
        },
        {
          says: 'Uploads to a leak site.',
          ref: act.web(
            p,
            at(23.45),
            ipOf(p),
            'POST',
            'https://leakdrop.cc/submit',
            1_902_334,
            'uncategorized',
            'upload',
          ),
        },
        { says: 'Disconnects the drive.', ref: act.usb(p, at(23.5), 'Disconnect', device) },
        { says: 'Logs off.', ref: act.logon(p, at(23.55), 'Logoff', ipOf(p)) },
        { says: 'Leaves at 23:40.', ref: act.badge(p, at(23.67), 'SZ-LOBBY', '大堂闸机1', 'out') },
      );
    }
    if (day === this.exit) {
      this.evidence.push({
        says: 'Resigns with immediate effect three working days later.',
        ref: act.hrChange(localTime(day.date, 9.5), p, '离职', {
          note: '个人原因，当日离职',
          until: dateRange(day.date, 1)[0],
        }),
      });
    }
  }
}
