/**
 * @module The leak pages' strings, in English and 简体中文: the documents, distributing them, and tracing a leaked
 * text. messages.ts adds them to the rest; the verdicts say what src/leaks/registry/report-format.ts says.
 */

export const leaksEn = {
  'nav.leaks': 'Leaks',

  'classification.internal': 'internal',
  'classification.confidential': 'confidential',
  'classification.secret': 'secret',

  'leaks.title': 'Leak tracing',
  'leaks.subtitle':
    'Confidential documents, the canary copies handed out, and whose copy a leaked text comes from.',
  'leaks.tabs': 'Leak tracing',
  'leaks.documents': 'Documents',
  'leaks.trace': 'Trace a leak',
  'leaks.document': 'Document',
  'leaks.classification': 'Classification',
  'leaks.language': 'Language',
  'leaks.registered': 'Registered',
  'leaks.distribution': 'Distribution',
  'leaks.distributedTo': '{count} recipients',
  'leaks.notDistributed': 'not distributed',
  'leaks.empty': 'No documents are registered.',
  'leaks.emptyHint': 'Register one above, before it is sent out: only then can a leak be traced to its copy.',
  'leaks.emptyHintReader': 'An investigator registers confidential documents and distributes their copies.',

  'register.title': 'Register a document',
  'register.hint':
    'Text, Markdown, HTML, PDF or Word (DOCX): the server reads its text. Register a document before it is sent, then distribute it from its page.',
  'register.file': 'File',
  'register.documentTitle': 'Title',
  'register.detectLanguage': 'Detect from the text',
  'register.owner': 'Owner (person ref, optional)',
  'register.submit': 'Register',
  'register.done': 'Registered “{title}” as {id}.',
  'register.open': 'Open it to distribute copies',
  'register.sameFile': 'The very same file was registered before, as {ids}.',

  'document.file': 'File',
  'document.text': 'Text',
  'document.characters': '{count} characters, {language}',
  'document.owner': 'Owner',
  'document.trace': 'Trace a leak of it',
  'document.downloadOriginal': 'Download original…',
  'document.downloadOriginalTitle': 'Download the original of “{title}”',
  'document.downloadOriginalHint':
    'The registered wording, which no recipient received. The read is recorded in the audit trail with your reason.',

  'distribution.title': 'Recipients',
  'distribution.when': 'Distributed {time} by {user}',
  'distribution.marksOn': 'with invisible marks',
  'distribution.marksOff': 'without invisible marks',
  'distribution.noneHint': 'An investigator distributes it: each recipient then gets a copy of their own.',
  'distribution.downloadCopy': 'Download copy…',
  'distribution.downloadCopyTitle': 'Download the copy issued to {recipient}',
  'distribution.downloadCopyHint':
    'The copy exactly as issued, to send it to its recipient again. Never send it to anyone else: what tells the copies apart must stay secret. The read is recorded in the audit trail with your reason.',

  'download.reason': 'Reason (required, at least {min} characters; recorded in the audit trail)',
  'download.submit': 'Download',

  'distribute.title': 'Distribute',
  'distribute.hint':
    'Each recipient gets a copy of their own: the same meaning, with its own combination of small changes (wording, number formats, punctuation, clause order). A leaked copy then says whose it was. A document is distributed once.',
  'distribute.recipients': 'Recipients (person refs, one per line or separated by commas)',
  'distribute.marks': 'Add invisible marks',
  'distribute.marksHint':
    'Zero-width characters and lookalike letters in each copy name its recipient when the text is pasted as is. Retyping or a screenshot removes them; the wording still tells the copies apart.',
  'distribute.submit': 'Distribute: copies for {count}',
  'distribute.tooMany': 'At most {max} recipients at once.',

  'trace.subtitle':
    'Paste a text found outside (a blog post, a forum thread, a screenshot’s text) to find registered documents in it, and whose copy it comes from.',
  'trace.text': 'Leaked text (Chinese or English)',
  'trace.placeholder': 'Paste the text as found: an excerpt is enough, retyped or lightly edited.',
  'trace.document': 'Trace against',
  'trace.anyDocument': 'The document it matches best',
  'trace.match': 'Find registered content',
  'trace.matchHint': 'Which registered documents this text contains, and where',
  'trace.attribute': 'Whose copy?',
  'trace.attributeHint': 'Which recipient’s copy this text comes from, and the positions that decide it',
  'trace.yourText': 'The text',
  'trace.unregistered': 'No registered document: the text comes from none of them.',
  'trace.unregisteredHint':
    'It shares no passage with any registered document. If it is one of yours, register the document; copies issued before that cannot be told apart.',
  'trace.undistributed': 'From a registered document that was never distributed',
  'trace.undistributedHint':
    'Nobody received a copy of its own, so there is no copy to trace the text to. Distribute a document before sending it out.',

  'match.title': 'Registered documents in the text: {count}',
  'match.copy': 'copy',
  'match.quotes': 'quotes',
  'match.share': '{share} of the text’s fingerprints ({matched} of {total})',
  'match.passage': 'From {title} ({id})',
  'match.legend': 'Marked: passages that come from a registered document.',

  'attribution.document': 'Document',
  'verdict.recipient': 'One recipient’s copy',
  'verdict.stitched': 'Stitched from two copies',
  'verdict.original': 'The unissued original',
  'verdict.no-recipient': 'No recipient’s copy',
  'verdict.undecided': 'Undecided',
  'verdict.not-from-document': 'Not from the document',

  'summary.read': '{read} of {covered} sites read',
  'summary.readMarks': '{read} of {covered} sites read, {marks} invisible marks',
  'summary.recipient': 'The leak matches {who}’s copy ({p}; {read}).',
  'summary.stitched':
    'The leak is put together from {count} stretches of different copies ({read}): {parts}.',
  'summary.then': ', then ',
  'summary.partNamed': '{who}’s copy up to character {end}',
  'summary.partOriginal': 'the original wording up to character {end}',
  'summary.partNobody': 'a wording of nobody in the distribution up to character {end}',
  'summary.partUndecided': 'a copy that cannot be told apart up to character {end}',
  'summary.original':
    'The leak shows the document’s original wording, which no recipient received ({p}; {read}): it comes from the author’s or the registry’s copy.',
  'summary.noRecipient':
    'The leak comes from the document, but its wording matches no recipient’s copy ({p}; {read}): it was rewritten, or copied from a version outside this distribution.',
  'summary.undecided':
    'The leak comes from the document, but too little of what tells the copies apart survives in it to name anyone ({read}; most likely {who} at {p}).',
  'summary.notFromDocument':
    'The text does not come from this document: no passage of it matches the document.',

  'ranking.title': 'Most likely source',
  'ranking.more': '{count} more recipients, each less likely.',
  'ranking.besides':
    'Besides: the unissued original {original}; a copy of nobody in the distribution {nobody}; stitched from two copies {stitched}.',

  'segments.title': 'Stretches of the leak',
  'segments.characters': 'Characters',
  'segments.verdict': 'From',
  'segments.likely': 'Most likely',

  'position.kind.wording': 'Wording',
  'position.kind.number': 'Number format',
  'position.kind.punctuation': 'Punctuation',
  'position.kind.order': 'Clause order',
  'position.kind.width': 'Full- or half-width punctuation',
  'position.kind.zero-width': 'Invisible mark (zero-width character)',
  'position.kind.homoglyph': 'Invisible mark (lookalike letter)',
  'position.decisive': 'decisive',
  'position.pointsTo': 'This wording is in the copies of: {recipients}',
  'position.nobody': 'nobody',
  'position.andMore': '{names} and {count} more',
  'position.legendDecisive': 'decisive',
  'position.legendOther': 'also read',
  'position.legendHover':
    'Marked: where the copies differ. Decisive: the named copy and the runner-up differ there. Hover a mark to see whose copies have that wording.',
  'position.coverage': '{read} of {covered} places where the copies differ were read; {decisive} decide.',
  'position.marksPresent': '{count} invisible marks survived in the text.',
  'position.passages': 'The text joins {count} passages of the document.',

  'addToCase.button': 'Add to case…',
  'addToCase.title': 'Add the attribution to a case',
  'addToCase.hint':
    'The attribution report, with the leaked text in it, becomes evidence of the case: stored under its SHA-256 and recorded in the case’s ledger.',
  'addToCase.case': 'Case',
  'addToCase.noCase': 'No open case: open one from an alert or a person’s page first.',
  'addToCase.name': 'Where the text was found (optional)',
  'addToCase.namePlaceholder': 'e.g. blog post of 12 September',
  'addToCase.submit': 'Add to case',
  'addToCase.done': 'Added to {id}.',
  'addToCase.open': 'Open the case',
};

