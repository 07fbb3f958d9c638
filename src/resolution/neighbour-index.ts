/**
 * Sorted-neighbourhood lookups for incremental resolution: the records whose sort key is nearest to a
 * new record's, found by binary search. New keys go to a small side list, so inserting never moves
 * the million-entry main array.
 */
import { compareCodeUnits } from '../shared/compare.ts';

export class NeighbourIndex {
  /** Positions of the keys in sorted order. */
  readonly order: Int32Array;
  private readonly extraKeys: string[] = [];
  private readonly extraIds: number[] = [];

  constructor(private readonly keys: readonly string[]) {
    const order = Int32Array.from(keys.keys());
    order.sort((a, b) => compareCodeUnits(keys[a]!, keys[b]!) || a - b);
    this.order = order;
  }

  /** Up to `window` entries on each side of where `key` would sit, from both lists. */
  near(key: string, window: number): number[] {
    const found: number[] = [];
    const at = lowerBound(this.order.length, (i) => compareCodeUnits(this.keys[this.order[i]!]!, key) < 0);
    for (let i = Math.max(0, at - window); i < Math.min(this.order.length, at + window); i++)
      found.push(this.order[i]!);
    const extraAt = lowerBound(this.extraKeys.length, (i) => compareCodeUnits(this.extraKeys[i]!, key) < 0);
    for (let i = Math.max(0, extraAt - window); i < Math.min(this.extraKeys.length, extraAt + window); i++) {
      found.push(this.extraIds[i]!);
    }
    return found;
  }

  insert(key: string, id: number): void {
    const at = lowerBound(this.extraKeys.length, (i) => compareCodeUnits(this.extraKeys[i]!, key) < 0);
    this.extraKeys.splice(at, 0, key);
    this.extraIds.splice(at, 0, id);
  }
}

/** First index in [0, length) for which `before(i)` is false. */
function lowerBound(length: number, before: (i: number) => boolean): number {
  let low = 0;
  let high = length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (before(mid)) low = mid + 1;
    else high = mid;
  }
  return low;
}
