/**
 * Blocking: which pairs are compared at all. Rules are OR-ed (Splink): same RFC base (letters + date),
 * same phone, same two rarest name tokens, same C.P. + rarest token, and a sorted neighbourhood on the
 * token-sorted name and on the reversed name (typos at either end). A block larger than `maxBlock`
 * (a generic phone, a broker's office) is not compared all-to-all: only neighbours in name order, so
 * the number of pairs stays near-linear in the number of records.
 */
import type { PreparedRecord, TokenFrequencies } from './prepare.ts';
import { compareCodeUnits } from '../shared/compare.ts';

export interface BlockingOptions {
  maxBlock: number;
  window: number;
}

export const DEFAULT_BLOCKING: BlockingOptions = { maxBlock: 40, window: 4 };

export type BlockingKeyKind = 'rfc' | 'phone' | 'name' | 'postal';

/** The blocking keys of one record, by kind (a record has at most one key per kind). */
export function blockingKeys(
  record: PreparedRecord,
  tf: TokenFrequencies,
): Partial<Record<BlockingKeyKind, string>> {
  const keys: Partial<Record<BlockingKeyKind, string>> = {};
  if (record.rfc.base) keys.rfc = record.rfc.base;
  if (record.phone) keys.phone = record.phone;
  const rarest = tf.rarest(record.name.tokens);
  if (rarest.length > 0) keys.name = rarest.slice(0, 2).sort().join(' ');
  const postalCode = record.address?.postalCode;
  if (postalCode && rarest[0]) keys.postal = `${postalCode} ${rarest[0]}`;
  return keys;
}

export function reversedName(record: PreparedRecord): string {
  return [...record.name.core].reverse().join('');
}

/** Growable list of pair keys `a * 2^24 + b` (a < b < 2^24), deduplicated at the end. */
export class PairList {
  private keys = new Float64Array(1 << 16);
  private length = 0;

  add(a: number, b: number): void {
    if (a === b) return;
    const key = a < b ? a * 16_777_216 + b : b * 16_777_216 + a;
    if (this.length === this.keys.length) {
      const grown = new Float64Array(this.keys.length * 2);
      grown.set(this.keys);
      this.keys = grown;
    }
    this.keys[this.length++] = key;
  }

  /** Sorted distinct pair keys. */
  distinct(): Float64Array {
    const sorted = this.keys.subarray(0, this.length).sort();
    let write = 0;
    for (let read = 0; read < sorted.length; read++) {
      if (read === 0 || sorted[read] !== sorted[read - 1]) sorted[write++] = sorted[read]!;
    }
    return sorted.slice(0, write);
  }
}

/** The smaller record index of a pair key (no allocation: called for every candidate pair). */
export function pairFirst(key: number): number {
  return Math.floor(key / 16_777_216);
}

export function pairSecond(key: number, first: number): number {
  return key - first * 16_777_216;
}

/** Pairs of neighbours within `window` once `members` are sorted by `sortKey`. */
export function addNeighbourPairs(
  members: readonly number[],
  sortKey: (index: number) => string,
  window: number,
  pairs: PairList,
): void {
  const sorted = [...members].sort((a, b) => compareCodeUnits(sortKey(a), sortKey(b)) || a - b);
  for (let i = 0; i < sorted.length; i++) {
    for (let j = i + 1; j <= i + window && j < sorted.length; j++) pairs.add(sorted[i]!, sorted[j]!);
  }
}

export type BlockIndex = Map<BlockingKeyKind, Map<string, number[]>>;

/** Indexes records by each blocking key (kept for incremental resolution). */
export function buildBlockIndex(records: readonly PreparedRecord[], tf: TokenFrequencies): BlockIndex {
  const index: BlockIndex = new Map();
  records.forEach((record, i) => addToBlockIndex(index, record, i, tf));
  return index;
}

export function addToBlockIndex(
  index: BlockIndex,
  record: PreparedRecord,
  i: number,
  tf: TokenFrequencies,
): void {
  for (const [kind, key] of Object.entries(blockingKeys(record, tf)) as [BlockingKeyKind, string][]) {
    let blocks = index.get(kind);
    if (!blocks) index.set(kind, (blocks = new Map()));
    const members = blocks.get(key);
    if (members) members.push(i);
    else blocks.set(key, [i]);
  }
}

/** Pairs of neighbours within `window` along an order already sorted (sorted neighbourhood). */
export function addWindowPairs(order: Int32Array, window: number, pairs: PairList): void {
  for (let i = 0; i < order.length; i++) {
    for (let j = i + 1; j <= i + window && j < order.length; j++) pairs.add(order[i]!, order[j]!);
  }
}

/** All candidate pairs: every block (neighbours only in oversized ones), plus each sorted order. */
export function candidatePairs(
  records: readonly PreparedRecord[],
  index: BlockIndex,
  sortedOrders: readonly Int32Array[],
  options: BlockingOptions = DEFAULT_BLOCKING,
): Float64Array {
  const pairs = new PairList();
  const sortedName = (i: number) => records[i]!.name.sortedKey;
  for (const blocks of index.values()) {
    for (const members of blocks.values()) {
      if (members.length < 2) continue;
      if (members.length > options.maxBlock) {
        addNeighbourPairs(members, sortedName, options.window, pairs);
        continue;
      }
      for (let i = 0; i < members.length; i++) {
        for (let j = i + 1; j < members.length; j++) pairs.add(members[i]!, members[j]!);
      }
    }
  }
  for (const order of sortedOrders) addWindowPairs(order, options.window, pairs);
  return pairs.distinct();
}
