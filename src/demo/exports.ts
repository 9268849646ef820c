/** @module Every export the demo writes: its path, columns, encoding and record numbering, as each system has them. */
import { formatLocal } from './clock.js';
import { SourceFile } from './source-file.js';

/** `event.dataset` of each demo event source; the demo profiles in `profiles/` use the same names. */
export const demoSources = {
  badgeShenzhen: 'demo.badge.shenzhen',
  badgeBeijing: 'demo.badge.beijing',
  assetRegister: 'demo.asset_register',
  garage: 'demo.garage',
  doorCamera: 'demo.door_camera',
  publicPosts: 'demo.public_posts',
  visitors: 'demo.visitors',
  mail: 'demo.mail',
  chat: 'demo.chat',
  logon: 'demo.logon',
  usb: 'demo.usb',
  file: 'demo.file',
  web: 'demo.web',
  hrChanges: 'demo.hr.changes',
  discipline: 'demo.hr.discipline',
} as const;

export type Exports = ReturnType<typeof openExports>;

const yyyymmdd = (time: number) => formatLocal(time, 'yyyyMMdd');

/** Opens every export file under `folder`. */
export function openExports(folder: string) {
  const file = (options: ConstructorParameters<typeof SourceFile>[1]) => new SourceFile(folder, options);
  return {
    // Shenzhen's badge system is a Chinese product: GBK, Chinese headers, slashes in dates.
    badgeShenzhen: file({
      name: 'badge/shenzhen.csv',
      format: 'csv',
      encoding: 'gbk',
      header: ['记录号', '时间', '工号', '姓名', '门禁点', '方向', '结果'],
      source: demoSources.badgeShenzhen,
      recordId: (n) => String(2_000_000 + n),
    }),
    badgeBeijing: file({
      name: 'badge/beijing.csv',
      format: 'csv',
      header: ['EventID', 'EventTime', 'CardNo', 'EmployeeID', 'Name', 'Reader', 'Direction', 'Result'],
      source: demoSources.badgeBeijing,
      recordId: (n) => `BJ${String(n).padStart(8, '0')}`,
    }),
    assetRegister: file({
      name: 'gate/asset-register.csv',
      format: 'csv',
      header: ['单号', '类型', '时间', '工号', '资产编号', '物品描述', '区域', '审批人', '登记'],
      source: demoSources.assetRegister,
      recordId: (n, time) => `AR${yyyymmdd(time)}${String(n).padStart(5, '0')}`,
    }),
    garage: file({
      name: 'garage/camera.jsonl',
      format: 'jsonl',
      source: demoSources.garage,
      recordId: (n) => `SNAP${String(n).padStart(9, '0')}`,
    }),
    doorCamera: file({
      name: 'camera/n5-door.jsonl',
      format: 'jsonl',
      source: demoSources.doorCamera,
      recordId: (n) => `N5CAM${String(n).padStart(8, '0')}`,
    }),
    publicPosts: file({
      name: 'intel/brand-monitor.jsonl',
      format: 'jsonl',
      source: demoSources.publicPosts,
      recordId: (n) => `post-${String(n).padStart(7, '0')}`,
    }),
    visitors: file({
      name: 'visitors/register.csv',
      format: 'csv',
      header: ['登记号', '时间', '类型', '访客姓名', '单位', '证件后四位', '被访人工号', '车牌', '事由'],
      source: demoSources.visitors,
      recordId: (n) => `V${String(n).padStart(7, '0')}`,
    }),
    mail: file({
      name: 'mail/gateway.jsonl',
      format: 'jsonl',
      source: demoSources.mail,
      recordId: (n, time) => `<${yyyymmdd(time)}.${n}@mx.lumen-mobile.com>`,
    }),
    chat: file({
      name: 'chat/wecom-archive.jsonl',
      format: 'jsonl',
      source: demoSources.chat,
      recordId: (n) => `msg${String(n).padStart(10, '0')}`,
    }),
    logon: file({
      name: 'it/logon.csv',
      format: 'csv',
      header: ['RecordID', 'TimeCreated', 'User', 'Computer', 'Event', 'IpAddress'],
      source: demoSources.logon,
      recordId: (n) => String(n),
    }),
    usb: file({
      name: 'it/usb.csv',
      format: 'csv',
      header: ['RecordID', 'TimeCreated', 'User', 'Computer', 'Event', 'DeviceID', 'DeviceModel'],
      source: demoSources.usb,
      recordId: (n) => String(n),
    }),
    file: file({
      name: 'it/file-audit.csv',
      format: 'csv',
      header: [
        'RecordID',
        'TimeCreated',
        'User',
        'Computer',
        'Operation',
        'Path',
        'Size',
        'SHA256',
        'ToRemovable',
      ],
      source: demoSources.file,
      recordId: (n) => String(n),
    }),
    web: file({
      name: 'it/proxy.csv',
      format: 'csv',
      header: [
        'RecordID',
        'TimeCreated',
        'User',
        'ClientIP',
        'Method',
        'URL',
        'BytesOut',
        'Category',
        'Action',
      ],
      source: demoSources.web,
      recordId: (n) => String(n),
    }),
    hrChanges: file({
      name: 'hr/changes.csv',
      format: 'csv',
      header: ['记录号', '生效日期', '工号', '类型', '部门', '职位', '说明', '截止日期'],
      source: demoSources.hrChanges,
      recordId: (n) => `HC${String(n).padStart(6, '0')}`,
    }),
    discipline: file({
      name: 'hr/discipline.csv',
      format: 'csv',
      header: ['记录号', '日期', '工号', '事由', '处分', '罚款'],
      source: demoSources.discipline,
      recordId: (n) => `DR${String(n).padStart(5, '0')}`,
    }),
  };
}
