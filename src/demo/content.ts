/** @module What ordinary work says: mail subjects, chat lines, web sites and file names, in Chinese and English. */

export const internalSubjects = [
  '周报 - 第{n}周',
  '会议纪要：项目例会',
  'Re: 测试计划评审',
  '请审批：差旅申请',
  'Q{q} 预算确认',
  'Re: 供应商评估结果',
  '关于下周版本发布安排',
  'FYI: updated roadmap slides',
  'Re: camera tuning results',
  'Weekly sync notes',
  '培训通知：信息安全意识',
  'Re: 样机借用申请',
];

export const externalSubjects = {
  sales: ['报价单 - {company}', 'Re: 合同条款确认', '渠道备货计划', 'Meeting follow-up'],
  procurement: ['询价：{part}', 'Re: 交期确认', '样品送检结果', '对账单 {month} 月'],
  pr: ['媒体沟通会邀请', 'Re: 采访提纲', 'Press kit for the launch event'],
  office: ['Re: 会议安排', '活动报名确认'],
};

export const parts = ['屏幕模组', '电池', '摄像头模组', '中框', '充电器', '保护壳', '耳机', '数据线'];

export const teamChatLines: readonly (readonly [text: string, language: 'zh' | 'en'])[] = [
  ['收到', 'zh'],
  ['好的，我下午看一下', 'zh'],
  ['这个问题我跟进', 'zh'],
  ['会议改到三点了', 'zh'],
  ['日志已经上传到共享盘了', 'zh'],
  ['明天能给个结论吗？', 'zh'],
  ['已修复，麻烦验证一下', 'zh'],
  ['大家午饭吃什么', 'zh'],
  ['辛苦了👍', 'zh'],
  ['周报记得周五前交', 'zh'],
  ['Can you review my PR today?', 'en'],
  ['Build is green again', 'en'],
  ['Moving the sync to 4pm', 'en'],
  ['Thanks, looks good to me', 'en'],
];

export const supplierChatLines: readonly (readonly [text: string, language: 'zh' | 'en'])[] = [
  ['这批料下周三能到吗？', 'zh'],
  ['报价单已发邮箱，请查收', 'zh'],
  ['样品今天寄出，单号稍后发您', 'zh'],
  ['价格还有空间吗', 'zh'],
  ['好的，按合同交期执行', 'zh'],
];

/** Web sites by category, as the proxy classifies them. */
export const websites: Record<string, readonly string[]> = {
  business: [
    'https://www.tianyancha.com/search',
    'https://www.qcc.com/firm',
    'https://docs.lumen-mobile.com/wiki',
  ],
  tech: [
    'https://github.com/',
    'https://stackoverflow.com/questions',
    'https://www.csdn.net/',
    'https://developer.android.com/',
  ],
  news: [
    'https://www.36kr.com/',
    'https://www.ithome.com/',
    'https://news.qq.com/',
    'https://www.gsmarena.com/',
  ],
  shopping: ['https://www.jd.com/', 'https://www.taobao.com/'],
  social: ['https://weibo.com/', 'https://www.zhihu.com/question', 'https://www.bilibili.com/video'],
  jobs: ['https://www.zhipin.com/', 'https://www.liepin.com/', 'https://www.linkedin.com/jobs'],
  storage: ['https://pan.baidu.com/', 'https://www.aliyundrive.com/', 'https://www.dropbox.com/'],
};

export const workFiles: Record<string, readonly string[]> = {
  office: ['D:\\工作\\周报.docx', 'D:\\工作\\预算.xlsx', 'D:\\工作\\会议纪要.docx'],
  rd: ['D:\\项目\\K80\\测试报告.xlsx', 'D:\\项目\\K80\\原理图评审.pdf', 'D:\\code\\camera\\tuning.json'],
  sales: ['D:\\客户\\报价单.xlsx', 'D:\\客户\\合同草稿.docx'],
  procurement: ['D:\\采购\\询价单.xlsx', 'D:\\采购\\供应商评估.xlsx'],
};

export const usbModels = [
  'Kingston DataTraveler 3.0',
  'SanDisk Ultra Fit',
  'Samsung BAR Plus',
  'Lexar JumpDrive',
];
