/** @module Stable identifiers: an event's id comes from its source's own id or a hash of the raw record, so a re-import adds nothing. */
import { hash } from 'node:crypto';

/**
 * The id of an event: a UUID (version 8, RFC 9562) made from the first 128 bits of the SHA-256 of the source name
 * and the record's key, which is the source's own record id where it has one and the raw record text otherwise.
 * A cryptographic hash, because a duplicate is not stored: with a weak hash, someone who can write into a log
 * (a mail subject, a file name) could craft a record whose id collides with another and so hide it.
 * UUIDs are a native 16-byte type in both DuckDB and PostgreSQL.
 *
 * @example eventId('badge', '2025-09-01 21:30:00,E1001,周晨,N5-1,进,成功') // '4f0c…-…'
 */
export function eventId(source: string, key: string): string {
  const hex = hash('sha256', `${source}\u0000${key}`, 'hex');
  // Version 8 ("custom") in the 13th digit and the RFC 4122 variant in the 17th keep it a valid UUID.
  const variant = ((Number.parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/**
 * The id of an event whose source names its records: the key fields' values, in the profile's `key` order.
 * This is what an import computes for a profile with `key:`, so a generator can know an event's id in advance.
 */
export function eventIdForKey(source: string, keyValues: readonly string[]): string {
  let key = '';
  for (const value of keyValues) key += `${value}\u0000`;
  return eventId(source, key);
}
