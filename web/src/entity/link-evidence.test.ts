import { describe, expect, it } from 'vitest';
import { formatWeight } from './link-evidence.ts';

describe('merge evidence summary', () => {
  it('signs weights in bits the way the comparison table prints them', () => {
    const format = (n: number) => n.toFixed(1);
    expect(formatWeight(6.2, format)).toBe('+6.2');
    expect(formatWeight(-1.5, format)).toBe('−1.5');
    expect(formatWeight(null, format)).toBe('');
  });
});
