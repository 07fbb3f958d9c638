/**
 * Match weight of a pair under a trained model, with Splink's term-frequency adjustment on the name:
 * two records that agree on a common name ("SERVICIOS INTEGRALES") prove less than two that agree on
 * a rare one. The name's frequency is the product of its tokens' frequencies; the larger of the two
 * sides is used (the more common spelling is taken as the truth, as Splink does).
 */
import { COMPARISONS, compareInto } from './compare.ts';
import {
  explainScore,
  levelWeights,
  priorWeight,
  type FellegiSunterModel,
  type MatchScore,
} from './fellegi-sunter.ts';
import type { PreparedRecord, TokenFrequencies } from './prepare.ts';

const NAME = COMPARISONS.findIndex((comparison) => comparison.name === 'name');
const TF_LEVELS = new Set(COMPARISONS[NAME]?.tfLevels ?? []);
/** Splink's suggestion: half the adjustment on fuzzy levels (the names agree only roughly). */
const TF_FUZZY_LEVEL = 3;
const TF_FUZZY_WEIGHT = 0.5;
/** Bounds of the adjustment: a rare name may add a little; a very common one may take away a lot. */
const TF_MAX_BONUS = 4;
const TF_MAX_PENALTY = -12;
const TF_MIN_FREQUENCY = 1e-9;
/** Name levels that say "possibly the same name" (exact, same tokens, close, far). */
const NAME_AGREES = new Set([1, 2, 3, 4]);
/**
 * Cap on the weight of a pair whose names share nothing. Location and phone are shared by front
 * companies by design, and fronts borrow a sibling's RFC; however many of those agree, they never
 * prove that two differently named firms are one.
 */
export const NO_IDENTITY_CAP = -2;

const RFC = COMPARISONS.findIndex((comparison) => comparison.name === 'rfc');
/** RFC levels that say "the same taxpayer, perhaps mistyped" (exact, one edit). */
const RFC_AGREES = new Set([1, 2]);

/**
 * True when the names give some evidence that both records name the same company; when a record
 * has no name (a location names its operator by RFC only), the RFC speaks for it.
 */
export function identityAgrees(gamma: Uint8Array): boolean {
  const name = gamma[NAME]!;
  return NAME_AGREES.has(name) || (name === 0 && RFC_AGREES.has(gamma[RFC]!));
}

export class Scorer {
  readonly weights: number[][];
  readonly prior: number;
  private readonly gamma = new Uint8Array(COMPARISONS.length);
  private readonly nameFrequencyCache = new Map<PreparedRecord, number>();

  constructor(
    readonly model: FellegiSunterModel,
    readonly tf: TokenFrequencies,
  ) {
    this.weights = levelWeights(model);
    this.prior = priorWeight(model);
  }

  private nameFrequency(record: PreparedRecord): number {
    let frequency = this.nameFrequencyCache.get(record);
    if (frequency === undefined) {
      frequency = this.tf.nameFrequency(record.name.tokens);
      if (this.nameFrequencyCache.size > 2_000_000) this.nameFrequencyCache.clear();
      this.nameFrequencyCache.set(record, frequency);
    }
    return frequency;
  }

  tfAdjustment(gamma: Uint8Array, a: PreparedRecord, b: PreparedRecord): number {
    const level = gamma[NAME]!;
    const share = TF_LEVELS.has(level) ? 1 : level === TF_FUZZY_LEVEL ? TF_FUZZY_WEIGHT : 0;
    if (share === 0) return 0;
    const frequency = Math.max(this.nameFrequency(a), this.nameFrequency(b), TF_MIN_FREQUENCY);
    const adjustment = share * (Math.log2(this.model.u[NAME]![level]!) - Math.log2(frequency));
    // a fuzzy agreement is not an agreement on the rare name itself: it may lose weight, never gain
    const bonus = share === 1 ? TF_MAX_BONUS : 0;
    return Math.min(bonus, Math.max(TF_MAX_PENALTY, adjustment));
  }

  /** The match weight in bits (hot path: no allocation). */
  score(a: PreparedRecord, b: PreparedRecord): number {
    const gamma = compareInto(a, b, this.tf, this.gamma);
    let weight = this.prior;
    for (let k = 0; k < gamma.length; k++) weight += this.weights[k]![gamma[k]!]!;
    weight += this.tfAdjustment(gamma, a, b);
    return identityAgrees(gamma) ? weight : Math.min(weight, NO_IDENTITY_CAP);
  }

  explain(a: PreparedRecord, b: PreparedRecord): MatchScore {
    const gamma = compareInto(a, b, this.tf, new Uint8Array(COMPARISONS.length));
    return explainScore(gamma, this.weights, this.prior, this.tfAdjustment(gamma, a, b));
  }
}
