/**
 * @module Chinese spec-sheet and business wordings that say the same thing. Chinese has no spaces between words,
 * so the guards keep a term from being found inside a longer word (平均, 发布会, 相机键).
 */
import type { WordingGroup } from './types.js';

const number = /^[\d０-９]/;

export const chineseWordings: readonly WordingGroup[] = [
  { terms: ['支持', '可支持'], notFollowedBy: /^者/, notPrecededBy: /不$/ },
  { terms: ['约', '大约'], followedBy: number, notPrecededBy: /[大预合节制]$/ },
  { terms: ['仅', '仅为'], followedBy: number },
  { terms: ['可达', '高达'], followedBy: number, notPrecededBy: /最[高大]$/ },
  { terms: ['最高', '最大'], followedBy: /^(?:支持|可达|[\d０-９])/ },
  // 使用 also means plain "use" (内部使用): only 采用 is looked for.
  { terms: ['采用'], alsoWritten: ['使用'] },
  { terms: ['屏幕', '显示屏'] },
  // 发布 is also "publish" (市场部发布的版本): only where it means the launch.
  { terms: ['发布', '上市'], followedBy: /^(?:时间|日期|[，。；])/ },
  { terms: ['搭载', '配备'] },
  { terms: ['此外', '另外'] },
  // 及 alone is part of words (提及, 及时): only 以及 is looked for.
  { terms: ['以及'], alsoWritten: ['及', '和'] },
  { terms: ['均', '都'], followedBy: /^(?:已|支持|提供|可|为|采用|登记|需|须|不)/ },
  { terms: ['将于', '将在'] },
  { terms: ['计划于', '预计于'] },
  { terms: ['立即', '随即'] },
  { terms: ['确定', '确认'] },
  { terms: ['首个', '第一个'] },
  { terms: ['仅限', '只限'] },
  { terms: ['单独', '另行'], followedBy: /^(?:购买|出售|销售)/ },
  { terms: ['请勿', '不得'] },
  { terms: ['每份', '每一份'] },
  { terms: ['保持', '维持'] },
  { terms: ['摄像头', '相机'], notFollowedBy: /^键/ },
  { terms: ['主摄', '主摄像头'], notFollowedBy: /^像/ },
  { terms: ['长焦', '远摄'] },
  { terms: ['光学防抖', 'OIS'] },
  { terms: ['颜色', '配色'] },
  { terms: ['售价', '价格'], notFollowedBy: /^牌/, notPrecededBy: /起$/ },
  { terms: ['预售', '预订'] },
  { terms: ['开售', '发售'] },
  { terms: ['充电器', '充电头', '电源适配器'] },
  { terms: ['数据线', '充电线'] },
  { terms: ['保护壳', '保护套'] },
  { terms: ['取卡针', '卡针'] },
  { terms: ['快速入门指南', '快速指南'] },
  { terms: ['智能手表', '手表'] },
  { terms: ['旗舰手机', '旗舰机型'] },
  // 本机 is also "this device" (保存在本机): only 新机 is looked for.
  { terms: ['新机'], alsoWritten: ['该机', '本机'] },
  { terms: ['系统更新', '系统升级'] },
  { terms: ['安全补丁', '安全更新'] },
  { terms: ['中国大陆', '中国内地'] },
  { terms: ['海外', '国际'] },
  { terms: ['如有问题请联系', '问题请联系'] },
];
