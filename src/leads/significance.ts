/**
 * How unusual a lead's score is: the Getis-Ord Gi* z of the cell (Ord & Getis 1995, the kernel as the spatial
 * weights, the cell itself included) over every cell of the study area, most of them empty; and a permutation
 * p-value — the share of random placements of the same cell values over the study area whose kernel sum reaches
 * the score. For one kernel both are increasing in the score, so they explain a rank; they do not change it.
 * Deterministic: the permutations come from a fixed seed.
 */
import { seededRandom } from '../shared/random.ts';

export interface Significance {
  z(score: number): number | undefined;
  p(score: number): number;
}

const PERMUTATIONS = 999;
const SEED = 0x1ead5;

/**
 * `values`: the non-zero cell values (any order); `cells`: how many cells the study area has; `weights`: the
 * kernel over one disk.
 */
export function significance(
  values: readonly number[],
  cells: number,
  weights: readonly number[],
): Significance {
  const sorted = [...values].sort((a, b) => a - b);
  const n = Math.max(cells, sorted.length + weights.length);
  const sum = sorted.reduce((s, v) => s + v, 0);
  const sumSquares = sorted.reduce((s, v) => s + v * v, 0);
  const mean = sum / n;
  const sd = Math.sqrt(Math.max(0, sumSquares / n - mean * mean));
  const w = weights.reduce((s, v) => s + v, 0);
  const w2 = weights.reduce((s, v) => s + v * v, 0);
  const denominator = sd * Math.sqrt((n * w2 - w * w) / (n - 1));

  const random = seededRandom(SEED);
  const share = sorted.length / n;
  const nulls: number[] = [];
  for (let r = 0; r < PERMUTATIONS; r++) {
    let s = 0;
    for (const weight of weights)
      if (random() < share) s += weight * (sorted[Math.floor(random() * sorted.length)] ?? 0);
    nulls.push(s);
  }
  nulls.sort((a, b) => a - b);

  return {
    z: (score) => (denominator > 0 ? (score - mean * w) / denominator : undefined),
    p: (score) => (1 + nulls.length - firstAtLeast(nulls, score)) / (PERMUTATIONS + 1),
  };
}

/** Index of the first element ≥ x in an ascending array (its length when none is). */
function firstAtLeast(sorted: readonly number[], x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
