import { describe, expect, it } from 'vitest';
import { Conditions } from './conditions.ts';

describe('list query conditions', () => {
  it('numbers each value in order, every mark of a condition bound to its value', () => {
    const c = new Conditions().add('kind = ?', 'dwell').add('(a.user = ? or u.name = ?)', 'ana');
    expect(c.where).toBe('where kind = $1 and (a.user = $2 or u.name = $2)');
    expect(c.bind(50)).toBe('$3');
    expect(c.params).toEqual(['dwell', 'ana', 50]);
  });

  it('gives no clause without conditions', () => {
    expect(new Conditions().where).toBe('');
  });
});
