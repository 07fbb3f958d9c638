import { describe, expect, it } from 'vitest';
import { Canonicaliser, firstDifference } from './canonical.ts';

const SINCE = Date.parse('2026-12-01T00:00:00Z');
const A = '3f2a9c1e-0000-4000-8000-00000000000a';
const B = '3f2a9c1e-0000-4000-8000-00000000000b';

describe('canonical form', () => {
  it('names ids by first appearance, in keys and inside text too', () => {
    const c = new Canonicaliser(SINCE);
    expect(c.value({ [B]: [A, `urn:uuid:${B}`], id: A })).toEqual({
      'id#1': ['id#2', 'urn:uuid:id#1'],
      id: 'id#2',
    });
  });

  it('replaces only the timestamps the run generated; the world’s own dates are data', () => {
    const c = new Canonicaliser(SINCE);
    expect(
      c.value([
        '2026-12-06T10:00:00.123Z',
        '2026-06-03T08:00:00-06:00',
        '2026-12-06T10:00:00.123Z',
        '2026-06-01',
      ]),
    ).toEqual(['time#1', '2026-06-03T08:00:00-06:00', 'time#1', '2026-06-01']);
  });

  it('keeps numbers, order and everything else as it is', () => {
    const c = new Canonicaliser(SINCE);
    expect(c.value({ total: 3, items: ['b', 'a'], ok: true, none: null })).toEqual({
      total: 3,
      items: ['b', 'a'],
      ok: true,
      none: null,
    });
  });
});

describe('first difference', () => {
  it('gives the path of the first differing value, depth first', () => {
    expect(firstDifference({ a: [1, { b: 2 }] }, { a: [1, { b: 3 }] })).toEqual({
      path: '$.a[1].b',
      full: 2,
      reduced: 3,
    });
  });

  it('reports an extra item, and a different key order', () => {
    expect(firstDifference([1, 2], [1])).toEqual({ path: '$[1]', full: 2, reduced: undefined });
    expect(firstDifference({ a: 1, b: 2 }, { b: 2, a: 1 })?.path).toBe('$.a (key order)');
  });

  it('is null for equal values', () => {
    expect(firstDifference({ a: [1, 'x', null] }, { a: [1, 'x', null] })).toBeNull();
  });
});
