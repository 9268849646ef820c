/** @module A departing engineer copies project files to USB and mails them home in the weeks before resigning. */
import { dateRange, localTime } from '../clock.js';
import type { Employee } from '../company.js';
import type { Evidence, IncidentLabel } from '../labels.js';
import { type Day, ipOf } from '../ordinary-day.js';
import type { Random } from '../random.js';
import type { Casting } from './cast.js';
import type { Incident, World } from './incident.js';

export class DepartingExfiltration implements Incident {
  readonly label: IncidentLabel;
  private readonly evidence: Evidence[] = [];
  private readonly person: Employee;
  private readonly copyDays: Day[];
  private readonly resignDay: Day;
  private readonly personal: string;

  constructor(
    casting: Casting,
    private readonly rng: Random,
  ) {
    this.person = casting.pick(
      rng,
      'a departing engineer',
      (e) => e.department.id === 'RD-HW' && e.site === 'shenzhen',
    );
    const days = casting.workingDays(0.35, 0.85);
    this.resignDay = days[days.length - 1]!;
    this.copyDays = rng
      .sample(days.slice(0, -1), Math.min(5, days.length - 1))
      .sort((a, b) => a.index - b.index);
    this.personal = `${this.person.name.pinyin.replace(' ', '').toLowerCase()}${rng.int(80, 99)}@qq.com`;
    this.label = {
      id: 'departing-exfiltration',
      kind: 'departing_exfiltration',
      title: `${this.person.name.zh} copies hardware files to USB and mails them to a personal address, then resigns`,
      persons: [this.person.id],
      from: this.copyDays[0]?.date ?? this.resignDay.date,
      to: this.resignDay.date,
      malicious: true,
      evidence: this.evidence,
    };
  }

  takesOver(): readonly string[] {
    return [];
  }

  play(world: World, day: Day): void {
    const { act } = world;
    const p = this.person;
    if (this.copyDays.includes(day)) {
      const t = localTime(day.date, 17.6 + this.rng.next());
      const device = {
        id: `USB\\VID_0781&PID_5581\\${this.rng.hex(12).toUpperCase()}`,
        model: 'SanDisk Ultra Fit',
      };
      this.evidence.push({
        says: 'Connects a USB drive late in the day.',
        ref: act.usb(p, t, 'Connect', device),
      });
      for (let i = 0; i < this.rng.int(3, 8); i++) {
        const name = this.rng.pick([
          '主板原理图_K80U_v7.pdf',
          'BOM_K80U_成本.xlsx',
          '射频调试记录.docx',
          '结构图纸_K90.step',
          '供应商报价汇总.xlsx',
        ]);
        this.evidence.push({
          says: `Copies ${name} to the USB drive.`,
          ref: act.file(
            p,
            t + (i + 1) * 45_000,
            'Copy',
            `E:\\备份\\${name}`,
            this.rng.int(200_000, 30_000_000),
            this.rng.hex(64),
            true,
          ),
        });
      }
      act.usb(p, t + 12 * 60_000, 'Disconnect', device);
      this.evidence.push({
        says: 'Mails project files to a personal QQ address.',
        ref: act.mail(t + 30 * 60_000, p.email, {
          direction: 'outbound',
          from: p.email,
          to: [this.personal],
          subject: this.rng.pick(['资料', 'backup', '自己留存']),
          size: this.rng.int(2_000_000, 9_000_000),
          attachments: [
            { name: '资料.zip', size: this.rng.int(2_000_000, 9_000_000), sha256: this.rng.hex(64) },
          ],
        }),
      });
      this.evidence.push({
        says: 'Reads job listings an hour before (CERT scenario 2 starts with the job search).',
        ref: act.web(
          p,
          t - 3_600_000,
          ipOf(p),
          'GET',
          'https://www.zhipin.com/job_detail',
          900,
          'jobs',
          'visit',
        ),
      });
    }
    if (day === this.resignDay) {
      this.evidence.push({
        says: 'Files a resignation.',
        ref: act.hrChange(localTime(day.date, 10), p, '离职申请', {
          note: '个人发展',
          until: dateRange(day.date, 31)[30],
        }),
      });
    }
  }
}
