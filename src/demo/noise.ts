/** @module The dirt real exports carry, planted on purpose and labelled: malformed lines, repeated rows, a skewed camera clock. */
import { formatLocal, localTime } from './clock.js';
import type { Company } from './company.js';
import type { Exports } from './exports.js';
import type { NoiseLabel } from './labels.js';
import type { Day } from './ordinary-day.js';
import type { Random } from './random.js';
import { garageClockSkewSeconds } from './sites.js';
import type { RecordRef } from './source-file.js';

interface Planted {
  kind: NoiseLabel['kind'];
  note: string;
  ref: RecordRef;
}

/** Plants a few malformed lines on some days; every one is labelled with its file and line. */
export class Noise {
  private readonly planted: Planted[] = [];

  constructor(
    private readonly exports: Exports,
    private readonly company: Company,
  ) {}

  day(day: Day, random: Random): void {
    const rng = random.fork('noise', day.date);
    if (!day.working || !rng.chance(0.25)) return;
    const person = rng.pick(this.company.employees);
    const t = localTime(day.date, rng.int(9, 17) + rng.next());
    const which = rng.int(0, 3);
    if (which === 0) {
      // The badge system wrote a date that does not exist when its clock battery failed.
      const text = `${rng.int(2_900_000, 2_999_999)},${day.date.slice(0, 4)}/13/${day.date.slice(8)} ${formatLocal(t, 'HH:mm:ss')},${person.id},${person.name.zh},大堂闸机1,进,成功`;
      this.planted.push({
        kind: 'malformed_line',
        note: 'badge row with month 13',
        ref: this.exports.badgeShenzhen.addRaw(t, text),
      });
    } else if (which === 1) {
      const text = `${rng.int(2_900_000, 2_999_999)},${formatLocal(t, 'yyyy/MM/dd HH:mm:ss')},${person.id}`;
      this.planted.push({
        kind: 'malformed_line',
        note: 'badge row cut short after the employee number',
        ref: this.exports.badgeShenzhen.addRaw(t, text),
      });
    } else if (which === 2) {
      const text = `{"message_id":"<${formatLocal(t, 'yyyyMMdd')}.x@mx.lumen-mobile.com>","timestamp":"${formatLocal(t, 'yyyy-MM-dd')}T`;
      this.planted.push({
        kind: 'malformed_line',
        note: 'mail gateway line truncated mid-record',
        ref: this.exports.mail.addRaw(t, text),
      });
    } else {
      const text = `9${rng.int(10_000_000, 99_999_999)},${formatLocal(t, 'yyyy-MM-dd')}T${formatLocal(t, 'HH:mm:ss')}+08:00,LUMEN\\${person.id},10.12.0.1,GET,"https://www.zhihu.com/search?q="ab,512,social,visit`;
      this.planted.push({
        kind: 'malformed_line',
        note: 'proxy row with a stray quote inside a quoted URL',
        ref: this.exports.web.addRaw(t, text),
      });
    }
  }

  labels(): NoiseLabel[] {
    return [
      ...this.planted.map((p) => ({ kind: p.kind, file: p.ref.file, line: p.ref.line, note: p.note })),
      {
        kind: 'camera_clock_skew',
        file: this.exports.garage.name,
        note: `every garage camera writes times ${garageClockSkewSeconds / 60} minutes late; the demo-garage profile corrects it with clock_offset`,
      },
      {
        kind: 'duplicated_row',
        file: this.exports.badgeShenzhen.name,
        note: 'about 0.2% of lobby swipes are exported twice',
      },
      {
        kind: 'missing_badge_out',
        file: this.exports.badgeShenzhen.name,
        note: 'about 3% of days have no lobby badge-out',
      },
      {
        kind: 'plate_misread',
        file: this.exports.garage.name,
        note: 'about 2% of plates misread (8/B, 0/D, 1/7, 5/S), 1.5% read only partly (*87D style)',
      },
    ];
  }
}
