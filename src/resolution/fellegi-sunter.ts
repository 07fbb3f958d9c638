/**
 * The Fellegi–Sunter model as Splink trains it (research/analytics.md §1.1): u from random pairs
 * (almost all non-matches), then m and λ by expectation–maximisation over the blocked candidate
 * pairs with u held fixed (u anchors EM, which otherwise finds any local optimum). Nothing is
 * hand-tuned: the starting m only seeds EM. Pairs are aggregated by pattern (their comparison vector),
 * so one EM iteration costs the number of distinct patterns, not of pairs.
 */
import { COMPARISONS, LEVEL_COUNTS, decodePattern } from './compare.ts';

export interface FellegiSunterModel {
  /** P(match) among blocked candidate pairs. */
  lambda: number;
  /** m[k][level] = P(level | match); index 0 (null) unused. */
  m: number[][];
  /** u[k][level] = P(level | non-match); index 0 (null) unused. */
  u: number[][];
  emIterations: number;
  emConverged: boolean;
}

/** Pattern code → number of pairs with that comparison vector. */
export type PatternCounts = Map<number, number>;

const PROBABILITY_FLOOR = 1e-6;

/** Pseudo-pairs behind the priors: a sample of this size weighs as much as the prior. */
const U_PRIOR_PAIRS = 2_000;
const M_PRIOR_PAIRS = 20;

/**
 * Level probabilities from weighted pattern counts, shrunk towards `prior` by `priorPairs`
 * pseudo-pairs (so a level never seen is rare, not impossible, and tiny samples stay sensible).
 */
function levelDistribution(
  counts: PatternCounts,
  weights: (code: number) => number,
  prior: readonly (readonly number[])[],
  priorPairs: number,
): number[][] {
  const sums = LEVEL_COUNTS.map((n) => new Array<number>(n).fill(0));
  for (const [code, count] of counts) {
    const gamma = decodePattern(code);
    const weight = weights(code) * count;
    for (let k = 0; k < gamma.length; k++) sums[k]![gamma[k]!]! += weight;
  }
  return sums.map((levels, k) => {
    const observed = levels.slice(1).reduce((a, b) => a + b, 0);
    return levels.map((value, level) =>
      level === 0
        ? 0
        : Math.max(PROBABILITY_FLOOR, (value + priorPairs * prior[k]![level - 1]!) / (observed + priorPairs)),
    );
  });
}

const PRIOR_M = COMPARISONS.map((comparison) => comparison.priorM);
const PRIOR_U = COMPARISONS.map((comparison) => comparison.priorU);

/** u probabilities from the comparison patterns of random pairs. */
export function estimateU(randomPairs: PatternCounts): number[][] {
  return levelDistribution(randomPairs, () => 1, PRIOR_U, U_PRIOR_PAIRS);
}

/** EM starts from the prior m (it only seeds EM; the data moves it). */
function initialM(): number[][] {
  return PRIOR_M.map((levels) => [0, ...levels]);
}

function patternLikelihoods(gamma: Uint8Array, m: number[][], u: number[][]): { pm: number; pu: number } {
  let pm = 1;
  let pu = 1;
  for (let k = 0; k < gamma.length; k++) {
    const level = gamma[k]!;
    if (level === 0) continue;
    pm *= m[k]![level]!;
    pu *= u[k]![level]!;
  }
  return { pm, pu };
}

/** One EM pass: m and λ over the patterns of one training block, u fixed. */
export function expectationMaximisation(
  pairs: PatternCounts,
  u: number[][],
  options: { maxIterations?: number; tolerance?: number } = {},
): { m: number[][]; lambda: number; iterations: number; converged: boolean } {
  const maxIterations = options.maxIterations ?? 100;
  const tolerance = options.tolerance ?? 1e-6;
  let lambda = 0.3;
  let m = initialM();
  const patterns = [...pairs].map(([code, count]) => ({ code, count, gamma: decodePattern(code) }));
  const total = patterns.reduce((sum, pattern) => sum + pattern.count, 0);
  let iterations = 0;
  let converged = false;
  while (iterations < maxIterations && !converged && total > 0) {
    iterations++;
    const posterior = new Map<number, number>();
    let expectedMatches = 0;
    for (const pattern of patterns) {
      const { pm, pu } = patternLikelihoods(pattern.gamma, m, u);
      const p = (lambda * pm) / (lambda * pm + (1 - lambda) * pu);
      posterior.set(pattern.code, p);
      expectedMatches += p * pattern.count;
    }
    const nextM = levelDistribution(pairs, (code) => posterior.get(code) ?? 0, PRIOR_M, M_PRIOR_PAIRS);
    const nextLambda = Math.min(1 - PROBABILITY_FLOOR, Math.max(PROBABILITY_FLOOR, expectedMatches / total));
    const change = Math.max(
      Math.abs(nextLambda - lambda),
      ...nextM.flatMap((levels, k) => levels.map((value, level) => Math.abs(value - m[k]![level]!))),
    );
    m = nextM;
    lambda = nextLambda;
    converged = change < tolerance;
  }
  return { m, lambda, iterations, converged };
}

