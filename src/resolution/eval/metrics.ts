/**
 * Pairwise precision, recall and F1 of a clustering against the truth, from the contingency table of
 * (predicted entity, true company): a pair of records is a true positive when both put it together.
 */
export interface PairwiseScores {
  truePositives: number;
  predictedPairs: number;
  truePairs: number;
  precision: number;
  recall: number;
  f1: number;
}

const pairsIn = (n: number) => (n * (n - 1)) / 2;

export function pairwiseScores(
  predicted: readonly (string | number)[],
  truth: readonly (string | number)[],
): PairwiseScores {
  const cells = new Map<string, number>();
  const predictedSizes = new Map<string | number, number>();
  const truthSizes = new Map<string | number, number>();
  predicted.forEach((p, i) => {
    const t = truth[i]!;
    const cell = `${p}\u0000${t}`;
    cells.set(cell, (cells.get(cell) ?? 0) + 1);
    predictedSizes.set(p, (predictedSizes.get(p) ?? 0) + 1);
    truthSizes.set(t, (truthSizes.get(t) ?? 0) + 1);
  });
  const sum = (values: Iterable<number>) => [...values].reduce((total, n) => total + pairsIn(n), 0);
  const truePositives = sum(cells.values());
  const predictedPairs = sum(predictedSizes.values());
  const truePairs = sum(truthSizes.values());
  const precision = predictedPairs === 0 ? 1 : truePositives / predictedPairs;
  const recall = truePairs === 0 ? 1 : truePositives / truePairs;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { truePositives, predictedPairs, truePairs, precision, recall, f1 };
}
