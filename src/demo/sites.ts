/** @module Lumen Mobile's sites, areas and doors: where people badge, and how restricted each place is. */

export type SiteId = 'shenzhen' | 'beijing';

export interface Area {
  id: string;
  site: SiteId;
  zh: string;
  en: string;
  /** 0 public … 3 restricted (prototype labs, server room). */
  level: 0 | 1 | 2 | 3;
  /** Reader names as the site's badge system calls them. */
  doors: readonly string[];
}

/** Shenzhen is headquarters and R&D (its badge system exports GBK); Beijing is a sales and marketing office. */
export const areas: readonly Area[] = [
  {
    id: 'SZ-LOBBY',
    site: 'shenzhen',
    zh: '总部大堂',
    en: 'HQ lobby',
    level: 0,
    doors: ['大堂闸机1', '大堂闸机2', '大堂闸机3'],
  },
  {
    id: 'SZ-OFFICE-A',
    site: 'shenzhen',
    zh: 'A座办公区',
    en: 'Tower A offices',
    level: 1,
    doors: ['A座3F东门', 'A座5F东门', 'A座7F西门'],
  },
  {
    id: 'SZ-RD',
    site: 'shenzhen',
    zh: '研发楼',
    en: 'R&D building',
    level: 2,
    doors: ['研发楼2F门禁', '研发楼4F门禁'],
  },
  {
    id: 'SZ-N5',
    site: 'shenzhen',
    zh: 'N5原型实验室',
    en: 'N5 prototype lab',
    level: 3,
    doors: ['N5实验室门'],
  },
  { id: 'SZ-SERVER', site: 'shenzhen', zh: '数据中心机房', en: 'server room', level: 3, doors: ['机房门'] },
  { id: 'SZ-GARAGE', site: 'shenzhen', zh: '地下车库', en: 'garage', level: 1, doors: ['车库电梯厅B2'] },
  {
    id: 'BJ-LOBBY',
    site: 'beijing',
    zh: '北京大堂',
    en: 'Beijing lobby',
    level: 0,
    doors: ['Lobby Turnstile 1', 'Lobby Turnstile 2'],
  },
  {
    id: 'BJ-OFFICE',
    site: 'beijing',
    zh: '北京办公区',
    en: 'Beijing 12F office',
    level: 1,
    doors: ['12F Main Door'],
  },
];

export function area(id: string): Area {
  const found = areas.find((a) => a.id === id);
  if (!found) throw new Error(`no area ${id}`);
  return found;
}

/** The garage cameras (Shenzhen); their clock runs 4 minutes fast, as the camera vendor never set NTP. */
export const garageCameras = ['GARAGE-B2-01', 'GARAGE-B2-02', 'GARAGE-B2-03'] as const;
export const garageClockSkewSeconds = 240;
