/** @module An alert in plain words, in English and in Chinese: who, how high, why, and what to read first. */
import { formatTime } from '../model/index.js';
import type { Alert } from './alerts.js';
import type { Stage } from './score.js';

export interface Explanation {
  en: string;
  zh: string;
}

const stageNames: Record<Stage, { en: string; zh: string }> = {
  access: { en: 'access', zh: '进入' },
  collection: { en: 'collection', zh: '收集' },
  exfiltration: { en: 'exfiltration', zh: '外泄' },
  concealment: { en: 'concealment', zh: '掩盖' },
  conflict_of_interest: { en: 'conflict of interest', zh: '利益冲突' },
};

/** The signals worth naming in a summary: the three that weigh most now. */
const NAMED = 3;

export function explain(
  alert: Alert,
  who: { en: string; zh: string },
  titleOf: (rule: string) => { en: string; zh: string },
  timeZone: string,
): Explanation {
  const { risk } = alert;
  const at = (time: number) => formatTime(time, timeZone).slice(0, 16);
  const top = risk.signals.slice(0, NAMED);
  const more = risk.signals.length - top.length;
  const stagesEn = risk.stages.map((s) => stageNames[s].en);
  const stagesZh = risk.stages.map((s) => stageNames[s].zh);
  const opened =
    alert.cause === 'threshold'
      ? { en: 'when their risk crossed the alert threshold', zh: '风险值超过告警阈值' }
      : {
          en: `when their signals spanned ${stagesEn.length} stages within a week`,
          zh: `一周内的信号跨越${stagesZh.length}个阶段`,
        };
  const assets = [
    ...new Map(risk.signals.flatMap((s) => (s.asset ? [[s.asset.reason, s.asset]] : []))).values(),
  ];
  const attributed = risk.signals.filter((s) => s.attribution);
  const en = [
    `${who.en} has a risk of ${risk.risk.toFixed(0)} from ${risk.signals.length} signal${risk.signals.length === 1 ? '' : 's'}`,
    `across ${list(stagesEn, 'and')}; the alert opened at ${at(alert.opened)} ${opened.en}.`,
    `Weighing most: ${top.map((s) => `${titleOf(s.signal.rule).en} (${at(s.signal.time)})`).join('; ')}${more > 0 ? `, and ${more} more` : ''}.`,
    risk.boosters.length
      ? `Boosted: ${risk.boosters.map((b) => `${b.reason} (×${b.factor})`).join('; ')}.`
      : 'No HR or priority booster applies.',
    assets.length
      ? `Signals weighed more for priority assets: ${assets.map((a) => `${a.reason} (×${a.factor})`).join('; ')}.`
      : '',
    ...attributed.map(
      (s) =>
        `Their events name nobody, but “${titleOf(s.signal.rule).en}” ${s.attribution!.reason}: a lead to verify.`,
    ),
  ]
    .filter(Boolean)
    .join(' ');
  const zh = [
    `${who.zh}的风险值为${risk.risk.toFixed(0)}，来自${risk.signals.length}条信号，涉及${stagesZh.join('、')}阶段；`,
    `告警于${at(alert.opened)}开启（${opened.zh}）。`,
    `权重最高的信号：${top.map((s) => `${titleOf(s.signal.rule).zh}（${at(s.signal.time)}）`).join('；')}${more > 0 ? `，另有${more}条` : ''}。`,
    risk.boosters.length
      ? `加权原因：${risk.boosters.map((b) => `${b.reasonZh}（×${b.factor}）`).join('；')}。`
      : '无人事或重点人员加权。',
    assets.length
      ? `涉及重点资产的信号加权：${assets.map((a) => `${a.reasonZh}（×${a.factor}）`).join('；')}。`
      : '',
    ...attributed.map(
      (s) =>
        `“${titleOf(s.signal.rule).zh}”的事件本身未指向任何人，但它${s.attribution!.reasonZh}，此为待核实线索。`,
    ),
  ].join('');
  return { en, zh };
}

function list(items: readonly string[], conjunction: string): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${conjunction} ${items.at(-1)}`;
}
