/**
 * @module A canary trap: a secret document goes to a dozen people, each copy worded a little differently; a forum
 * post quotes the wording of one copy, which names its recipient.
 */
import { createHash } from 'node:crypto';
import { localTime } from '../clock.js';
import type { Employee } from '../company.js';
import type { Evidence, IncidentLabel } from '../labels.js';
import type { Day } from '../ordinary-day.js';
import type { Random } from '../random.js';
import type { Registry } from '../registry.js';
import type { Casting } from './cast.js';
import type { Incident, World } from './incident.js';

/** Ways of saying the same sentence: each copy gets one, so no two copies read alike. */
const markers = [
  '发布会定于10月23日在深圳湾体育中心举行',
  '发布会将于10月23日于深圳湾体育中心召开',
  '10月23日，发布会在深圳湾体育中心举办',
  '发布会时间为10月23日，地点深圳湾体育中心',
  '定于10月23日在深圳湾体育中心召开发布会',
  '发布会拟于10月23日在深圳湾体育中心举行',
  '10月23日发布会，场地为深圳湾体育中心',
  '发布会安排在10月23日，深圳湾体育中心',
  '发布会将在10月23日于深圳湾体育中心进行',
  '深圳湾体育中心将于10月23日承办发布会',
  '发布会确定10月23日在深圳湾体育中心',
  '发布会于10月23日假座深圳湾体育中心举行',
];

export class CanaryLeak implements Incident {
  readonly label: IncidentLabel;
  private readonly evidence: Evidence[] = [];
  private readonly recipients: Employee[];
  private readonly leaker: Employee;
  private readonly day: Day;
  private readonly documentId = 'DOC-2025-0588';

  constructor(
    casting: Casting,
    private readonly rng: Random,
  ) {
    this.recipients = Array.from({ length: 12 }, () =>
      casting.pick(rng, 'a launch planner', (e) => ['MKT-CN', 'SALES'].includes(e.department.id)),
    );
    this.leaker = rng.pick(this.recipients);
    this.day = rng.pick(casting.workingDays(0.5, 0.95));
    this.label = {
      id: 'canary-leak',
      kind: 'canary_leak',
      title: `A forum post quotes the launch plan in the wording of ${this.leaker.name.zh}'s numbered copy`,
      persons: [this.leaker.id],
      from: this.day.date,
      to: this.day.date,
      malicious: true,
      evidence: this.evidence,
    };
  }

  register(registry: Registry): void {
    const title = 'K90 发布会日程与定价（绝密）';
    registry.documents.push({
      id: this.documentId,
      title,
      classification: 'secret',
      owner: this.recipients[0]!.id,
      sha256: createHash('sha256').update(title).digest('hex'),
      file: 'K90 发布会日程与定价.docx',
      recipients: this.recipients.map((r) => r.id),
    });
    this.recipients.forEach((recipient, i) => {
      registry.copies.push({
        id: `${this.documentId}#${String(i + 1).padStart(2, '0')}`,
        of: this.documentId,
        title: `${title} 副本${String(i + 1).padStart(2, '0')}`,
        recipient: recipient.id,
        marker: markers[i]!,
        sha256: createHash('sha256').update(`${title}\u0000${markers[i]}`).digest('hex'),
      });
    });
  }

  takesOver(): readonly string[] {
    return [];
  }

  play(world: World, day: Day): void {
    if (day !== this.day) return;
    const marker = markers[this.recipients.indexOf(this.leaker)]!;
    this.evidence.push({
      says: `A forum post quotes “${marker}”, the wording only ${this.leaker.name.zh}'s copy has.`,
      ref: world.act.post(localTime(day.date, 22.3 + this.rng.next()), {
        platform: '机锋论坛',
        url: `https://bbs.example-forum.cn/thread-${this.rng.int(100_000, 999_999)}-1-1.html`,
        author: `数码爆料君${this.rng.int(10, 99)}`,
        text: `【独家】Lumen K90 内部资料流出：${marker}，起售价3999元，首发三种配色。`,
      }),
    });
  }
}
