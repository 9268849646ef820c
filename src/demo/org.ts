/** @module Lumen Mobile's departments: who works where, in which roles, and how each kind of work fills a day. */
import type { SiteId } from './sites.js';

/**
 * How a department's people spend their days. `office`: 9-to-6 with some overtime; `rd`: later days and the R&D
 * building; `lab`: prototype lab staff, who work nights when a build needs it; `shift`: security guards round the
 * clock; `sales`: out travelling a day or two a week; `procurement`: office hours, much supplier mail and chat;
 * `it`: office hours, administrators with the server room.
 */
export type WorkPattern = 'office' | 'rd' | 'lab' | 'shift' | 'sales' | 'procurement' | 'it';

export interface Department {
  id: string;
  zh: string;
  en: string;
  /** Share of the headcount, and of it, the share in Beijing (the rest is in Shenzhen). */
  share: number;
  beijing: number;
  pattern: WorkPattern;
  /** Roles in Chinese and English, the first for most staff. */
  roles: readonly (readonly [zh: string, en: string])[];
  teams: readonly string[];
}

export const departments: readonly Department[] = [
  {
    id: 'MKT-CN',
    zh: '中国区市场部',
    en: 'China Marketing',
    share: 0.08,
    beijing: 0.3,
    pattern: 'office',
    roles: [
      ['市场专员', 'Marketing Specialist'],
      ['品牌经理', 'Brand Manager'],
      ['产品营销经理', 'Product Marketing Manager'],
    ],
    teams: ['品牌', '产品营销', '数字营销', '渠道市场'],
  },
  {
    id: 'RD-HW',
    zh: '硬件研发部',
    en: 'Hardware R&D',
    share: 0.2,
    beijing: 0,
    pattern: 'rd',
    roles: [
      ['硬件工程师', 'Hardware Engineer'],
      ['射频工程师', 'RF Engineer'],
      ['结构工程师', 'Mechanical Engineer'],
    ],
    teams: ['主板', '射频', '结构', '影像', '电源'],
  },
  {
    id: 'RD-SW',
    zh: '软件研发部',
    en: 'Software R&D',
    share: 0.18,
    beijing: 0.1,
    pattern: 'rd',
    roles: [
      ['软件工程师', 'Software Engineer'],
      ['测试工程师', 'Test Engineer'],
      ['产品经理', 'Product Manager'],
    ],
    teams: ['系统', '相机算法', '应用', '测试'],
  },
  {
    id: 'LAB',
    zh: '原型实验室',
    en: 'Prototype Lab',
    share: 0.03,
    beijing: 0,
    pattern: 'lab',
    roles: [
      ['实验室工程师', 'Lab Engineer'],
      ['实验室技术员', 'Lab Technician'],
    ],
    teams: ['N5原型', '可靠性测试'],
  },
  {
    id: 'QA',
    zh: '质量部',
    en: 'Quality',
    share: 0.06,
    beijing: 0,
    pattern: 'rd',
    roles: [['质量工程师', 'Quality Engineer']],
    teams: ['来料检验', '整机质量'],
  },
  {
    id: 'PROC',
    zh: '采购部',
    en: 'Procurement',
    share: 0.05,
    beijing: 0,
    pattern: 'procurement',
    roles: [
      ['采购专员', 'Buyer'],
      ['采购经理', 'Purchasing Manager'],
    ],
    teams: ['结构件采购', '电子料采购', '配件采购'],
  },
  {
    id: 'SALES',
    zh: '销售部',
    en: 'Sales',
    share: 0.12,
    beijing: 0.7,
    pattern: 'sales',
    roles: [
      ['销售经理', 'Sales Manager'],
      ['大客户经理', 'Key Account Manager'],
    ],
    teams: ['华北', '华东', '华南', '运营商'],
  },
  {
    id: 'IT',
    zh: '信息技术部',
    en: 'IT',
    share: 0.05,
    beijing: 0.1,
    pattern: 'it',
    roles: [
      ['IT支持工程师', 'IT Support Engineer'],
      ['系统管理员', 'System Administrator'],
    ],
    teams: ['桌面支持', '基础架构'],
  },
  {
    id: 'HR',
    zh: '人力资源部',
    en: 'Human Resources',
    share: 0.03,
    beijing: 0.2,
    pattern: 'office',
    roles: [
      ['HRBP', 'HR Business Partner'],
      ['招聘专员', 'Recruiter'],
    ],
    teams: ['HRBP', '招聘'],
  },
  {
    id: 'FIN',
    zh: '财务部',
    en: 'Finance',
    share: 0.04,
    beijing: 0.1,
    pattern: 'office',
    roles: [
      ['会计', 'Accountant'],
      ['财务分析师', 'Financial Analyst'],
    ],
    teams: ['核算', '财务分析'],
  },
  {
    id: 'LEGAL',
    zh: '法务部',
    en: 'Legal',
    share: 0.02,
    beijing: 0.2,
    pattern: 'office',
    roles: [['法务专员', 'Legal Counsel']],
    teams: ['合规'],
  },
  {
    id: 'PR',
    zh: '公关部',
    en: 'Public Relations',
    share: 0.02,
    beijing: 0.6,
    pattern: 'office',
    roles: [
      ['公关经理', 'PR Manager'],
      ['媒体关系专员', 'Media Relations Specialist'],
    ],
    teams: ['媒体关系'],
  },
  {
    id: 'SEC',
    zh: '安保部',
    en: 'Security',
    share: 0.04,
    beijing: 0.1,
    pattern: 'shift',
    roles: [
      ['安保员', 'Security Officer'],
      ['安保主管', 'Security Supervisor'],
    ],
    teams: ['一班', '二班', '三班'],
  },
  {
    id: 'ADMIN',
    zh: '行政部',
    en: 'Administration',
    share: 0.08,
    beijing: 0.2,
    pattern: 'office',
    roles: [
      ['行政专员', 'Administration Officer'],
      ['前台', 'Receptionist'],
    ],
    teams: ['行政', '前台'],
  },
];

export function department(id: string): Department {
  const found = departments.find((d) => d.id === id);
  if (!found) throw new Error(`no department ${id}`);
  return found;
}

/** Which site a department's member works at. */
export function siteFor(dept: Department, roll: number): SiteId {
  return roll < dept.beijing ? 'beijing' : 'shenzhen';
}
