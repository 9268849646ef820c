/** @module The registers HR and procurement export once: roster, org chart, family contacts, interests, suppliers, owners, documents, cars. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import iconv from 'iconv-lite';
import type { Company } from './company.js';
import { writeLeakDocuments } from './leak-documents.js';
import { makeName } from './names.js';
import { departments } from './org.js';
import type { Random } from './random.js';
import type { Registry } from './registry.js';
import { csvCell } from './source-file.js';

function writeCsv(
  folder: string,
  name: string,
  header: readonly string[],
  rows: readonly (readonly string[])[],
  gbk = false,
): void {
  const path = `${folder}/${name}`;
  mkdirSync(dirname(path), { recursive: true });
  const text = [header, ...rows].map((row) => `${row.map(csvCell).join(',')}\r\n`).join('');
  writeFileSync(path, gbk ? iconv.encode(text, 'gbk') : text);
}

const kinshipZh = {
  spouse: '配偶',
  parent: '父母',
  child: '子女',
  sibling: '兄弟姐妹',
  sibling_in_law: '配偶之兄弟姐妹',
  cousin: '堂表亲',
};

/** Adds the ordinary companies and people of the registers: suppliers with their owners and contacts, family contacts, declared interests. */
export function ordinaryRegistry(registry: Registry, company: Company, random: Random): void {
  const rng = random.fork('registry');
  const buyers = company.employees.filter((e) => e.department.id === 'PROC');
  const supplierCount = Math.max(8, Math.round(company.employees.length / 40));
  const categories = ['结构件', '电子料', '包材', '配件', '营销物料', '测试设备'];
  const cities = [
    ['深圳市', '广东省深圳市宝安区'],
    ['东莞市', '广东省东莞市松山湖'],
    ['惠州市', '广东省惠州市仲恺高新区'],
    ['苏州市', '江苏省苏州市工业园区'],
  ] as const;
  const words = ['华', '兴', '创', '达', '鑫', '盛', '源', '科', '精', '联', '捷', '宏'];
  const pinyin: Record<string, string> = {
    华: 'hua',
    兴: 'xing',
    创: 'chuang',
    达: 'da',
    鑫: 'xin',
    盛: 'sheng',
    源: 'yuan',
    科: 'ke',
    精: 'jing',
    联: 'lian',
    捷: 'jie',
    宏: 'hong',
  };
  for (let i = 0; i < supplierCount; i++) {
    const [city, address] = rng.pick(cities);
    const brand = `${rng.pick(words)}${rng.pick(words)}`;
    const category = rng.pick(categories);
    const registration = `9144${rng.int(1000, 9999)}MA${rng.hex(5).toUpperCase()}`;
    registry.companies.push({
      registration,
      name: `${city}${brand}${category === '测试设备' ? '仪器' : '电子'}有限公司`,
      en: `${city} ${brand} Co., Ltd.`,
      address: `${address}${rng.int(1, 200)}号`,
      phone: `0755-${rng.int(20000000, 89999999)}`,
      domain: `${[...brand].map((c) => pinyin[c]).join('')}-${category === '测试设备' ? 'yq' : 'dz'}${i + 1}.cn`,
      supplier: {
        status: rng.weighted([
          ['approved', 8],
          ['pending', 1],
          ['suspended', 1],
        ] as const),
        approvedBy: category === '营销物料' ? 'MKT-CN' : 'PROC',
        category,
      },
    });
    for (const role of ['shareholder', 'director', 'contact'] as const) {
      const name = makeName(() => rng.next());
      const phone = `1${rng.pick(['3', '5', '8'])}${rng.int(100_000_000, 999_999_999)}`;
      const id = `EXT-${phone}`;
      registry.outsiders.push({ id, name: name.zh, pinyin: name.pinyin, phone });
      registry.holdings.push({
        company: registration,
        holder: `person:${id}`,
        role,
        share: role === 'shareholder' ? rng.int(30, 100) : undefined,
      });
    }
    const buyer = buyers.length ? rng.pick(buyers) : undefined;
    if (buyer && rng.chance(0.2)) {
      registry.interests.push({
        employee: buyer.id,
        company: registration,
        relation: '亲属持股',
        declared: '2024-03-01',
      });
    }
  }
  for (const person of company.employees) {
    if (!rng.chance(0.3)) continue;
    const name = makeName(() => rng.next());
    const phone = `1${rng.pick(['3', '5', '8'])}${rng.int(100_000_000, 999_999_999)}`;
    registry.outsiders.push({
      id: `EXT-${phone}`,
      name: `${person.name.zh.slice(0, 1)}${name.zh.slice(1)}`,
      pinyin: name.pinyin,
      phone,
    });
    registry.family.push({
      employee: person.id,
      relative: `EXT-${phone}`,
      kinship: rng.pick(['spouse', 'parent', 'sibling'] as const),
    });
  }
}

