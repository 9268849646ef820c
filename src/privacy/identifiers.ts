/** @module Every identifier of a person that can turn up in events: id, names, mail, phone, badge and car plates. */
import type { Entity, FieldValue } from '../model/index.js';

/** Entity attributes that identify a person on their own. */
export const identifyingFields = ['user.email', 'molehunt.person.phone', 'molehunt.badge.id'] as const;

/** Shorter identifiers would hit everywhere (a single 王 or digit). */
export const MIN_IDENTIFIER_LENGTH = 2;
/** A mail local part shorter than this (`li`, `wei`) is too likely to be an ordinary word. */
export const MIN_LOCAL_PART_LENGTH = 4;

/**
 * The strings that name `person`: id, display name, every `names` value, each mail address and its local part,
 * phone numbers (also as bare digits), badge ids and `plates`. Latin names of several words also count written
 * together (`ZhouChen`), as account names often are. Trimmed, distinct, at least 2 characters.
 */
export function identifiersOf(person: Entity, plates: readonly string[] = []): string[] {
  const names = person.names ?? {};
  const nameValues = [person.name, names.zh, names.pinyin, names.en, ...(names.aliases ?? [])];
  const mails = strings(person.attrs['user.email']);
  const phones = strings(person.attrs['molehunt.person.phone']);
  const found = [
    person.id,
    ...nameValues,
    ...nameValues.map(joinedLatin),
    ...mails,
    ...mails.map(localPart).filter((local) => length(local) >= MIN_LOCAL_PART_LENGTH),
    ...phones,
    ...phones.map((phone) => phone.replace(/[^0-9]/g, '')),
    ...strings(person.attrs['molehunt.badge.id']),
    ...plates,
  ];
  const out = new Set<string>();
  for (const value of found) {
    const trimmed = value?.trim();
    if (trimmed && length(trimmed) >= MIN_IDENTIFIER_LENGTH) out.add(trimmed);
  }
  return [...out];
}

function strings(value: FieldValue | undefined): string[] {
  if (value === undefined || typeof value === 'boolean') return [];
  return Array.isArray(value) ? value.map(String) : [String(value)];
}

function localPart(mail: string): string {
  const at = mail.lastIndexOf('@');
  return at > 0 ? mail.slice(0, at) : '';
}

function joinedLatin(name: string | undefined): string | undefined {
  const trimmed = name?.trim();
  if (!trimmed || !/\s/.test(trimmed) || !/^[\p{Script=Latin}\s.'-]+$/u.test(trimmed)) return undefined;
  return trimmed.replace(/\s+/g, '');
}

/** Length in characters, not UTF-16 code units, so 𠮷 counts once. */
function length(s: string): number {
  let n = 0;
  for (const _ of s) n++;
  return n;
}
