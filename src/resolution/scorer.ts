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
/** Bounds of the adjustment: a rare name may add a little; a very common one may take away a lot. */
const TF_MAX_BONUS = 4;
const TF_MAX_PENALTY = -12;
const TF_MIN_FREQUENCY = 1e-9;
const RFC = COMPARISONS.findIndex((comparison) => comparison.name === 'rfc');
/** Name levels that say "possibly the same name" (exact, same tokens, close, far). */
const NAME_AGREES = new Set([1, 2, 3, 4]);
/** RFC levels that say "the same taxpayer, perhaps mistyped" (exact, one edit). */
const RFC_AGREES = new Set([1, 2]);
/**
 * Cap on the weight of a pair whose name and RFC both disagree. Location and phone are shared by
 * front companies by design; however many of them agree, they never prove two firms are one.
 */
export const NO_IDENTITY_CAP = -2;

/** True when the name or the RFC gives some evidence that both records name the same company. */
export function identityAgrees(gamma: Uint8Array): boolean {
  return NAME_AGREES.has(gamma[NAME]!) || RFC_AGREES.has(gamma[RFC]!);
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
    if (!TF_LEVELS.has(level)) return 0;
    const frequency = Math.max(this.nameFrequency(a), this.nameFrequency(b), TF_MIN_FREQUENCY);
    const adjustment = Math.log2(this.model.u[NAME]![level]!) - Math.log2(frequency);
    return Math.min(TF_MAX_BONUS, Math.max(TF_MAX_PENALTY, adjustment));
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
