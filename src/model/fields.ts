/**
 * @module The field dictionary: every field an event or entity may carry, its type and meaning.
 * Names follow the Elastic Common Schema (ECS) where ECS has the field; the rest live under `molehunt.*`.
 * docs/fields.md is generated from this table (`npm run docs:fields`) and a test keeps the two in step.
 */

export type FieldType =
  | 'keyword'
  | 'text'
  | 'long'
  | 'double'
  | 'boolean'
  | 'date'
  | 'ip'
  | 'keyword[]'
  | 'long[]'
  | 'text[]';

export interface FieldSpec {
  name: string;
  type: FieldType;
  /** Which event kinds use it ('*' for all), or 'entity' for entity attributes. */
  on: readonly string[];
  description: string;
}

/** Event-level fields that are columns of the Event itself rather than attributes. */
export const coreFields: readonly FieldSpec[] = [
  {
    name: 'event.id',
    type: 'keyword',
    on: ['*'],
    description: 'Stable event id (UUID): from the source record id, or a hash of the raw record.',
  },
  {
    name: '@timestamp',
    type: 'date',
    on: ['*'],
    description:
      'Event time, UTC epoch milliseconds, after the source time zone and clock offset are applied.',
  },
  {
    name: 'event.dataset',
    type: 'keyword',
    on: ['*'],
    description: 'The source the event came from (a mapping profile names it), e.g. `badge`, `cert.logon`.',
  },
  {
    name: 'molehunt.kind',
    type: 'keyword',
    on: ['*'],
    description: 'Event kind: badge, asset, gate, vehicle, visitor, logon, usb, file, email, chat, web, hr.',
  },
  {
    name: 'event.action',
    type: 'keyword',
    on: ['*'],
    description: 'What happened, from the closed list of the kind (see "Actions").',
  },
  {
    name: 'user.id',
    type: 'keyword',
    on: ['*'],
    description: 'The person the event belongs to (their timeline): a person id from the person registry.',
  },
  {
    name: 'molehunt.target',
    type: 'keyword',
    on: ['*'],
    description: 'What the person acted on: a door, asset, host, address, URL, conversation.',
  },
];

const physical = ['badge', 'asset', 'gate', 'vehicle', 'camera', 'visitor'];
const it = ['logon', 'usb', 'file', 'email', 'chat', 'web'];

