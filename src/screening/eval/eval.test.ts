import { beforeAll, describe, expect, it } from 'vitest';
import { loadControlList } from '../control-list.ts';
import { Screener } from '../screen-line.ts';
import { buildEvalSet } from './cases.ts';
import { evaluate, type EvalReport } from './evaluate.ts';
import { buildUnseenSet, TUNING_SEEDS } from './unseen.ts';

describe('screening evaluation set', () => {
  let report: EvalReport;
  beforeAll(async () => {
    const list = loadControlList();
    report = evaluate(buildEvalSet(list), await Screener.create(list));
  });

  it('is large and covers every kind of line', () => {
    expect(report.counts.controlled).toBeGreaterThan(1000);
    expect(report.counts.analog).toBeGreaterThanOrEqual(80);
    expect(report.counts.clear).toBeGreaterThanOrEqual(500);
    for (const kind of [
      'typo',
      'salt',
      'cas-only',
      'smiles-only',
      'misdeclared-hs',
      'hs-only',
      'name-in-context',
    ])
      expect([...report.byKind.keys()].some((k) => k === `controlled:${kind}`)).toBe(true);
    expect(report.byKind.get('clear:hard-negative')?.total).toBeGreaterThanOrEqual(50);
  });

  it('finds every controlled line, naming the right substance', () => {
    expect(report.misses.filter((m) => m.expected === 'controlled')).toEqual([]);
    expect(report.controlledRecall).toBe(1);
  });

  it('finds at least 95 % of designer analogs', () => {
    expect(report.analogRecall).toBeGreaterThanOrEqual(0.95);
  });

  it('flags at most 1 % of clear lines', () => {
    expect(report.clearFalsePositiveRate).toBeLessThanOrEqual(0.01);
  });

  it('holds on the held-out style sets (tuning seeds): every controlled and analog line, no false positive', async () => {
    const list = loadControlList();
    const screener = await Screener.create(list);
    for (const seed of TUNING_SEEDS) {
      const unseen = evaluate(buildUnseenSet(list, seed), screener);
      expect(unseen.counts.controlled, `seed ${seed}`).toBeGreaterThan(200);
      expect(
        unseen.misses.filter((m) => m.expected !== 'watch'),
        `seed ${seed}`,
      ).toEqual([]);
    }
  });
});
