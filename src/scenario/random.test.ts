import { distance } from 'fastest-levenshtein';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateRfc } from '../identifiers/index.ts';
import { makeRfc, stripAccents } from './companies.ts';
import { Random, scatter, WeightedPicker } from './random.ts';
import { typo } from './variants.ts';

describe('the seeded random streams', () => {
  it('repeat for the same seed and labels, and differ otherwise', () => {
    fc.assert(
      fc.property(fc.nat(), fc.string(), (seed, label) => {
        const a = new Random(seed, label);
        const b = new Random(seed, label);
        const c = new Random(seed, `${label}x`);
        const draws = (r: Random) => Array.from({ length: 8 }, () => r.nextUint32());
        const fromA = draws(a);
        expect(fromA).toEqual(draws(b));
        expect(fromA).not.toEqual(draws(c));
      }),
    );
  });

  it('draw integers inside their bounds and floats in [0, 1)', () => {
    fc.assert(
      fc.property(fc.nat(), fc.integer({ min: -1000, max: 1000 }), fc.nat(1000), (seed, min, width) => {
        const r = new Random(seed);
        const n = r.int(min, min + width);
        expect(n).toBeGreaterThanOrEqual(min);
        expect(n).toBeLessThanOrEqual(min + width);
        const x = r.float();
        expect(x >= 0 && x < 1).toBe(true);
      }),
    );
  });

  it('make v4-shaped UUIDs', () => {
    expect(new Random(1).uuid()).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
  });

  it('pick by weight, never a zero-weight item', () => {
    const picker = new WeightedPicker([
      { value: 'a', weight: 0 },
      { value: 'b', weight: 3 },
      { value: 'c', weight: 1 },
    ]);
    const r = new Random(5);
    const counts = { a: 0, b: 0, c: 0 } as Record<string, number>;
    for (let i = 0; i < 4000; i++) counts[picker.pick(r)]!++;
    expect(counts.a).toBe(0);
    expect(counts.b! / counts.c!).toBeGreaterThan(2.5);
    expect(counts.b! / counts.c!).toBeLessThan(3.5);
  });

  it('scatter ids without collisions', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 6 }), (digits) => {
        const modulus = 10 ** digits;
        const seen = new Set<number>();
        for (let i = 0; i < Math.min(modulus, 2000); i++) seen.add(scatter(i, modulus));
        expect(seen.size).toBe(Math.min(modulus, 2000));
      }),
    );
  });
});

describe('written variants', () => {
  it('a typo is one small edit', () => {
    fc.assert(
      fc.property(
        fc.nat(),
        fc.constantFrom(
          'Laboratorios Azteca',
          'Comercializadora Química del Pacífico',
          'piperidona',
          'Sierra Madre',
        ),
        (seed, text) => {
          const changed = typo(text, new Random(seed));
          expect(distance(changed, text)).toBeLessThanOrEqual(2);
          expect(changed.split(' ').length).toBe(text.split(' ').length);
        },
      ),
    );
  });

  it('stripping accents keeps Ñ', () => {
    expect(stripAccents('Química Peña Ñandú')).toBe('Quimica Peña Ñandu');
  });

  it('company RFCs take the name initials and the incorporation date, with a right check digit', () => {
    const taken = new Set<string>();
    const rfc = makeRfc('Laboratorios Azteca del Bajío', false, '1998-04-01', new Random(3), taken);
    expect(rfc.slice(0, 9)).toBe('LAB980401');
    expect(validateRfc(rfc)).toEqual({ valid: true, kind: 'moral', checkDigitOk: true });
    const person = makeRfc('José Hernández López', true, '1960-12-31', new Random(3), taken);
    expect(person.slice(0, 10)).toBe('HELJ601231');
    expect(validateRfc(person).kind).toBe('fisica');
  });
});
