import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ALERT_SEVERITIES, scoreRangeOf, severityOfScore } from './severity.ts';

describe('alert severity bands', () => {
  it('reads the band edges as the higher band', () => {
    expect(severityOfScore(0.85)).toBe('critical');
    expect(severityOfScore(0.8499)).toBe('high');
    expect(severityOfScore(0.65)).toBe('high');
    expect(severityOfScore(0.45)).toBe('medium');
    expect(severityOfScore(0.44)).toBe('low');
    expect(severityOfScore(null)).toBe('low');
  });

  it('puts every score in exactly the band whose score range holds it', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, noNaN: true }), (score) => {
        const holding = ALERT_SEVERITIES.filter((band) => {
          const { min, max } = scoreRangeOf(band);
          return score >= min && (max === null || score < max);
        });
        expect(holding).toEqual([severityOfScore(score)]);
      }),
    );
  });
});