/** A training block: candidate pairs that one blocking rule produced, and the comparison it fixed. */
export interface TrainingPass {
  pairs: PatternCounts;
  /** Index of the comparison the blocking rule used: it gets no estimate from this pass (Splink). */
  blockedOn: number;
}

/**
 * Splink's training order: u fixed from random pairs; m by EM once per training block ("round
 * robin"), each comparison's m averaged over the passes that did not block on it; λ for scoring from
 * a deterministic rule among the candidates (pairs that agree exactly on the RFC, divided by the
 * rule's assumed recall), which anchors the prior instead of letting EM drift.
 */
export function trainModel(
  passes: readonly TrainingPass[],
  u: number[][],
  candidateLambda: number,
): FellegiSunterModel {
  const sums = LEVEL_COUNTS.map((n) => new Array<number>(n).fill(0));
  const estimates = LEVEL_COUNTS.map(() => 0);
  let iterations = 0;
  let converged = true;
  for (const pass of passes) {
    const result = expectationMaximisation(pass.pairs, u);
    iterations += result.iterations;
    converged &&= result.converged;
    result.m.forEach((levels, k) => {
      if (k === pass.blockedOn) return;
      levels.forEach((value, level) => (sums[k]![level]! += value));
      estimates[k]! += 1;
    });
  }
  const fallback = initialM();
  const m = sums.map((levels, k) =>
    estimates[k]! === 0 ? fallback[k]! : levels.map((value) => value / estimates[k]!),
  );
  const lambda = Math.min(0.5, Math.max(PROBABILITY_FLOOR, candidateLambda));
  return { lambda, m, u, emIterations: iterations, emConverged: converged };
}

export interface FieldWeight {
  comparison: string;
  level: string;
  weight: number;
}

export interface MatchScore {
  weight: number;
  probability: number;
  fields: FieldWeight[];
}

/** Bits of evidence per comparison level: log2(m/u); 0 for the null level. */
export function levelWeights(model: FellegiSunterModel): number[][] {
  return model.m.map((levels, k) =>
    levels.map((m, level) => (level === 0 ? 0 : Math.log2(m / model.u[k]![level]!))),
  );
}

export function priorWeight(model: FellegiSunterModel): number {
  return Math.log2(model.lambda / (1 - model.lambda));
}

export function probabilityOf(weight: number): number {
  return 2 ** weight / (1 + 2 ** weight);
}

/** The full explanation of a pair's score (used when a merge is recorded, not in hot loops). */
export function explainScore(
  gamma: Uint8Array,
  weights: number[][],
  prior: number,
  tfAdjustment: number,
): MatchScore {
  const fields: FieldWeight[] = [];
  let weight = prior;
  for (let k = 0; k < gamma.length; k++) {
    const level = gamma[k]!;
    const comparison = COMPARISONS[k]!;
    const bits = weights[k]![level]!;
    weight += bits;
    fields.push({
      comparison: comparison.name,
      level: level === 0 ? 'null' : comparison.levels[level - 1]!,
      weight: round(bits),
    });
  }
  if (tfAdjustment !== 0) {
    fields.push({ comparison: 'name_term_frequency', level: 'adjustment', weight: round(tfAdjustment) });
    weight += tfAdjustment;
  }
  return { weight: round(weight), probability: round(probabilityOf(weight), 4), fields };
}

function round(value: number, digits = 2): number {
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
}
