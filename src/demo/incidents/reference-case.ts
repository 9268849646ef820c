/**
 * @module The reference case (docs in ../shared/docs/reference-case.md), with its times and details exactly:
 * Zhou Chen's after-hours visit to lab N5 on 1 September, the bag that left unregistered, the hand-off in the
 * garage to a Tesla ending in 87D, the chat, the spec sheet to a blogger with a factory owner on CC, the prior
 * disciplinary record, and the relative's company linked to a supplier his department approved.
 */
import { specSheet as k80SpecSheet, withoutInvisibleMarks } from '../../leaks/index.js';
import { localTime } from '../clock.js';
import type { Employee } from '../company.js';
import type { Evidence, IncidentLabel } from '../labels.js';
import { planLeakDocument } from '../leak-documents.js';
import type { Day } from '../ordinary-day.js';
import { ipOf } from '../ordinary-day.js';
import type { Registry } from '../registry.js';
import type { Incident, World } from './incident.js';

export const zhouChenId = 'LM10024';

/** The days the case happens on; a demo whose range misses one of them leaves the case out. */
export const referenceDates = ['2025-08-20', '2025-09-01', '2025-09-12'] as const;

/** The spec sheet as the document registry holds it; the leaked copy carries the same hash. */
export const specSheet = {
  id: 'DOC-2025-0412',
  title: 'K80 Ultra 产品规格表 v3',
  file: 'K80 Ultra 规格表 v3.pdf',
  size: 482_133,
  sha256: 'b5f3c1d07a9e4b28c6d1e0f9a3b7c5d2e8f4a1b6c9d3e7f2a5b8c1d4e7f0a3b6',
};

const editor = { id: 'wmLF7kq2AAx1', name: '林峰', title: '硬核科技评测 主编', tesla: '粤BF2187D' };
const blogger = { name: '王小川', email: 'xiaochuan.tech@163.com' };
const factoryOwner = {
  id: 'EXT-13802460917',
  name: '陈国栋',
  pinyin: 'Chen Guodong',
  phone: '13802460917',
  email: 'chen.guodong@jinhua-acc.cn',
};
const relative = { id: 'EXT-13912345678', name: '陈丽', pinyin: 'Chen Li', phone: '13912345678' };
const factory = {
  registration: '91441900MA4W7K2X3R',
  name: '东莞市锦华电子配件厂',
  en: 'Dongguan Jinhua Electronic Accessories Factory',
};
const holding = {
  registration: '91440300MA5F8H3L2C',
  name: '深圳市华锦投资有限公司',
  en: 'Shenzhen Huajin Investment Co., Ltd.',
};
const supplier = {
  registration: '91440300MA5G2R6T9N',
  name: '深圳市锐途科技有限公司',
  en: 'Shenzhen Ruitu Technology Co., Ltd.',
};

/** Gives the head of China Marketing Zhou Chen's identity; everyone else stays as the seed drew them. */
export function castZhouChen(head: Employee): void {
  head.id = zhouChenId;
  head.name = { zh: '周晨', pinyin: 'Zhou Chen', en: 'Chen Zhou' };
  head.email = 'chen.zhou@lumen-mobile.com';
  head.role = { zh: '中国区市场部总经理', en: 'General Manager, China Marketing' };
  head.site = 'shenzhen';
  head.hired = '2016-08-15';
  head.host = 'SZ-PC-2417';
  head.arrival = 9.1;
  head.hours = 9.6;
  head.car = { plate: '粤B3K29Q', model: '宝马 5系' };
  head.labAccess = true;
}

export class ReferenceCase implements Incident {
  readonly label: IncidentLabel;
  private readonly evidence: Evidence[] = [];
  /** The spec sheet in molehunt's leak registry: every recipient's canary copy, Zhou Chen's among them. */
  private readonly sheet: ReturnType<typeof planLeakDocument>;

  constructor(
    private readonly zhou: Employee,
    private readonly productLead: Employee,
    private readonly pr: Employee,
    private readonly distribution: readonly Employee[],
  ) {
    this.label = {
      id: 'reference-case',
      kind: 'reference_case',
      title:
        'Zhou Chen: prototype out of lab N5 after hours, spec sheet to a blogger, relative’s company linked to a supplier',
      persons: [zhou.id],
      external: [`${editor.name} (${editor.title})`, blogger.name, factoryOwner.name, relative.name],
      from: '2025-08-20',
      to: '2025-09-13',
      malicious: true,
      evidence: this.evidence,
      absent: [
        'No asset register check-out for Zhou Chen from SZ-N5 on 2025-09-01, although he left lab N5 at 21:47.',
      ],
    };
    this.sheet = planLeakDocument({
      title: specSheet.title,
      classification: 'secret',
      language: 'zh',
      fileName: 'K80 Ultra 规格表 v3.txt',
      owner: productLead.id,
      recipients: this.recipients(),
      invisibleMarks: true,
      seed: 'lumen-k80-ultra-spec-v3',
      text: k80SpecSheet.zh.trim(),
    });
  }

