import { describe, expect, it } from 'vitest';
import { formatWeight, groupLinks } from './link-evidence.ts';

describe('merge evidence summary', () => {
  it('shows each kind of evidence once with how many record pairs it joined, most frequent first', () => {
    const groups = groupLinks([
      { reason: 'identical' },
      { reason: 'identical' },
      { reason: 'identical' },
      {
        reason: 'match',
        probability: 0.98,
        fields: [
          { comparison: 'name', level: 'same_tokens' },
          { comparison: 'rfc', level: 'null' },
        ],
      },
    ]);
    expect(groups).toEqual([
      { text: 'identical', reason: 'identical', fields: [], count: 3, probability: null },
      {
        text: 'match: name same_tokens',
        reason: 'match',
        // the comparisons that said nothing (level null) are left out
        fields: [{ comparison: 'name', level: 'same_tokens' }],
        count: 1,
        probability: 0.98,
      },
    ]);
  });

  it('keeps the list short on entities with thousands of records', () => {
    const links = Array.from({ length: 500 }, (_, i) => ({ reason: `rule-${i}` }));
    expect(groupLinks(links)).toHaveLength(12);
  });

  it('signs weights in bits the way the comparison table prints them', () => {
    const format = (n: number) => n.toFixed(1);
    expect(formatWeight(6.2, format)).toBe('+6.2');
    expect(formatWeight(-1.5, format)).toBe('−1.5');
    expect(formatWeight(null, format)).toBe('');
  });
});
