/** @module English number sites: units, inches, zoom, degrees, percentages, ranges, prices, dates, times. */
import { candidate, type SiteCandidate } from './candidate.js';
import { atSentenceStart } from './casing.js';
import { combinations, type Finder, numberForms, numberSource, sitesFrom, units } from './numbers.js';

const notAfter = '(?<![\\w.,/\\-–])';
const months = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const spelled = ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

/** Nouns a quantity can describe as an adjective ("a 100-watt charger"). */
const unitNouns = new Set(['sensor', 'camera', 'charger', 'charging', 'adapter', 'brick']);

const finders: readonly (readonly [RegExp, Finder])[] = [
  [
    new RegExp(`${notAfter}(${numberSource})( ?)(${units.map((u) => u.latin).join('|')})(?![\\w²])`, 'g'),
    (m, text) => {
      const unit = units.find((u) => u.latin === m[3])!;
      const spacing = unit.spaced ? [' '] : [m[2]!, m[2] ? '' : ' '];
      const forms = combinations(
        numberForms(m[1]!),
        spacing.map((s) => s + unit.latin),
      );
      // Before a noun a unit can be spelled out: "a 32 MP sensor", "a 32-megapixel sensor".
      const spelledOut = { MP: 'megapixel', W: 'watt' }[m[3] as 'MP' | 'W'];
      const next = /^ ([a-z]+)/.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 20))?.[1];
      if (spelledOut && next && unitNouns.has(next)) {
        forms.splice(Math.min(forms.length, 3), 0, `${m[1]}-${spelledOut}`);
      }
      return candidate(m.index, m[0], 'number', forms.slice(0, 4));
    },
  ],
  [
    new RegExp(`${notAfter}(\\d+(?:\\.\\d+)?)(-inch|″| inches)(?=[ ,.;)])`, 'g'),
    (m, text) => {
      // "a 6.82-inch display" but "measures 6.82 inches diagonally": ″ fits both, the words only their own.
      const beforeNoun =
        m[2] === '-inch' || (m[2] === '″' && /^ [a-z]/.test(text.slice(m.index + m[0].length)));
      return candidate(m.index, m[0], 'number', [`${m[1]}″`, `${m[1]}${beforeNoun ? '-inch' : ' inches'}`]);
    },
  ],
  [
    /(?<![\w.])(\d+(?:\.\d+)?)([x×])(?= (?:optical|digital|zoom))/g,
    (m) => candidate(m.index, m[0], 'punctuation', [`${m[1]}x`, `${m[1]}×`]),
  ],
  [/(?<![\w.])(\d+)°(?= [a-z])/g, (m) => candidate(m.index, m[0], 'number', [`${m[1]}-degree`])],
  [
    /(?<![\w.–-])(\d+(?:\.\d+)?)%/g,
    (m) => candidate(m.index, m[0], 'number', [`${m[1]} per cent`, `${m[1]} percent`]),
  ],
  [
    /(?<![\w.,–-])(\d+(?:\.\d+)?)([–-])(\d+(?:\.\d+)?)(?![\d–-])/g,
    (m) =>
      candidate(m.index, m[0], 'punctuation', [`${m[1]}–${m[3]}`, `${m[1]}-${m[3]}`, `${m[1]} to ${m[3]}`]),
  ],
  [
    new RegExp(`${notAfter}(${numberSource}) (yuan|euros)\\b`, 'g'),
    (m) => price(m.index, m[0], m[1]!, m[2]!),
  ],
  [
    /(?<![\w.])(\d+(?:\.\d+)?) (minutes|seconds)\b/g,
    (m) => candidate(m.index, m[0], 'number', [`${m[1]} ${m[2] === 'minutes' ? 'min' : 's'}`]),
  ],
  [/(?<!\w)f\/(\d+(?:\.\d+)?)/g, (m) => candidate(m.index, m[0], 'number', [`F${m[1]}`])],
  [
    /(?<![\w.])(\d{3,4})( ?)[×x]( ?)(\d{3,4})(?![\w.])/g,
    (m) => candidate(m.index, m[0], 'number', [`${m[1]} × ${m[4]}`, `${m[1]}×${m[4]}`, `${m[1]} x ${m[4]}`]),
  ],
  [
    /\bIP(\d\d) and IP(\d\d)\b/g,
    (m) => candidate(m.index, m[0], 'order', [`IP${m[1]}/IP${m[2]}`, `IP${m[2]} and IP${m[1]}`]),
  ],
  [
    new RegExp(`\\b(${months.join('|')}) (\\d{1,2}), (\\d{4})\\b`, 'g'),
    (m) =>
      candidate(m.index, m[0], 'number', [
        `${m[2]} ${m[1]} ${m[3]}`,
        `${m[1]!.slice(0, 3)}. ${m[2]}, ${m[3]}`,
      ]),
  ],
  [/(?<![\d:.])(\d{1,2})[:.](\d{2}) ?([ap])\.?m\.?(?![\w])/g, (m, text) => time(m, text)],
  [
    new RegExp(`\\b(${spelled.join('|')})(?=(?: [a-z]+)? [a-z]+s\\b)`, 'g'),
    (m, text) =>
      atSentenceStart(text, m.index)
        ? undefined
        : candidate(m.index, m[0], 'number', [String(spelled.indexOf(m[1]!) + 2)]),
  ],
  [
    /(?<![\w.,]|[×x] )(\d{1,3}(?:,\d{3})+|\d{4,6})(?= [a-z])/g,
    (m) =>
      /^(?:19|20)\d\d$/.test(m[1]!) ? undefined : candidate(m.index, m[0], 'number', numberForms(m[1]!)),
  ],
];

/** Every English number site in the text; overlapping ones are left for the planner to choose between. */
export function englishNumberSites(text: string): SiteCandidate[] {
  return sitesFrom(finders, text);
}

function price(at: number, written: string, amount: string, currency: string): SiteCandidate | undefined {
  const [sign, code] = currency === 'yuan' ? ['¥', 'CNY'] : ['€', 'EUR'];
  const [asWritten, toggled = asWritten] = numberForms(amount);
  return candidate(at, written, 'number', [
    `${toggled} ${currency}`,
    `${sign}${asWritten}`,
    `${code} ${asWritten}`,
  ]);
}

/** "7:30 p.m." also as "7.30 p.m.", "7:30 pm" and "19:30"; a form without the final dot keeps the sentence's. */
function time(m: RegExpExecArray, text: string): SiteCandidate | undefined {
  const [hour, minute, half] = [Number(m[1]), m[2]!, m[3]!];
  const endsSentence = m[0].endsWith('.') && /^(?:\s+\p{Lu}|\s*$)/u.test(text.slice(m.index + m[0].length));
  const dot = endsSentence ? '.' : '';
  const hour24 = (half === 'p' ? (hour % 12) + 12 : hour % 12).toString().padStart(2, '0');
  return candidate(m.index, m[0], 'number', [
    `${hour}:${minute} ${half}.m.`,
    `${hour}.${minute} ${half}.m.`,
    `${hour}:${minute} ${half}m${dot}`,
    `${hour24}:${minute}${dot}`,
  ]);
}