  /** Who received the spec sheet: Zhou Chen and the launch's distribution list. */
  private recipients(): string[] {
    return [...new Set([this.zhou.id, ...this.distribution.map((p) => p.id)])];
  }

  /** The registers: the companies, the relative, her shareholding, the family contact, the document. */
  register(registry: Registry): void {
    registry.companies.push(
      {
        ...factory,
        address: '广东省东莞市长安镇锦厦工业区8号',
        phone: '0769-85331207',
        domain: factoryOwner.email.split('@')[1],
      },
      { ...holding, address: '深圳市福田区深南大道6008号特区报业大厦21楼', phone: '0755-83217765' },
      {
        ...supplier,
        address: '深圳市南山区科技园高新南九道10号',
        phone: '0755-86091122',
        domain: 'ruitu-tech.cn',
        supplier: { status: 'approved', approvedBy: 'MKT-CN', category: '营销物料与配件' },
      },
    );
    registry.outsiders.push(
      { id: relative.id, name: relative.name, pinyin: relative.pinyin, phone: relative.phone },
      {
        id: factoryOwner.id,
        name: factoryOwner.name,
        pinyin: factoryOwner.pinyin,
        phone: factoryOwner.phone,
      },
    );
    registry.holdings.push(
      { company: holding.registration, holder: `person:${relative.id}`, role: 'shareholder', share: 40 },
      {
        company: factory.registration,
        holder: `company:${holding.registration}`,
        role: 'shareholder',
        share: 100,
      },
      { company: factory.registration, holder: `person:${factoryOwner.id}`, role: 'director' },
      {
        company: supplier.registration,
        holder: `company:${holding.registration}`,
        role: 'shareholder',
        share: 30,
      },
    );
    registry.family.push({ employee: this.zhou.id, relative: relative.id, kinship: 'sibling_in_law' });
    registry.documents.push({
      id: specSheet.id,
      title: specSheet.title,
      classification: 'secret',
      owner: this.productLead.id,
      sha256: specSheet.sha256,
      file: specSheet.file,
      recipients: this.recipients(),
    });
    registry.leakDocuments.push(this.sheet.row);
  }

  history(world: World): void {
    const { act } = world;
    const z = this.zhou;
    this.evidence.push(
      {
        says: 'Disciplined three years earlier for leaking a launch date: rating cut, 5,000 CNY fine, promotion cancelled.',
        ref: act.discipline(
          localTime('2022-06-20', 10),
          z,
          '任华南分公司负责人期间泄露新品发布日期',
          '降低绩效;罚款;取消晋升',
          5000,
        ),
      },
      {
        says: 'Promoted to brand general manager.',
        ref: act.hrChange(localTime('2024-02-01', 9), z, '晋升', { role: '品牌总经理' }),
      },
      {
        says: 'Promoted to deputy head of China Marketing.',
        ref: act.hrChange(localTime('2024-05-06', 9), z, '晋升', { role: '中国区市场部副总经理' }),
      },
      {
        says: 'Promoted to head of China Marketing.',
        ref: act.hrChange(localTime('2024-12-02', 9), z, '晋升', { role: '中国区市场部总经理' }),
      },
    );
  }

  takesOver(day: Day): readonly string[] {
    return day.date === '2025-09-01' || day.date === '2025-09-12' ? [this.zhou.id] : [];
  }

  play(world: World, day: Day): void {
    if (day.date === '2025-09-01') this.labNight(world, day.date);
    if (day.date === '2025-09-12') this.specSheetMail(world, day.date);
    if (day.date === '2025-09-13') this.blogPost(world, day.date);
    if (day.date === '2025-08-20') this.mediaDay(world, day.date);
    // His visits to N5 before that night were product reviews in office hours.
    if (day.date === '2025-08-12' || day.date === '2025-08-26') {
      world.act.enterLab(this.zhou, localTime(day.date, 15.2));
      world.act.badge(this.zhou, localTime(day.date, 15.9), 'SZ-N5', 'N5实验室门', 'out');
    }
  }

