/** @module A one-line, human summary of an event's details for the timeline. */
import type { Event, FieldValue } from './event.js';

/** The attributes worth a glance, by kind, in the order they read best, with the short label shown for each. */
const highlights: Record<string, readonly (readonly [field: string, label: string])[]> = {
  badge: [
    ['molehunt.area', 'area'],
    ['molehunt.door', 'door'],
    ['event.outcome', 'outcome'],
  ],
  asset: [
    ['molehunt.asset.id', 'asset'],
    ['molehunt.asset.name', 'name'],
    ['molehunt.asset.approver', 'approver'],
  ],
  gate: [
    ['molehunt.gate.item', 'item'],
    ['molehunt.gate.registered', 'registered'],
    ['molehunt.door', 'gate'],
  ],
  vehicle: [
    ['molehunt.vehicle.plate', 'plate'],
    ['molehunt.location', 'at'],
    ['molehunt.vehicle.ocr_confidence', 'ocr'],
  ],
  camera: [
    ['molehunt.camera.id', 'camera'],
    ['molehunt.door', 'door'],
    ['molehunt.camera.face_confidence', 'face'],
  ],
  post: [
    ['url.full', 'url'],
    ['message', 'says'],
  ],
  visitor: [
    ['molehunt.visitor.name', 'visitor'],
    ['molehunt.visitor.company', 'company'],
    ['molehunt.vehicle.plate', 'plate'],
  ],
  logon: [
    ['host.name', 'host'],
    ['source.ip', 'ip'],
  ],
  usb: [
    ['host.name', 'host'],
    ['device.id', 'device'],
  ],
  file: [
    ['file.path', 'path'],
    ['molehunt.file.to_removable', 'to_usb'],
    ['molehunt.file.from_removable', 'from_usb'],
  ],
  email: [
    ['email.to.address', 'to'],
    ['email.cc.address', 'cc'],
    ['email.bcc.address', 'bcc'],
    ['email.subject', 'subject'],
    ['email.attachments.file.name', 'attachments'],
  ],
  chat: [
    ['molehunt.chat.conversation', 'in'],
    ['message', 'says'],
  ],
  web: [['url.full', 'url']],
  hr: [
    ['molehunt.hr.reason', 'reason'],
    ['molehunt.hr.sanction', 'sanction'],
    ['molehunt.hr.role', 'role'],
  ],
};

/** `area=N5 door=N5-1 outcome=success`, values cut to keep the line short. */
export function describeEvent(event: Event, maxValue = 60): string {
  const fields =
    highlights[event.kind] ??
    Object.keys(event.attrs)
      .slice(0, 3)
      .map((name) => [name, name] as const);
  return fields
    .filter(([field]) => event.attrs[field] !== undefined)
    .map(([field, label]) => `${label}=${shorten(show(event.attrs[field] as FieldValue), maxValue)}`)
    .join(' ');
}

function show(value: FieldValue): string {
  return Array.isArray(value) ? value.join(';') : String(value);
}

function shorten(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
