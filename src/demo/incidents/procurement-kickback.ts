/** @module A buyer steers orders to a supplier a relative owns, undeclared, and talks "points" with its contact: a conflict of interest, no leak. */
import { localTime } from '../clock.js';
import type { Employee } from '../company.js';
import type { Evidence, IncidentLabel } from '../labels.js';
import type { Day } from '../ordinary-day.js';
import type { Random } from '../random.js';
import type { Registry } from '../registry.js';
import type { Casting } from './cast.js';
import type { Incident, World } from './incident.js';

export class ProcurementKickback implements Incident {
  readonly label: IncidentLabel;
  private readonly evidence: Evidence[] = [];
  private readonly buyer: Employee;
  private readonly days: Day[];
  private readonly supplier: { registration: string; name: string; domain: string };
  private readonly contact: { id: string; name: string; email: string };
  private readonly relative: { id: string; name: string; pinyin: string; phone: string };

  constructor(
    casting: Casting,
    private readonly rng: Random,
  ) {
    this.buyer = casting.pick(rng, 'a buyer', (e) => e.department.id === 'PROC');
    this.days = rng.sample(casting.workingDays(0.1, 0.95), 6).sort((a, b) => a.index - b.index);
    const surname = this.buyer.name.zh.slice(0, 1);
    const phone = `139${rng.int(10_000_000, 99_999_999)}`;
    this.relative = {
      id: `EXT-${phone}`,
      name: `${surname}${rng.pick(['建国', '志强', '海燕', '秀英'])}`,
      pinyin: `${this.buyer.name.pinyin.split(' ')[0]} ${rng.pick(['Jianguo', 'Zhiqiang', 'Haiyan', 'Xiuying'])}`,
      phone,
    };
    this.supplier = {
      registration: `91441900MA${rng.hex(6).toUpperCase()}`,
      name: '东莞市恒盛精密五金有限公司',
      domain: 'hengsheng-hw.cn',
    };
    this.contact = { id: `wm${rng.hex(10)}`, name: '刘经理', email: `liu@${this.supplier.domain}` };
    this.label = {
      id: 'procurement-kickback',
      kind: 'procurement_kickback',
      title: `${this.buyer.name.zh} buys from ${this.supplier.name}, owned by an undeclared relative, and agrees "points" with its contact`,
      persons: [this.buyer.id],
      external: [this.relative.name, this.contact.name],
      from: this.days[0]!.date,
      to: this.days[this.days.length - 1]!.date,
      malicious: true,
      evidence: this.evidence,
      absent: [`${this.buyer.name.zh} has no declared-interests entry for ${this.supplier.name}.`],
    };
  }

  register(registry: Registry): void {
    registry.companies.push({
      registration: this.supplier.registration,
      name: this.supplier.name,
      en: 'Dongguan Hengsheng Precision Hardware Co., Ltd.',
      address: '广东省东莞市长安镇乌沙社区兴发南路22号',
      phone: '0769-81665520',
      domain: this.supplier.domain,
      supplier: { status: 'approved', approvedBy: 'PROC', category: '结构件' },
    });
    registry.outsiders.push({ ...this.relative });
    registry.holdings.push({
      company: this.supplier.registration,
      holder: `person:${this.relative.id}`,
      role: 'shareholder',
      share: 70,
    });
    registry.family.push({ employee: this.buyer.id, relative: this.relative.id, kinship: 'sibling' });
  }

  takesOver(): readonly string[] {
    return [];
  }

  play(world: World, day: Day): void {
    const i = this.days.indexOf(day);
    if (i < 0) return;
    const { act } = world;
    const b = this.buyer;
    const t = localTime(day.date, 10 + this.rng.next() * 6);
    this.evidence.push({
      says: `Sends an order request to ${this.supplier.name}.`,
      ref: act.mail(t, b.email, {
        direction: 'outbound',
        from: b.email,
        to: [this.contact.email],
        subject: `订单确认：中框 ${this.rng.int(20, 80)}K`,
        size: this.rng.int(30_000, 90_000),
      }),
    });
    if (i === 2 || i === 4) {
      const room = {
        id: `wo${this.contact.id}`,
        name: this.contact.name,
        participants: [b.id, this.contact.id],
      };
      const line = i === 2 ? '老规矩，三个点，月底结' : '这单量大，点数按4个算吧';
      this.evidence.push({
        says: `The supplier's contact in ${b.name.zh}'s WeCom archive: “${line}”.`,
        ref: act.chat(t + 3_600_000, b, room, { id: this.contact.id, name: this.contact.name }, line, 'zh'),
      });
      act.chat(t + 3_700_000, b, room, { id: b.id, name: b.name.zh }, '好的，老地方', 'zh');
    }
  }
}