/** Attribute fields, carried in `Event.attrs` (and entity attributes where `on` says 'entity'). */
export const attributeFields: readonly FieldSpec[] = [
  // shared
  {
    name: 'event.outcome',
    type: 'keyword',
    on: ['*'],
    description: '`success`, `failure` or `unknown` (a denied badge swipe is a failure).',
  },
  {
    name: 'user.name',
    type: 'keyword',
    on: ['*', 'entity'],
    description: 'The name as the source wrote it (any script).',
  },
  { name: 'user.email', type: 'keyword', on: ['*', 'entity'], description: "A person's mail address." },
  { name: 'host.name', type: 'keyword', on: [...it], description: 'The computer the event happened on.' },
  { name: 'host.ip', type: 'ip', on: [...it], description: 'IP address of that computer.' },
  { name: 'source.ip', type: 'ip', on: [...it], description: 'Where a connection came from.' },
  {
    name: 'message',
    type: 'text',
    on: ['chat', 'email', 'web', 'hr', 'post'],
    description: 'Free text: a chat message, a mail body, a public post, a note.',
  },
  {
    name: 'molehunt.site',
    type: 'keyword',
    on: [...physical, 'entity'],
    description: 'Campus or building site.',
  },
  {
    name: 'molehunt.content',
    type: 'text',
    on: ['file', 'email', 'web'],
    description: 'Content or keywords of a file, mail or page as the source logs it (CERT `content`).',
  },
  {
    name: 'molehunt.raw_user',
    type: 'keyword',
    on: ['*'],
    description: 'The user identifier as the source wrote it, when it could not be resolved to a person.',
  },
  // physical: badge
  {
    name: 'molehunt.door',
    type: 'keyword',
    on: ['badge', 'asset', 'gate', 'camera'],
    description: 'Door or reader name as the badge system calls it.',
  },
  {
    name: 'molehunt.area',
    type: 'keyword',
    on: [...physical],
    description: 'Area id the door or camera belongs to (see area entities).',
  },
  {
    name: 'molehunt.area.level',
    type: 'long',
    on: [...physical, 'entity'],
    description: 'Restriction level of the area: 0 public … 3 restricted (prototype labs).',
  },
  {
    name: 'molehunt.direction',
    type: 'keyword',
    on: ['badge', 'gate', 'vehicle'],
    description: '`in` or `out`.',
  },
  {
    name: 'molehunt.badge.id',
    type: 'keyword',
    on: ['badge', 'entity'],
    description: 'Badge (card) number.',
  },
  // physical: asset register and gate passes
  { name: 'molehunt.asset.id', type: 'keyword', on: ['asset', 'gate'], description: 'Asset tag.' },
  {
    name: 'molehunt.asset.name',
    type: 'text',
    on: ['asset', 'gate', 'entity'],
    description: 'Asset description, e.g. "K80 Ultra prototype EVT2".',
  },
  {
    name: 'molehunt.asset.approver',
    type: 'keyword',
    on: ['asset', 'gate'],
    description: 'Person id of who approved the check-out.',
  },
  { name: 'molehunt.gate.item', type: 'text', on: ['gate'], description: 'Item description on a gate pass.' },
  {
    name: 'molehunt.gate.registered',
    type: 'boolean',
    on: ['gate'],
    description: 'Whether the item leaving was registered in the asset register.',
  },
  { name: 'molehunt.gate.pass_id', type: 'keyword', on: ['gate'], description: 'Gate pass number.' },
  // physical: vehicles and visitors
  {
    name: 'molehunt.camera.id',
    type: 'keyword',
    on: ['vehicle', 'camera'],
    description: 'Camera that recorded the sighting.',
  },
  {
    name: 'molehunt.camera.face_confidence',
    type: 'double',
    on: ['camera', 'vehicle'],
    description: 'Face recognition confidence, 0–1, when the camera matched a face to a person.',
  },
  {
    name: 'molehunt.camera.snapshot',
    type: 'keyword',
    on: ['vehicle', 'camera'],
    description: 'Snapshot (still image) id.',
  },
  {
    name: 'molehunt.location',
    type: 'keyword',
    on: ['vehicle', 'visitor'],
    description: 'Where: garage level, gate, reception.',
  },
  {
    name: 'molehunt.vehicle.plate',
    type: 'keyword',
    on: ['vehicle', 'visitor', 'entity'],
    description: 'Licence plate as read; `*` marks unreadable characters (`*87D`).',
  },
  {
    name: 'molehunt.vehicle.plate_partial',
    type: 'boolean',
    on: ['vehicle'],
    description: 'True when part of the plate could not be read.',
  },
  {
    name: 'molehunt.vehicle.ocr_confidence',
    type: 'double',
    on: ['vehicle'],
    description: 'Plate reader confidence, 0–1.',
  },
  {
    name: 'molehunt.vehicle.model',
    type: 'keyword',
    on: ['vehicle', 'entity'],
    description: 'Make and model, e.g. Tesla Model 3.',
  },
  {
    name: 'molehunt.visitor.name',
    type: 'keyword',
    on: ['visitor'],
    description: 'Visitor name as registered.',
  },
  { name: 'molehunt.visitor.company', type: 'keyword', on: ['visitor'], description: "Visitor's company." },
  {
    name: 'molehunt.visitor.host',
    type: 'keyword',
    on: ['visitor'],
    description: 'Person id of the employee hosting the visitor.',
  },
  // IT
  { name: 'device.id', type: 'keyword', on: ['usb'], description: 'Removable device id or serial.' },
  { name: 'device.model.name', type: 'keyword', on: ['usb'], description: 'Removable device model.' },
  {
    name: 'molehunt.usb.file_tree',
    type: 'text',
    on: ['usb'],
    description: 'Folders seen on the device at connect (CERT r6 `file_tree`).',
  },
  { name: 'file.path', type: 'keyword', on: ['file', 'web'], description: 'Full path of the file.' },
  { name: 'file.name', type: 'keyword', on: ['file', 'web'], description: 'File name.' },
  { name: 'file.extension', type: 'keyword', on: ['file'], description: 'Extension without the dot.' },
  { name: 'file.size', type: 'long', on: ['file'], description: 'Bytes.' },
  {
    name: 'file.hash.sha256',
    type: 'keyword',
    on: ['file'],
    description: 'SHA-256 of the file content, hex.',
  },
  {
    name: 'molehunt.file.to_removable',
    type: 'boolean',
    on: ['file'],
    description: 'Copied to removable media.',
  },
  {
    name: 'molehunt.file.from_removable',
    type: 'boolean',
    on: ['file'],
    description: 'Copied from removable media.',
  },
  { name: 'email.message_id', type: 'keyword', on: ['email'], description: 'Message-ID header.' },
  { name: 'email.from.address', type: 'keyword', on: ['email'], description: 'Sender address.' },
  { name: 'email.to.address', type: 'keyword[]', on: ['email'], description: 'Recipient addresses.' },
  { name: 'email.cc.address', type: 'keyword[]', on: ['email'], description: 'CC addresses.' },
  { name: 'email.bcc.address', type: 'keyword[]', on: ['email'], description: 'BCC addresses.' },
  { name: 'email.subject', type: 'text', on: ['email'], description: 'Subject line.' },
  {
    name: 'email.direction',
    type: 'keyword',
    on: ['email'],
    description: '`outbound`, `inbound` or `internal`.',
  },
  {
    name: 'email.attachments.file.name',
    type: 'keyword[]',
    on: ['email'],
    description: 'Attachment file names.',
  },
  {
    name: 'email.attachments.file.size',
    type: 'long[]',
    on: ['email'],
    description: 'Attachment sizes in bytes, in the order of the names.',
  },
  {
    name: 'email.attachments.file.hash.sha256',
    type: 'keyword[]',
    on: ['email'],
    description: 'Attachment SHA-256 hashes, in the order of the names.',
  },
  {
    name: 'molehunt.email.attachment_text',
    type: 'text[]',
    on: ['email'],
    description:
      'Text extracted from each attachment, as mail gateways and DLP tools log it, in the order of the names: where rules find registered documents (the `fingerprint` modifier).',
  },
  { name: 'molehunt.email.size', type: 'long', on: ['email'], description: 'Message size in bytes.' },
  {
    name: 'molehunt.email.attachment_count',
    type: 'long',
    on: ['email'],
    description: 'Number of attachments, for sources that log the count but not the names (CERT r4.2).',
  },
  {
    name: 'molehunt.chat.conversation',
    type: 'keyword',
    on: ['chat'],
    description: 'Conversation (chat or group) id.',
  },
  {
    name: 'molehunt.chat.participants',
    type: 'keyword[]',
    on: ['chat'],
    description: 'Everyone in the conversation.',
  },
  {
    name: 'molehunt.chat.platform',
    type: 'keyword',
    on: ['chat'],
    description: 'Chat system, e.g. WeCom, Slack.',
  },
  {
    name: 'molehunt.chat.language',
    type: 'keyword',
    on: ['chat'],
    description: 'Language tag when the export gives one (zh, en).',
  },
  { name: 'url.full', type: 'keyword', on: ['web', 'post'], description: 'Full URL.' },
  {
    name: 'url.domain',
    type: 'keyword',
    on: ['web', 'email'],
    description: 'Domain of the URL (or of the external mail counterpart).',
  },
  { name: 'http.request.method', type: 'keyword', on: ['web'], description: 'GET, POST …' },
  { name: 'http.request.bytes', type: 'long', on: ['web'], description: 'Bytes sent (an upload).' },
  // HR
  { name: 'molehunt.hr.department', type: 'keyword', on: ['hr', 'entity'], description: 'Org unit id.' },
  { name: 'molehunt.hr.role', type: 'keyword', on: ['hr', 'entity'], description: 'Role or job title.' },
  {
    name: 'molehunt.hr.manager',
    type: 'keyword',
    on: ['hr', 'entity'],
    description: 'Person id of the manager.',
  },
  {
    name: 'molehunt.hr.reason',
    type: 'text',
    on: ['hr'],
    description: 'Why: the reason for a disciplinary record, resignation or move.',
  },
  {
    name: 'molehunt.hr.sanction',
    type: 'keyword[]',
    on: ['hr'],
    description:
      'Sanction of a disciplinary record: warning, fine, rating_cut, promotion_cancelled, demotion, dismissal.',
  },
  { name: 'molehunt.hr.fine', type: 'double', on: ['hr'], description: 'Fine amount (CNY).' },
  {
    name: 'molehunt.hr.leave_type',
    type: 'keyword',
    on: ['hr'],
    description: 'annual, sick, parental, unpaid …',
  },
  {
    name: 'molehunt.hr.until',
    type: 'date',
    on: ['hr'],
    description: 'End of a leave or notice period, epoch ms.',
  },
  // entity attributes
  { name: 'molehunt.person.hired', type: 'date', on: ['entity'], description: 'Hire date, epoch ms.' },
  {
    name: 'molehunt.person.priority',
    type: 'boolean',
    on: ['entity'],
    description: 'Priority person (executive, access to unreleased products).',
  },
  { name: 'molehunt.person.phone', type: 'keyword', on: ['entity'], description: 'Phone number.' },
  {
    name: 'molehunt.person.psychometric',
    type: 'keyword',
    on: ['entity'],
    description: 'Big Five scores, e.g. `O=40 C=39 E=36 A=19 N=40` (CERT psychometric.csv).',
  },
  { name: 'molehunt.org.parent', type: 'keyword', on: ['entity'], description: 'Parent org unit id.' },
  {
    name: 'molehunt.company.registration',
    type: 'keyword',
    on: ['entity'],
    description: 'Company registration number (统一社会信用代码).',
  },
  { name: 'molehunt.company.address', type: 'text', on: ['entity'], description: 'Registered address.' },
  {
    name: 'molehunt.company.email_domain',
    type: 'keyword',
    on: ['entity'],
    description:
      "Domain of the company's mail addresses, for `|lookup: supplier.molehunt.company.email_domain`.",
  },
  {
    name: 'molehunt.supplier.status',
    type: 'keyword',
    on: ['entity'],
    description: 'Supplier approval status: approved, pending, suspended.',
  },
  {
    name: 'molehunt.document.classification',
    type: 'keyword',
    on: ['entity'],
    description: 'Classification of a registered document: public, internal, confidential, secret.',
  },
  {
    name: 'molehunt.document.copy_of',
    type: 'keyword',
    on: ['entity'],
    description: 'On a numbered copy of a registered document (canary trap): the document it is a copy of.',
  },
  {
    name: 'molehunt.document.marker',
    type: 'text',
    on: ['entity'],
    description:
      'The wording only this copy of a document has (canary trap), by which a leaked text is traced to it.',
  },
  {
    name: 'molehunt.document.owner',
    type: 'keyword',
    on: ['entity'],
    description: 'Person id of the document owner.',
  },
  {
    name: 'molehunt.relation.kinship',
    type: 'keyword',
    on: ['entity'],
    description: 'On a `relative` relation: spouse, parent, child, sibling, sibling_in_law, cousin, other.',
  },
  {
    name: 'molehunt.relation.declared',
    type: 'boolean',
    on: ['entity'],
    description: 'Whether the employee declared the relation (declared-interests register).',
  },
  {
    name: 'molehunt.relation.share',
    type: 'double',
    on: ['entity'],
    description: 'On a `shareholder` relation: share held, percent.',
  },
  {
    name: 'molehunt.supplier.approved_by',
    type: 'keyword',
    on: ['entity'],
    description: 'Org unit id that approved the supplier.',
  },
];

const byName = new Map<string, FieldSpec>([...coreFields, ...attributeFields].map((f) => [f.name, f]));

/** The spec of a field, or undefined. `labels.*` (free key-value pairs, as in ECS) are always allowed as keywords. */
export function fieldSpec(name: string): FieldSpec | undefined {
  const known = byName.get(name);
  if (known) return known;
  if (/^labels\.[a-z0-9_]+$/.test(name)) {
    return { name, type: 'keyword', on: ['*', 'entity'], description: 'Custom label.' };
  }
  return undefined;
}

/** All dictionary fields, core first. */
export function allFields(): readonly FieldSpec[] {
  return [...coreFields, ...attributeFields];
}
