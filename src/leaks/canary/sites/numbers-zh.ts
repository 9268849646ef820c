/** @module Chinese number sites: units, megapixels, zoom, degrees, percentages, ranges, prices, dates, times. */
import { candidate, type SiteCandidate } from './candidate.js';
import { combinations, type Finder, numberForms, numberSource, sitesFrom, units } from './numbers.js';

const notAfter = '(?<![\\w.,/\\-–])';
const unitSpellings = units.flatMap((u) => (u.chinese ? [u.latin, u.chinese] : [u.latin]));
const numerals = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

const finders: readonly (readonly [RegExp, Finder])[] = [
  [
    new RegExp(`${notAfter}(${numberSource})( ?)(${unitSpellings.join('|')})(?![A-Za-z²])`, 'g'),
    (m) => {
      const unit = units.find((u) => u.latin === m[3] || u.chinese === m[3])!;
      const suffixes = [m[2]! + m[3]!, ...(m[3] === unit.latin ? [] : [` ${unit.latin}`])];
      if (m[3] === unit.latin && !unit.spaced) suffixes.push(m[2] ? unit.latin : ` ${unit.latin}`);
      if (unit.chinese && m[3] === unit.latin) suffixes.push(unit.chinese);
      return candidate(m.index, m[0], 'number', combinations(numberForms(m[1]!), suffixes));
    },
  ],
  [
    /(?<![\d.])(\d+)(万|亿)像素/g,
    (m) => {
      const megapixels = m[2] === '万' ? Number(m[1]) / 100 : Number(m[1]) * 100;
      return Number.isInteger(megapixels)
        ? candidate(m.index, m[0], 'number', [`${megapixels}MP`])
        : undefined;
    },
  ],
  [/(?<!\w)f\/(\d+(?:\.\d+)?)/g, (m) => candidate(m.index, m[0], 'number', [`F${m[1]}`])],
  [
    /(?<![\w.])(\d{3,4})( ?)×( ?)(\d{3,4})(?![\w.])/g,
    (m) => candidate(m.index, m[0], 'number', [`${m[1]}×${m[4]}`, `${m[1]} × ${m[4]}`, `${m[1]}x${m[4]}`]),
  ],
  [
    /(?<![\d.])(\d+(?:\.\d+)?)(倍|x|×)(?=(?:光学|数字)?变焦)/g,
    (m) => candidate(m.index, m[0], 'punctuation', [`${m[1]}倍`, `${m[1]}x`]),
  ],
  [
    /(?<![\d.])(\d+(?:\.\d+)?)(分钟|秒)/g,
    (m) => candidate(m.index, m[0], 'number', [`${m[1]}${m[2] === '秒' ? 's' : 'min'}`]),
  ],
  [
    /\bIP(\d\d)和IP(\d\d)\b/g,
    (m) => candidate(m.index, m[0], 'order', [`IP${m[1]}/IP${m[2]}`, `IP${m[2]}和IP${m[1]}`]),
  ],
  [/(?<![\d.])(\d+)(°|度)(?=[视角])/g, (m) => candidate(m.index, m[0], 'number', [`${m[1]}°`, `${m[1]}度`])],
  [
    /(?<![\d.–-])(\d{1,3})%/g,
    (m) => {
      const spoken = percentInWords(Number(m[1]));
      return spoken ? candidate(m.index, m[0], 'number', [spoken]) : undefined;
    },
  ],
  [
    /(?<![\w.,–-])(\d+(?:\.\d+)?)([–-])(\d+(?:\.\d+)?)(?![\d–-])/g,
    (m) =>
      candidate(m.index, m[0], 'punctuation', [`${m[1]}–${m[3]}`, `${m[1]}-${m[3]}`, `${m[1]}至${m[3]}`]),
  ],
  [
    new RegExp(`${notAfter}(${numberSource})(元|欧元)`, 'g'),
    (m) => {
      const [asWritten, toggled = asWritten] = numberForms(m[1]!);
      const sign = m[2] === '元' ? '¥' : '€';
      const spelled = m[2] === '元' ? [`人民币${asWritten}元`] : [];
      return candidate(m.index, m[0], 'number', [`${toggled}${m[2]}`, `${sign}${asWritten}`, ...spelled]);
    },
  ],
  [
    /(?<!\d)(\d{4})年(\d{1,2})月(\d{1,2})日/g,
    (m) => {
      const [y, mo, d] = [m[1]!, m[2]!.padStart(2, '0'), m[3]!.padStart(2, '0')];
      return candidate(m.index, m[0], 'number', [`${y}-${mo}-${d}`, `${y}.${mo}.${d}`]);
    },
  ],
  [/(?<![\d年])(\d{1,2})月(\d{1,2})日/g, (m) => candidate(m.index, m[0], 'number', [`${m[1]}月${m[2]}号`])],
  [/(?<![\d:.])(\d{1,2}):(\d{2})(?![\d:])/g, (m, text) => time(m, /晚$/.test(text.slice(0, m.index)))],
  [
    /(?<![一二三四五六七八九十百千万两第A-Za-z\d\s])([两二三四五六七八九十])(?=[年个种颗款台次家])/g,
    (m) => candidate(m.index, m[0], 'number', [String(m[1] === '两' ? 2 : chineseDigit(m[1]!))]),
  ],
  [
    /(?<![\w.,])(\d{1,3}(?:,\d{3})+|\d{4,6})(?=[次台家个])/g,
    (m) => candidate(m.index, m[0], 'number', numberForms(m[1]!)),
  ],
];

/** Every Chinese number site in the text; overlapping ones are left for the planner to choose between. */
export function chineseNumberSites(text: string): SiteCandidate[] {
  return sitesFrom(finders, text);
}

function chineseDigit(numeral: string): number {
  return numeral === '十' ? 10 : numerals.indexOf(numeral);
}

/** 92 as 百分之九十二: whole percentages from 1 to 100. */
function percentInWords(n: number): string | undefined {
  if (n < 1 || n > 100) return undefined;
  if (n === 100) return '百分之百';
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  const tensWord = tens === 0 ? '' : `${tens === 1 ? '' : numerals[tens]}十`;
  return `百分之${tensWord}${ones === 0 ? '' : numerals[ones]}`;
}

/**
 * 19:30 also as 晚上7:30, 19点30分 and 晚上7点30分 (上午/下午/晚上 by the hour); after 当晚 the part of the day is
 * already said, so only 19点30分.
 */
function time(m: RegExpExecArray, dayPartSaid: boolean): SiteCandidate | undefined {
  const hour = Number(m[1]);
  const minute = m[2]!;
  if (hour > 23) return undefined;
  const part = hour < 12 ? '上午' : hour < 18 ? '下午' : '晚上';
  const twelve = hour % 12 === 0 ? 12 : hour % 12;
  const spokenMinute = minute === '00' ? '' : `${Number(minute)}分`;
  if (dayPartSaid) return candidate(m.index, m[0], 'number', [`${hour}点${spokenMinute}`]);
  return candidate(m.index, m[0], 'number', [
    `${part}${twelve}:${minute}`,
    `${hour}点${spokenMinute}`,
    `${part}${twelve}点${spokenMinute}`,
  ]);
}