export type LeaksMessageKey = keyof typeof leaksEn;

export const leaksZh: Record<LeaksMessageKey, string> = {
  'nav.leaks': '泄密追踪',

  'classification.internal': '内部',
  'classification.confidential': '机密',
  'classification.secret': '绝密',

  'leaks.title': '泄密追踪',
  'leaks.subtitle': '保密文件、分发出去的金丝雀副本，以及泄露文本出自谁的副本。',
  'leaks.tabs': '泄密追踪',
  'leaks.documents': '文件',
  'leaks.trace': '追踪泄露',
  'leaks.document': '文件',
  'leaks.classification': '密级',
  'leaks.language': '语言',
  'leaks.registered': '登记',
  'leaks.distribution': '分发',
  'leaks.distributedTo': '{count} 位接收人',
  'leaks.notDistributed': '未分发',
  'leaks.empty': '尚未登记任何文件。',
  'leaks.emptyHint': '请在文件发出前于上方登记：只有这样，泄露的文本才能追溯到具体副本。',
  'leaks.emptyHintReader': '由调查员登记保密文件并分发副本。',

  'register.title': '登记文件',
  'register.hint':
    '支持纯文本、Markdown、HTML、PDF 和 Word（DOCX）：服务器读取其中的文字。请在文件发出前登记，然后在文件页面分发。',
  'register.file': '文件',
  'register.documentTitle': '标题',
  'register.detectLanguage': '根据文本自动识别',
  'register.owner': '负责人（人员编号，可选）',
  'register.submit': '登记',
  'register.done': '已将“{title}”登记为 {id}。',
  'register.open': '打开以分发副本',
  'register.sameFile': '完全相同的文件此前已登记为 {ids}。',

  'document.file': '文件',
  'document.text': '文本',
  'document.characters': '{count} 个字符，{language}',
  'document.owner': '负责人',
  'document.trace': '追踪此文件的泄露',
  'document.downloadOriginal': '下载原文…',
  'document.downloadOriginalTitle': '下载“{title}”的原文',
  'document.downloadOriginalHint':
    '登记时的原始措辞，任何接收人都没有收到过。此次读取连同你的理由记入审计日志。',

  'distribution.title': '接收人',
  'distribution.when': '{time}，由 {user} 分发',
  'distribution.marksOn': '含隐形标记',
  'distribution.marksOff': '不含隐形标记',
  'distribution.noneHint': '由调查员分发：届时每位接收人各得一份专属副本。',
  'distribution.downloadCopy': '下载副本…',
  'distribution.downloadCopyTitle': '下载发给 {recipient} 的副本',
  'distribution.downloadCopyHint':
    '与发出时完全相同的副本，用于重新发给该接收人。切勿发给其他人：各副本之间的差异必须保密。此次读取连同你的理由记入审计日志。',

  'download.reason': '理由（必填，至少 {min} 个字符；记入审计日志）',
  'download.submit': '下载',

  'distribute.title': '分发',
  'distribute.hint':
    '每位接收人各得一份专属副本：意思相同，但各有一组独特的细微改动（措辞、数字格式、标点、分句顺序）。泄露的副本因此能指明来自谁。每份文件只能分发一次。',
  'distribute.recipients': '接收人（人员编号，每行一个或用逗号分隔）',
  'distribute.marks': '加入隐形标记',
  'distribute.marksHint':
    '每份副本中的零宽字符和形近字母，在文本被原样粘贴时可直接指明接收人。重新录入或截图会去掉它们；措辞差异仍能区分各副本。',
  'distribute.submit': '分发：为 {count} 人制作副本',
  'distribute.tooMany': '一次最多 {max} 位接收人。',

  'trace.subtitle':
    '粘贴在外部发现的文本（博客文章、论坛帖子、截图中的文字），查找其中的已登记文件，以及它出自谁的副本。',
  'trace.text': '泄露的文本（中文或英文）',
  'trace.placeholder': '按发现时的样子粘贴文本：摘录即可，重新录入或略有改动也可以。',
  'trace.document': '追踪对象',
  'trace.anyDocument': '最匹配的文件',
  'trace.match': '查找已登记内容',
  'trace.matchHint': '此文本包含哪些已登记文件，以及位置',
  'trace.attribute': '谁的副本？',
  'trace.attributeHint': '此文本出自哪位接收人的副本，以及起决定作用的位置',
  'trace.yourText': '文本',
  'trace.unregistered': '没有已登记的文件：此文本不出自任何已登记文件。',
  'trace.unregisteredHint':
    '它与任何已登记文件都没有相同的段落。如果它出自你们的文件，请登记该文件；登记前发出的副本无法区分。',
  'trace.undistributed': '出自一份从未分发的已登记文件',
  'trace.undistributedHint': '没有人收到过专属副本，因此无法追溯到具体副本。请在文件发出前先分发。',

  'match.title': '文本中含有的已登记文件：{count} 份',
  'match.copy': '副本',
  'match.quotes': '引用',
  'match.share': '文本指纹的 {share}（{total} 个中的 {matched} 个）',
  'match.passage': '出自 {title}（{id}）',
  'match.legend': '标记处：出自已登记文件的段落。',

  'attribution.document': '文件',
  'verdict.recipient': '某位接收人的副本',
  'verdict.stitched': '由两份副本拼接而成',
  'verdict.original': '未分发的原文',
  'verdict.no-recipient': '不是任何接收人的副本',
  'verdict.undecided': '无法判定',
  'verdict.not-from-document': '不出自此文件',

  'summary.read': '读取了 {covered} 处差异中的 {read} 处',
  'summary.readMarks': '读取了 {covered} 处差异中的 {read} 处，以及 {marks} 个隐形标记',
  'summary.recipient': '泄露文本与 {who} 的副本一致（{p}；{read}）。',
  'summary.stitched': '泄露文本由不同副本的 {count} 个片段拼接而成（{read}）：{parts}。',
  'summary.then': '，其后',
  'summary.partNamed': '至第 {end} 个字符为 {who} 的副本',
  'summary.partOriginal': '至第 {end} 个字符为原文措辞',
  'summary.partNobody': '至第 {end} 个字符为不属于任何接收人的措辞',
  'summary.partUndecided': '至第 {end} 个字符为无法区分的副本',
  'summary.original':
    '泄露文本为文件的原始措辞，任何接收人都没有收到过（{p}；{read}）：它来自作者或登记处的副本。',
  'summary.noRecipient':
    '泄露文本出自此文件，但其措辞与任何接收人的副本都不一致（{p}；{read}）：它被改写过，或抄自此次分发之外的版本。',
  'summary.undecided':
    '泄露文本出自此文件，但其中能区分各副本的内容保留太少，无法指明任何人（{read}；可能性最大的是 {who}，{p}）。',
  'summary.notFromDocument': '此文本不出自此文件：没有任何段落与文件相符。',

  'ranking.title': '最可能的来源',
  'ranking.more': '另有 {count} 位接收人，可能性均更低。',
  'ranking.besides':
    '此外：未分发的原文 {original}；不属于此次分发中任何人的副本 {nobody}；由两份副本拼接 {stitched}。',

  'segments.title': '泄露文本的各个片段',
  'segments.characters': '字符',
  'segments.verdict': '出自',
  'segments.likely': '可能性最大',

  'position.kind.wording': '措辞',
  'position.kind.number': '数字格式',
  'position.kind.punctuation': '标点',
  'position.kind.order': '分句顺序',
  'position.kind.width': '全角或半角标点',
  'position.kind.zero-width': '隐形标记（零宽字符）',
  'position.kind.homoglyph': '隐形标记（形近字母）',
  'position.decisive': '起决定作用',
  'position.pointsTo': '含此措辞的副本：{recipients}',
  'position.nobody': '无',
  'position.andMore': '{names} 等另 {count} 人',
  'position.legendDecisive': '起决定作用',
  'position.legendOther': '亦已读取',
  'position.legendHover':
    '标记处：各副本不同的位置。起决定作用：被指明的副本与次可能的副本在此处不同。将鼠标悬停在标记上可查看哪些副本含此措辞。',
  'position.coverage': '各副本不同的 {covered} 处中读取了 {read} 处；其中 {decisive} 处起决定作用。',
  'position.marksPresent': '文本中保留了 {count} 个隐形标记。',
  'position.passages': '此文本由文件的 {count} 个段落拼成。',

  'addToCase.button': '添加到案件…',
  'addToCase.title': '将溯源结果添加到案件',
  'addToCase.hint': '溯源报告（含泄露文本）将成为案件证据：按其 SHA-256 存储，并记入案件账本。',
  'addToCase.case': '案件',
  'addToCase.noCase': '没有未结的案件：请先从告警或人员页面立案。',
  'addToCase.name': '文本的发现位置（可选）',
  'addToCase.namePlaceholder': '例如：9 月 12 日的博客文章',
  'addToCase.submit': '添加到案件',
  'addToCase.done': '已添加到 {id}。',
  'addToCase.open': '打开案件',
};
