/** @module Pseudonyms: `P-` and the keyed HMAC of a person id in Crockford base32, longer where two would collide. */
import { createHmac } from 'node:crypto';

/** Crockford's base32: digits and letters without I, L, O and U, so a pseudonym reads back without confusion. */
const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** 8 characters are 40 bits: about one collision among 3,000 persons in 250,000 keys. */
export const PSEUDONYM_LENGTH = 8;
/** Colliding persons get 10 characters; should those still collide, 2 more at a time. */
export const COLLISION_LENGTH = 10;

/** Digests a person id; the keyed HMAC unless a test forces a collision. */
export type PersonDigest = (personId: string) => Uint8Array;

/** HMAC-SHA256 of the person id under the workspace key. */
export function hmacDigest(key: Buffer): PersonDigest {
  return (personId) => createHmac('sha256', key).update(personId, 'utf8').digest();
}

/**
 * A person's pseudonym under a key: stable for that key, unrelated under another.
 * @example pseudonymOf(key, 'LM10024') // 'P-7XK2M9QD'
 */
export function pseudonymOf(key: Buffer, personId: string): string {
  return pseudonymFromDigest(hmacDigest(key)(personId), PSEUDONYM_LENGTH);
}

/** `P-` and the first `length` base32 characters of the digest (at most 8 × bytes ÷ 5). */
export function pseudonymFromDigest(digest: Uint8Array, length: number): string {
  let out = 'P-';
  let bits = 0;
  let value = 0;
  for (const byte of digest) {
    value = ((value << 8) | byte) & 0xffff;
    bits += 8;
    while (bits >= 5 && out.length < length + 2) {
      bits -= 5;
      out += CROCKFORD[(value >> bits) & 31];
    }
    if (out.length === length + 2) return out;
  }
  throw new RangeError(`a ${digest.length}-byte digest has fewer than ${length} base32 characters`);
}

/**
 * The pseudonym of every id, with collisions resolved: ids sharing their 8-character pseudonym all get a longer
 * one (10 characters, then 12, …), so none of them is favoured and each stays a function of the key and the set of
 * ids. Throws only if two ids have the same whole digest.
 */
export function assignPseudonyms(ids: Iterable<string>, digest: PersonDigest): Map<string, string> {
  const digests = new Map<string, Uint8Array>();
  for (const id of ids) if (!digests.has(id)) digests.set(id, digest(id));
  const result = new Map<string, string>();
  let pending = [...digests.keys()];
  for (let length = PSEUDONYM_LENGTH; pending.length > 0; length = nextLength(length)) {
    const byPseudonym = new Map<string, string[]>();
    for (const id of pending) {
      const pseudonym = pseudonymFromDigest(digests.get(id)!, length);
      byPseudonym.set(pseudonym, [...(byPseudonym.get(pseudonym) ?? []), id]);
    }
    pending = [];
    for (const [pseudonym, group] of byPseudonym) {
      // Pseudonyms of different lengths never clash, so a lone one here is unique for good.
      if (group.length === 1) result.set(group[0]!, pseudonym);
      else {
        pending.push(...group);
      }
    }
  }
  return result;
}

function nextLength(length: number): number {
  return length === PSEUDONYM_LENGTH ? COLLISION_LENGTH : length + 2;
}
