/** Runs the evaluation set and computes recall per verdict and the false-positive rate on clear lines. */
import type { Screener, Verdict } from '../screen-line.ts';
import type { EvalCase } from './cases.ts';

export interface Miss {
  kind: string;
  expected: Verdict;
  got: Verdict;
  expectedSubstance?: string;
  gotSubstance?: string;
  description: string;
  smiles: string;
}

export interface EvalReport {
  byKind: Map<string, { total: number; correct: number }>;
  controlledRecall: number;
  analogRecall: number;
  watchRecall: number;
  clearFalsePositiveRate: number;
  counts: Record<Verdict, number>;
  misses: Miss[];
}

function correct(c: EvalCase, got: Verdict, gotSubstance: string | undefined): boolean {
  if (c.expected !== got) return false;
  return c.substanceId === undefined || c.substanceId === gotSubstance;
}

export function evaluate(cases: readonly EvalCase[], screener: Screener): EvalReport {
  const byKind = new Map<string, { total: number; correct: number }>();
  const perVerdict = new Map<Verdict, { total: number; correct: number }>();
  const counts: Record<Verdict, number> = { controlled: 0, analog: 0, watch: 0, clear: 0 };
  const misses: Miss[] = [];
  for (const c of cases) {
    const result = screener.screen(c.line);
    const ok = correct(c, result.verdict, result.substance?.id);
    counts[c.expected]++;
    for (const [map, key] of [
      [byKind, c.kind],
      [perVerdict, c.expected],
    ] as const) {
      const entry = (map as Map<string, { total: number; correct: number }>).get(key) ?? {
        total: 0,
        correct: 0,
      };
      entry.total++;
      if (ok) entry.correct++;
      (map as Map<string, { total: number; correct: number }>).set(key, entry);
    }
    if (!ok)
      misses.push({
        kind: c.kind,
        expected: c.expected,
        got: result.verdict,
        ...(c.substanceId ? { expectedSubstance: c.substanceId } : {}),
        ...(result.substance ? { gotSubstance: result.substance.id } : {}),
        description: c.line.goods_description,
        smiles: c.line.smiles ?? '',
      });
  }
  const rate = (v: Verdict): number => {
    const e = perVerdict.get(v);
    return e && e.total > 0 ? e.correct / e.total : 1;
  };
  return {
    byKind,
    controlledRecall: rate('controlled'),
    analogRecall: rate('analog'),
    watchRecall: rate('watch'),
    clearFalsePositiveRate: 1 - rate('clear'),
    counts,
    misses,
  };
}
