/** Runs resolution on a generated labelled set and scores it (shared by the script and the test). */
import { Resolver } from '../resolver.ts';
import { generateLabelledSet } from './generate.ts';
import { pairwiseScores, type PairwiseScores } from './metrics.ts';

export interface EvaluationResult {
  records: number;
  entities: number;
  scores: PairwiseScores;
  milliseconds: number;
}

export function evaluateResolution(options: { companies: number; seed: number }): EvaluationResult {
  const labelled = generateLabelledSet(options);
  const started = performance.now();
  const resolver = Resolver.run(labelled.map((record) => record.fields));
  const milliseconds = Math.round(performance.now() - started);
  const predicted = labelled.map((_, position) => resolver.entityKeyOfRecord(position));
  return {
    records: labelled.length,
    entities: new Set(predicted).size,
    scores: pairwiseScores(
      predicted,
      labelled.map((record) => record.companyId),
    ),
    milliseconds,
  };
}