  /** 1 September: an ordinary day, then the lab at 21:30, out at 21:47, the garage at 22:05. */
  private labNight(world: World, date: string): void {
    const { act } = world;
    const z = this.zhou;
    const at = (h: number, m: number, s = 0) => localTime(date, h + m / 60 + s / 3600);
    const ip = ipOf(z);
    act.sighting(at(8, 52, 10), 'GARAGE-B2-01', z.car!.plate, 0.96, 'in', z.car!.model);
    act.badge(z, at(8, 58, 41), 'SZ-LOBBY', '大堂闸机2', 'in');
    act.badge(z, at(9, 2, 5), 'SZ-OFFICE-A', 'A座7F西门', 'in');
    act.logon(z, at(9, 6, 30), 'Logon', ip);
    act.mail(at(10, 15), z.email, {
      direction: 'internal',
      from: z.email,
      to: [this.productLead.email],
      subject: 'K80 Ultra 发布会物料进度',
      size: 18_204,
    });
    const room = { id: `wo${editor.id}`, name: editor.name, participants: [z.id, editor.id] };
    const zhou = { id: z.id, name: z.name.zh };
    const lin = { id: editor.id, name: editor.name };
    act.chat(at(19, 41, 12), z, room, zhou, '今晚十点，B2车库，东西给你', 'zh');
    this.evidence.push({
      says: 'The editor in Zhou Chen’s WeCom archive: “放心,我只跑分,不上手开箱,给你多少个W”.',
      ref: act.chat(at(19, 44, 37), z, room, lin, '放心,我只跑分,不上手开箱,给你多少个W', 'zh'),
    });
    act.chat(at(19, 46, 2), z, room, zhou, '见面再说', 'zh');
    act.logon(z, at(21, 12, 48), 'Logoff', ip);
    this.evidence.push(
      {
        says: 'Badge opens lab N5 at 21:30, his first after-hours entry.',
        ref: act.enterLab(z, at(21, 30, 4)),
      },
      {
        says: 'Leaves lab N5 at 21:47; the asset register has no check-out.',
        ref: act.badge(z, at(21, 47, 19), 'SZ-N5', 'N5实验室门', 'out'),
      },
      {
        says: 'Badges into the B2 garage lift lobby.',
        ref: act.badge(z, at(22, 2, 51), 'SZ-GARAGE', '车库电梯厅B2', 'in'),
      },
      {
        says: 'Garage camera B2-03 at 22:05 (camera clock 4 min fast): face match Zhou Chen beside a Tesla, plate read only as *87D.',
        ref: act.sighting(at(22, 5, 8), 'GARAGE-B2-03', '*87D', 0.38, 'out', '特斯拉 Model Y 白色', {
          person: z,
          confidence: 0.91,
        }),
      },
    );
    act.sighting(at(22, 21, 40), 'GARAGE-B2-02', z.car!.plate, 0.95, 'out', z.car!.model);
  }

  /** 20 August: the editor comes to a media day, and the visitor register keeps his Tesla's full plate. */
  private mediaDay(world: World, date: string): void {
    const { act } = world;
    const visitor = { name: editor.name, company: '硬核科技评测', idTail: '3716', plate: editor.tesla };
    this.evidence.push({
      says: `Visitor register: ${editor.name} of 硬核科技评测 came to a media day by car ${editor.tesla}; its tail is 87D.`,
      ref: act.visitor(localTime(date, 14.2), '到访', visitor, this.pr, '新品媒体沟通会'),
    });
    act.visitor(localTime(date, 17.1), '离开', visitor, this.pr, '新品媒体沟通会');
  }

  /** 12 September: the spec sheet leaves by mail to a blogger, the factory owner on CC. */
  private specSheetMail(world: World, date: string): void {
    const { act } = world;
    const z = this.zhou;
    const at = (h: number, m: number) => localTime(date, h + m / 60);
    act.badge(z, at(9, 1), 'SZ-LOBBY', '大堂闸机1', 'in');
    act.logon(z, at(9, 8), 'Logon', ipOf(z));
    this.evidence.push({
      says: 'The K80 Ultra spec sheet (registered, secret) mailed to a tech blogger, the accessory factory’s owner on CC.',
      ref: act.mail(at(21, 14), z.email, {
        direction: 'outbound',
        from: z.email,
        to: [blogger.email],
        cc: [factoryOwner.email],
        subject: 'K80 Ultra 参数',
        size: 497_880,
        attachments: [
          {
            name: specSheet.file,
            size: specSheet.size,
            sha256: specSheet.sha256,
            text: this.sheet.copyOf(z.id),
          },
        ],
      }),
    });
    act.logon(z, at(21, 20), 'Logoff', ipOf(z));
    act.badge(z, at(21, 26), 'SZ-LOBBY', '大堂闸机1', 'out');
  }

  /**
   * 13 September: the blogger's post quotes a stretch of the sheet, pasted through an editor that dropped the invisible
   * marks. The wording is still Zhou Chen's copy's.
   */
  private blogPost(world: World, date: string): void {
    const copy = withoutInvisibleMarks(this.sheet.copyOf(this.zhou.id));
    // The section on the screen, cut at the end of a sentence: about 350 characters.
    const from = copy.indexOf('二、');
    const excerpt = copy.slice(from, copy.lastIndexOf('。', from + 380) + 1);
    this.evidence.push({
      says: 'A blog post quotes the K80 Ultra spec sheet in the wording of Zhou Chen’s copy.',
      ref: world.act.post(localTime(date, 20.7), {
        platform: '小川科技说',
        url: 'https://xiaochuan-tech.example.cn/2025/09/k80-ultra-specs',
        author: blogger.name,
        text: `【独家】Lumen K80 Ultra 完整参数提前曝光！以下内容来自可靠渠道的内部规格表：\n\n${excerpt}\n\n发布会见。`,
      }),
    });
  }
}