/** Writes every register under `folder`. */
export function writeRegisters(folder: string, company: Company, registry: Registry): void {
  writeLeakDocuments(folder, registry.leakDocuments);
  const companyType = (registration: string) =>
    registry.companies.find((c) => c.registration === registration)?.supplier ? '供应商' : '企业';
  writeCsv(
    folder,
    'hr/roster.csv',
    [
      '工号',
      '姓名',
      '拼音',
      '英文名',
      '邮箱',
      '部门编号',
      '团队',
      '职位',
      '上级工号',
      '入职日期',
      '工作地点',
      '手机',
      '工卡号',
    ],
    company.employees.map((e) => [
      e.id,
      e.name.zh,
      e.name.pinyin,
      e.name.en,
      e.email,
      e.department.id,
      e.team,
      e.role.zh,
      e.manager ?? '',
      e.hired,
      e.site === 'shenzhen' ? '深圳' : '北京',
      e.phone,
      e.badge,
    ]),
  );
  writeCsv(
    folder,
    'hr/org-units.csv',
    ['部门编号', '部门名称', '英文名称', '上级部门'],
    departments.map((d) => [d.id, d.zh, d.en, 'LUMEN']),
  );
  writeCsv(
    folder,
    'hr/family-contacts.csv',
    ['工号', '亲属编号', '亲属姓名', '拼音', '关系', '手机'],
    registry.family.map((f) => {
      const relative = registry.outsiders.find((o) => o.id === f.relative)!;
      return [f.employee, relative.id, relative.name, relative.pinyin, kinshipZh[f.kinship], relative.phone];
    }),
  );
  writeCsv(
    folder,
    'hr/declared-interests.csv',
    ['工号', '姓名', '企业代码', '企业类型', '关系说明', '申报日期'],
    registry.interests.map((i) => [
      i.employee,
      company.byId.get(i.employee)?.name.zh ?? '',
      i.company,
      companyType(i.company),
      i.relation,
      i.declared,
    ]),
  );
  const suppliers = registry.companies.filter((c) => c.supplier);
  writeCsv(
    folder,
    'registry/suppliers.csv',
    [
      '统一社会信用代码',
      '企业名称',
      '英文名称',
      '注册地址',
      '联系电话',
      '邮箱域名',
      '供应商状态',
      '审批部门',
      '供应品类',
    ],
    suppliers.map((c) => [
      c.registration,
      c.name,
      c.en,
      c.address,
      c.phone,
      c.domain ?? '',
      c.supplier!.status,
      c.supplier!.approvedBy,
      c.supplier!.category,
    ]),
  );
  writeCsv(
    folder,
    'registry/companies.csv',
    ['统一社会信用代码', '企业名称', '英文名称', '注册地址', '联系电话', '邮箱域名'],
    registry.companies
      .filter((c) => !c.supplier)
      .map((c) => [c.registration, c.name, c.en, c.address, c.phone, c.domain ?? '']),
  );
  const roleZh = { shareholder: '股东', director: '董事', contact: '联系人' } as const;
  const byPerson = registry.holdings.filter((h) => h.holder.startsWith('person:'));
  writeCsv(
    folder,
    'registry/person-roles.csv',
    ['企业代码', '企业类型', '人员编号', '姓名', '拼音', '手机', '角色', '持股比例'],
    byPerson.map((h) => {
      const person = registry.outsiders.find((o) => `person:${o.id}` === h.holder)!;
      return [
        h.company,
        companyType(h.company),
        person.id,
        person.name,
        person.pinyin,
        person.phone,
        roleZh[h.role],
        h.share === undefined ? '' : String(h.share),
      ];
    }),
  );
  writeCsv(
    folder,
    'registry/company-shareholders.csv',
    ['企业代码', '企业类型', '股东代码', '股东名称', '持股比例'],
    registry.holdings
      .filter((h) => h.holder.startsWith('company:'))
      .map((h) => {
        const holder = registry.companies.find((c) => `company:${c.registration}` === h.holder)!;
        return [h.company, companyType(h.company), holder.registration, holder.name, String(h.share ?? '')];
      }),
  );
  writeCsv(
    folder,
    'registry/documents.csv',
    ['文档编号', '标题', '密级', '负责人工号', '文件名', 'SHA256'],
    registry.documents.map((d) => [
      d.id,
      d.title,
      { internal: '内部', confidential: '机密', secret: '绝密' }[d.classification],
      d.owner,
      d.file,
      d.sha256,
    ]),
  );
  writeCsv(
    folder,
    'registry/distribution.csv',
    ['文档编号', '标题', '接收人工号'],
    registry.documents.flatMap((d) => d.recipients.map((r) => [d.id, d.title, r])),
  );
  writeCsv(
    folder,
    'registry/document-copies.csv',
    ['副本编号', '文档编号', '标题', '接收人工号', '差异语句', 'SHA256'],
    registry.copies.map((c) => [c.id, c.of, c.title, c.recipient, c.marker, c.sha256]),
  );
  writeCsv(
    folder,
    'registry/vehicles.csv',
    ['车牌', '车型', '登记人工号'],
    company.employees.filter((e) => e.car).map((e) => [e.car!.plate, e.car!.model, e.id]),
  );
}
