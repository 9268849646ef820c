/** @module A one-line, human summary of an event's details for the timeline. */
import type { Event, FieldValue } from '../model/index.js';

/** The attributes worth a glance, by kind, in the order they read best. */
const highlights: Record<string, readonly string[]> = {
  badge: ['molehunt.area', 'molehunt.door', 'event.outcome'],
  asset: ['molehunt.asset.id', 'molehunt.asset.name', 'molehunt.asset.approver'],
  gate: ['molehunt.gate.item', 'molehunt.gate.registered', 'molehunt.door'],
  vehicle: ['molehunt.vehicle.plate', 'molehunt.location', 'molehunt.vehicle.ocr_confidence'],
  visitor: ['molehunt.visitor.name', 'molehunt.visitor.company', 'molehunt.vehicle.plate'],
  logon: ['host.name', 'source.ip'],
  usb: ['host.name', 'device.id'],
  file: ['file.path', 'molehunt.file.to_removable'],
  email: ['email.to.address', 'email.cc.address', 'email.subject', 'email.attachments.file.name'],
  chat: ['molehunt.chat.conversation', 'message'],
  web: ['url.full'],
  hr: ['molehunt.hr.reason', 'molehunt.hr.sanction', 'molehunt.hr.role'],
};

/** `area=N5 door=N5-1 outcome=success`, values cut to keep the line short. */
export function describeEvent(event: Event, maxValue = 60): string {
  const names = highlights[event.kind] ?? Object.keys(event.attrs).slice(0, 3);
  return names
    .filter((name) => event.attrs[name] !== undefined)
    .map((name) => `${name.split('.').at(-1)}=${shorten(show(event.attrs[name] as FieldValue), maxValue)}`)
    .join(' ');
}

function show(value: FieldValue): string {
  return Array.isArray(value) ? value.join(';') : String(value);
}

function shorten(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
