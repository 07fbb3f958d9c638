import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { jsonProblem, parseInstant, textProblem } from './bounds.ts';

describe('values the database accepts', () => {
  it('refuses NUL, other controls and lone surrogates, keeps tab, newline and pairs', () => {
    expect(textProblem('a\u0000b', 10)).toMatch(/U\+0000 at position 2/);
    expect(textProblem('a\u001Bb', 10)).toMatch(/U\+001B/);
    expect(textProblem('\uD800x', 10)).toMatch(/U\+D800/);
    expect(textProblem('x\uDC00', 10)).toMatch(/U\+DC00/);
    expect(textProblem('a\tb\r\nc 😀 ñ', 20)).toBeNull();
    expect(textProblem('x'.repeat(11), 10)).toMatch(/longer than 10/);
  });

  it('keeps instants of years 0001–9999, normalises leap seconds, refuses the rest', () => {
    expect(parseInstant('2024-03-05T08:22:00-06:00')?.toISOString()).toBe('2024-03-05T14:22:00.000Z');
    expect(parseInstant('2016-12-31T23:59:60Z')?.toISOString()).toBe('2017-01-01T00:00:00.000Z');
    expect(parseInstant('2016-12-31T23:59:60.5Z')?.toISOString()).toBe('2017-01-01T00:00:00.500Z');
    expect(parseInstant('0001-01-01')?.toISOString()).toBe('0001-01-01T00:00:00.000Z');
    expect(parseInstant('0000-01-01T00:00:00Z')).toBeNull();
    expect(parseInstant('0001-01-01T00:00:00+01:00')).toBeNull();
    expect(parseInstant('2024-02-30')).toBeNull();
    expect(parseInstant('2023-02-29T00:00:00Z')).toBeNull();
    expect(parseInstant('+010000-01-01T00:00:00Z')).toBeNull();
    expect(parseInstant('yesterday')).toBeNull();
  });

  it('finds the place of a value nested too deep without using its own stack', () => {
    let deep: unknown = 'x';
    for (let i = 0; i < 100_000; i++) deep = { a: deep };
    const limits = { maxDepth: 64, maxArrayLength: 10, maxStringLength: 100, maxKeys: 10 };
    expect(jsonProblem(deep, limits)?.message).toMatch(/deeper than 64/);
    expect(jsonProblem({ list: new Array(11).fill(1) }, limits)).toEqual({
      path: '/list',
      message: 'more than 10 items (11)',
    });
    expect(jsonProblem({ a: ['ok', 'b\u0000'] }, limits)?.path).toBe('/a/1');
    expect(jsonProblem({ ['k\u0000']: 1 }, limits)?.message).toMatch(/member name/);
  });

  it('accepts every JSON value within the limits', () => {
    const limits = { maxDepth: 100, maxArrayLength: 1_000, maxStringLength: 10_000, maxKeys: 1_000 };
    const text = fc.string({ unit: fc.constantFrom(...Array.from('abcñ 😀\t\n')) });
    const json = fc.letrec((tie) => ({
      value: fc.oneof({ depthSize: 'small' }, text, fc.integer(), fc.boolean(), tie('list'), tie('object')),
      list: fc.array(tie('value'), { maxLength: 5 }),
      object: fc.dictionary(text, tie('value'), { maxKeys: 5 }),
    })).value;
    fc.assert(
      fc.property(json, (value) => {
        expect(jsonProblem(value, limits)).toBeNull();
      }),
    );
  });
});
