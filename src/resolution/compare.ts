/**
 * Pairwise comparison: each comparison maps a pair of prepared records to a level. Level 0 is "null"
 * (a side is missing: no evidence either way, weight 0); levels 1.. go from the strongest agreement to
 * disagreement. The levels follow Splink's defaults (research/analytics.md §1.1, §2.3, §2.5).
 */
import type { PreparedRecord, TokenFrequencies } from './prepare.ts';
import { jaroWinkler, withinOneEdit } from './similarity.ts';

export interface Comparison {
  name: string;
  /** Labels of levels 1..n (level 0 is always "null"). */
  levels: readonly string[];
  /**
   * Weakly informative priors for levels 1..n: P(level | match) and P(level | non-match). They only
   * matter when the data is small (a few hundred records); estimates from the data outweigh them.
   */
  priorM: readonly number[];
  priorU: readonly number[];
  /** Levels that get the term-frequency adjustment (name comparisons only). */
  tfLevels?: readonly number[];
  compare(a: PreparedRecord, b: PreparedRecord, tf: TokenFrequencies): number;
}

/**
 * Share of the information (token weights) the two names have in common; tokens of five letters or
 * more match with one typo. 1 = same tokens, 0 = nothing shared. Weights come from the records when
 * the resolver has cached them (hot path), else from the frequency table.
 */
export interface TokenAgreement {
  /** Shared information over all information, in [0, 1]. */
  overlap: number;
  /** Information (bits) of the tokens that found no partner. */
  unmatchedBits: number;
}

export function weightedTokenOverlap(
  a: PreparedRecord,
  b: PreparedRecord,
  tf: TokenFrequencies,
  out: TokenAgreement = { overlap: 0, unmatchedBits: 0 },
): TokenAgreement {
  const tokensA = a.name.tokens;
  const tokensB = b.name.tokens;
  const weightsA = a.tokenWeights ?? tokensA.map((token) => tf.weight(token));
  const weightsB = b.tokenWeights ?? tokensB.map((token) => tf.weight(token));
  let shared = 0;
  let total = 0;
  let matchedB = 0; // bit i set: token i of b already matched (names have far fewer than 32 tokens)
  for (let i = 0; i < tokensA.length; i++) {
    const token = tokensA[i]!;
    total += weightsA[i]!;
    let found = -1;
    for (let j = 0; j < tokensB.length && j < 31; j++) {
      if ((matchedB & (1 << j)) === 0 && tokensB[j] === token) {
        found = j;
        break;
      }
    }
    if (found < 0 && token.length >= 5) {
      for (let j = 0; j < tokensB.length && j < 31; j++) {
        const other = tokensB[j]!;
        if ((matchedB & (1 << j)) === 0 && other.length >= 5 && withinOneEdit(token, other)) {
          found = j;
          break;
        }
      }
    }
    if (found >= 0) {
      matchedB |= 1 << found;
      shared += weightsA[i]! + weightsB[found]!;
    }
  }
  for (let j = 0; j < weightsB.length; j++) total += weightsB[j]!;
  out.overlap = total === 0 ? 0 : shared / total;
  out.unmatchedBits = total - shared;
  return out;
}

/**
 * A name may drop or add only common words and still be "close": "Agencia Aduanal Ramírez" and
 * "Agencia Aduanal Ramírez Morales" are two firms (a namesake), "Grupo … Internacional" and "Grupo …"
 * may be one. The bound is in bits: a word in more than about one name in 30.
 */
const CLOSE_MAX_UNMATCHED_BITS = 5;

/** Reused by the name comparison: it runs for every candidate pair, so it must not allocate. */
const agreement: TokenAgreement = { overlap: 0, unmatchedBits: 0 };

/** An upper bound of Jaro-Winkler from the lengths alone: skips the full computation when hopeless. */
function jaroWinklerCanReach(a: string, b: string, target: number): boolean {
  const shorter = Math.min(a.length, b.length);
  const jaroBound = (shorter / a.length + shorter / b.length + 1) / 3;
  return jaroBound + 0.4 * (1 - jaroBound) >= target;
}

const nameComparison: Comparison = {
  name: 'name',
  levels: ['exact', 'same_tokens', 'close', 'far', 'different'],
  priorM: [0.5, 0.1, 0.25, 0.1, 0.05],
  priorU: [1e-4, 1e-4, 3e-4, 1e-2, 0.9895],
  tfLevels: [1, 2],
  compare(a, b, tf) {
    if (a.name.core.length === 0 || b.name.core.length === 0) return 0;
    if (a.name.core === b.name.core) return 1;
    if (a.name.sortedKey === b.name.sortedKey) return 2;
    const { overlap, unmatchedBits } = weightedTokenOverlap(a, b, tf, agreement);
    // "close" only on shared information, never on Jaro-Winkler alone: "SERVICIOS ADUANALES NORTE"
    // and "SERVICIOS ADUANALES MORALES" share a long prefix (JW 0.95) and are two firms
    if (overlap >= 0.8 && unmatchedBits <= CLOSE_MAX_UNMATCHED_BITS) return 3;
    const x = a.name.core;
    const y = b.name.core;
    if (overlap >= 0.5) return 4;
    if (jaroWinklerCanReach(x, y, 0.88) && jaroWinkler(x, y) >= 0.88) return 4;
    return 5;
  },
};

