/**
 * @module The ids already stored, as fingerprints in memory, so that appending a batch costs O(batch) however large
 * the table grows. A miss proves an id is new; a hit only makes it a candidate that SQL then checks exactly.
 */
import duckdb from '@duckdb/node-bindings';
import type { Db } from './session.js';

/** Above this share of used slots the table is rebuilt larger: linear probing slows down quickly past it. */
const maxLoad = 0.75;

function fmix(h: number): number {
  let x = h ^ (h >>> 16);
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  return x ^ (x >>> 16);
}

/**
 * An open-addressing table of 32-bit fingerprints: 4 bytes a slot, 5–11 bytes an id (a table is built at most 3/8
 * full and rebuilt past 3/4). The slot comes from one hash of the UUID and the stored value from another, so a new
 * id passes for a stored one with odds of about 2^-32 per slot compared: a few candidates in a billion ids, each
 * settled by an exact SQL check. Ids left behind by a rolled-back write only make such candidates, never errors.
 */
export class IdSet {
  private readonly table: Int32Array;
  private readonly mask: number;
  private size = 0;

  /** A table for `ids` ids that can take as many again before it is full. */
  constructor(ids: number) {
    let slots = 1 << 16;
    while (slots * maxLoad < 2 * ids) slots *= 2;
    this.table = new Int32Array(slots);
    this.mask = slots - 1;
  }

  /** Whether `more` ids fit before the table is too full. */
  hasRoom(more: number): boolean {
    return this.size + more <= this.table.length * maxLoad;
  }

  /** Adds the first `count` UUIDs of `lanes` and returns the indexes of those that may have been there already. */
  addAll(lanes: Uint32Array, count: number): number[] {
    const table = this.table;
    const mask = this.mask;
    const hits: number[] = [];
    for (let i = 0, at = 0; i < count; i++, at += 4) {
      const a = lanes[at]! | 0;
      const b = lanes[at + 1]! | 0;
      const c = lanes[at + 2]! | 0;
      const d = lanes[at + 3]! | 0;
      let slot =
        fmix(a ^ Math.imul(b, 0x9e3779b1) ^ Math.imul(c, 0x7feb352d) ^ Math.imul(d, 0x846ca68b)) & mask;
      const print =
        fmix(d ^ Math.imul(c, 0x2c1b3c6d) ^ Math.imul(b, 0x297a2d39) ^ Math.imul(a, 0x68e31da4)) || 1;
      let stored = table[slot]!;
      while (stored !== 0 && stored !== print) {
        slot = (slot + 1) & mask;
        stored = table[slot]!;
      }
      if (stored === 0) {
        table[slot] = print;
        this.size++;
      } else hits.push(i);
    }
    return hits;
  }
}

/** Reads every stored event id into a new IdSet with room for `more` ids. */
export async function loadIdSet(db: Db, more: number): Promise<IdSet> {
  const [counted] = await db.rows('SELECT count(*)::DOUBLE AS n FROM events');
  const set = new IdSet(Number(counted?.n ?? 0) + more);
  const result = await db.connection.stream('SELECT id FROM events');
  const lanes = new Uint32Array(duckdb.vector_size() * 4);
  const bytes = new Uint8Array(lanes.buffer);
  for (
    let chunk = await result.fetchChunk();
    chunk && chunk.rowCount > 0;
    chunk = await result.fetchChunk()
  ) {
    const rows = chunk.rowCount;
    // The raw UUID vector is the same lane layout writeUuid produces, so the fingerprints match without parsing text.
    bytes.set(duckdb.vector_get_data(duckdb.data_chunk_get_vector(chunk.chunk, 0), rows * 16));
    set.addAll(lanes, rows);
  }
  return set;
}
