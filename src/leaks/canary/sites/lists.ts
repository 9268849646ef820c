/**
 * @module List sites: lists of three or more short items whose order carries no meaning ("Dolby Vision, HDR10+
 * and 12-bit colour"; "曜石黑、冰川白和沙漠钛"). A variant swaps two items and, in English, toggles the Oxford comma.
 * Lists of numbers are left alone: their order is usually ascending on purpose.
 */
import type { Language } from '../../plan.js';
import { candidate, type SiteCandidate } from './candidate.js';

/** After these an English list begins; a list's first item is what follows the last of them. */
const englishLeads =
  /(?:^|: |\b(?:supports|offers|includes|include|with|has|of|for) )(?!.*(?:: |\b(?:supports|offers|includes|include|with|has|of|for) ))/;
const maxWords = 5;

/** Every list site of the text. */
export function listSites(text: string, language: Language): SiteCandidate[] {
  return language === 'en' ? englishLists(text) : chineseLists(text);
}

function englishLists(text: string): SiteCandidate[] {
  const sites: SiteCandidate[] = [];
  // A list is "A, B(,) and|or C" up to the end of the clause, within one line.
  for (const m of text.matchAll(
    /[^\n;.]*?, [^\n;]*?(,?) (and|or) ([^\n,;:()]+?)(?=[,;:(]|\.(?:\s|$)|\n|$)/g,
  )) {
    const beforeConjunction = m[0].slice(0, m[0].length - m[3]!.length - m[2]!.length - m[1]!.length - 2);
    const lead = englishLeads.exec(beforeConjunction);
    if (!lead) continue;
    const listStart = lead.index + lead[0].length;
    const items = [...beforeConjunction.slice(listStart).split(', '), m[3]!];
    if (!itemsAreFree(items, (item) => item.split(' ').length <= maxWords && /^[\p{L}\d]/u.test(item)))
      continue;
    const oxford = m[1]!;
    const write = (list: string[], comma: string) =>
      `${list.slice(0, -1).join(', ')}${comma} ${m[2]} ${list[list.length - 1]}`;
    const swapped = [items[1]!, items[0]!, ...items.slice(2)];
    const other = oxford ? '' : ',';
    const site = candidate(m.index + listStart, write(items, oxford), 'order', [
      write(items, other),
      write(swapped, oxford),
      write(swapped, other),
    ]);
    if (site) sites.push(site);
  }
  return sites;
}

function chineseLists(text: string): SiteCandidate[] {
  const sites: SiteCandidate[] = [];
  // An item holds no conjunction and no lead verb: those end a list or start one.
  const item = '(?:(?!支持|包括|包含|内含|提供|采用|覆盖|搭载)[^、，。；：:,\\s（）()和与及]){1,12}?';
  const lead = '(?:^|[，。；：:\\n]|支持|包括|包含|内含|提供|采用|覆盖|搭载|与)';
  const pattern = new RegExp(
    `(?<=${lead})((?:${item}、)+${item})(和|及|与|以及)(${item})(?=[。，；：\\n（(]|等|$)`,
    'gmu',
  );
  for (const m of text.matchAll(pattern)) {
    const items = [...m[1]!.split('、'), m[3]!];
    // "中文、英文和德文六种语言": a count after the last item belongs to the whole list, not to the item.
    if (/[一二三四五六七八九十两\d][种个项类款]/.test(m[3]!)) continue;
    // "三、性能与系统" is a numbered heading, not a list.
    if (!itemsAreFree(items, (i) => !/^[一二三四五六七八九十]+$/.test(i))) continue;
    const write = (list: string[]) => `${list.slice(0, -1).join('、')}${m[2]}${list[list.length - 1]}`;
    const n = items.length;
    const swapFirst = [items[1]!, items[0]!, ...items.slice(2)];
    const swapLast = [...items.slice(0, n - 2), items[n - 1]!, items[n - 2]!];
    const site = candidate(m.index, m[0], 'order', [write(swapFirst), write(swapLast)]);
    if (site) sites.push(site);
  }
  return sites;
}

/** Three or more distinct items of a list item's shape, at most one of them led by a number. */
function itemsAreFree(items: readonly string[], shaped: (item: string) => boolean): boolean {
  return (
    items.length >= 3 &&
    new Set(items).size === items.length &&
    items.every((item) => item.length > 0 && shaped(item)) &&
    items.filter((item) => /^\d/.test(item)).length <= 1
  );
}