const rfcComparison: Comparison = {
  name: 'rfc',
  // one_edit (a typo anywhere) ranks above same_base: the same letters and date with a wholly
  // different homoclave is as likely another company incorporated the same day (front companies are)
  levels: ['exact', 'one_edit', 'same_base', 'different'],
  priorM: [0.8, 0.1, 0.05, 0.05],
  priorU: [1e-4, 1e-4, 1e-4, 0.9997],
  compare(a, b) {
    const x = a.rfc.value;
    const y = b.rfc.value;
    if (x === null || y === null) return 0;
    if (x === y) return 1;
    if (withinOneEdit(x, y)) return 2;
    if (a.rfc.base !== null && a.rfc.base === b.rfc.base) return 3;
    return 4;
  },
};

/**
 * One comparison for the whole location. Street, C.P. and city are not independent (the same address
 * agrees on all three), and Fellegi–Sunter would count the same evidence three times; so they are
 * levels of a single comparison, from the same office down to the same city.
 */
const locationComparison: Comparison = {
  name: 'location',
  levels: ['same_address', 'same_street', 'same_postal_code', 'same_city', 'different'],
  priorM: [0.5, 0.05, 0.15, 0.15, 0.15],
  priorU: [5e-4, 1e-4, 2e-3, 0.1, 0.8974],
  compare(a, b) {
    const x = a.address;
    const y = b.address;
    if (!x || !y) return 0;
    const samePostalCode = x.postalCode !== null && x.postalCode === y.postalCode;
    const postalCompatible = x.postalCode === null || y.postalCode === null || samePostalCode;
    const interiorCompatible =
      x.interiorNumber === null || y.interiorNumber === null || x.interiorNumber === y.interiorNumber;
    const numberCompatible =
      x.exteriorNumber === y.exteriorNumber || x.exteriorNumber === null || y.exteriorNumber === null;
    if (x.street && y.street && postalCompatible && interiorCompatible && numberCompatible) {
      // another office in the same building (Int. 3 vs Int. 4) falls through to the C.P. level
      if (x.street === y.street && x.exteriorNumber === y.exteriorNumber) return 1;
      if (jaroWinkler(x.street, y.street) >= 0.9) return 2;
    }
    if (samePostalCode) return 3;
    const cityX = x.municipality ?? x.state;
    const cityY = y.municipality ?? y.state;
    if (cityX && cityY && cityX === cityY) return 4;
    if (!x.postalCode && !cityX && !x.street) return 0;
    if (!y.postalCode && !cityY && !y.street) return 0;
    return 5;
  },
};

const phoneComparison: Comparison = {
  name: 'phone',
  levels: ['exact', 'different'],
  priorM: [0.9, 0.1],
  priorU: [5e-4, 0.9995],
  compare(a, b) {
    if (a.phone === null || b.phone === null) return 0;
    return a.phone === b.phone ? 1 : 2;
  },
};

/** "S.A. de C.V." vs "S. de R.L.": a real difference; a missing form is unknown (level 0). */
const legalFormComparison: Comparison = {
  name: 'legal_form',
  levels: ['same', 'different'],
  priorM: [0.9, 0.1],
  priorU: [0.3, 0.7],
  compare(a, b) {
    if (a.name.legalForm === null || b.name.legalForm === null) return 0;
    return a.name.legalForm === b.name.legalForm ? 1 : 2;
  },
};

export const COMPARISONS: readonly Comparison[] = [
  nameComparison,
  rfcComparison,
  locationComparison,
  phoneComparison,
  legalFormComparison,
];

/** Number of levels of each comparison including the null level. */
export const LEVEL_COUNTS: readonly number[] = COMPARISONS.map((comparison) => comparison.levels.length + 1);

/** The comparison vector (γ) of a pair, written into `out` to avoid allocation in hot loops. */
export function compareInto(
  a: PreparedRecord,
  b: PreparedRecord,
  tf: TokenFrequencies,
  out: Uint8Array,
): Uint8Array {
  for (let k = 0; k < COMPARISONS.length; k++) out[k] = COMPARISONS[k]!.compare(a, b, tf);
  return out;
}

export function compareRecords(a: PreparedRecord, b: PreparedRecord, tf: TokenFrequencies): Uint8Array {
  return compareInto(a, b, tf, new Uint8Array(COMPARISONS.length));
}

/** Mixed-radix code of a comparison vector: pairs with the same code are the same pattern for EM. */
export function patternCode(gamma: Uint8Array): number {
  let code = 0;
  for (let k = 0; k < gamma.length; k++) code = code * LEVEL_COUNTS[k]! + gamma[k]!;
  return code;
}

export function decodePattern(code: number): Uint8Array {
  const gamma = new Uint8Array(LEVEL_COUNTS.length);
  for (let k = LEVEL_COUNTS.length - 1; k >= 0; k--) {
    const radix = LEVEL_COUNTS[k]!;
    gamma[k] = code % radix;
    code = Math.floor(code / radix);
  }
  return gamma;
}
