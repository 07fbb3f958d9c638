import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { normaliseName } from './normalise-name.ts';
import { normaliseAddress } from './normalise-address.ts';
import { normalisePhone, normaliseRfc } from './normalise-identifiers.ts';
import { rfcCheckDigit } from '../identifiers/index.ts';

const WORDS = [
  'Química',
  'Industrial',
  'Pacífico',
  'Distribuidora',
  'Solventes',
  'Bajío',
  'Azteca',
  'Peñaloza',
  'Norte',
];
const SUFFIXES = [
  ['S.A. de C.V.', 'SA'],
  ['SA DE CV', 'SA'],
  ['S. A. de C. V.', 'SA'],
  ['Sociedad Anónima de Capital Variable', 'SA'],
  ['S. de R.L. de C.V.', 'S DE RL'],
  ['S DE RL DE CV', 'S DE RL'],
  ['S.A.P.I. de C.V.', 'SAPI'],
  ['SAPI DE CV', 'SAPI'],
  ['S.C.', 'SC'],
  ['A.C.', 'AC'],
] as const;
const name = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 4 });

describe('normaliseName', () => {
  it('reads the issue example as one core name, and the hard negative as another', () => {
    const variants = [
      'Química Industrial del Pacífico, S.A. de C.V.',
      'QUIMICA IND. DEL PACIFICO SA DE CV',
      'Quimica Industrial Pacifico',
    ].map(normaliseName);
    expect(new Set(variants.map((v) => v.core))).toEqual(new Set(['QUIMICA INDUSTRIAL PACIFICO']));
    expect(variants.map((v) => v.legalForm)).toEqual(['SA', 'SA', null]);
    expect(normaliseName('Química del Pacífico Norte').core).toBe('QUIMICA PACIFICO NORTE');
  });

  it('strips every spelling of a legal form and keeps the core unchanged', () => {
    fc.assert(
      fc.property(
        name,
        fc.constantFrom(...SUFFIXES),
        fc.constantFrom(', ', ' '),
        (words, [suffix, form], sep) => {
          const bare = normaliseName(words.join(' '));
          const suffixed = normaliseName(`${words.join(' ')}${sep}${suffix}`);
          expect(suffixed.core).toBe(bare.core);
          expect(suffixed.legalForm).toBe(form);
        },
      ),
    );
  });

  it('a missing legal form is unknown (null), not a form', () => {
    fc.assert(
      fc.property(name, (words) => {
        expect(normaliseName(words.join(' ')).legalForm).toBeNull();
      }),
    );
  });

  it('is insensitive to case, accents, punctuation and extra spaces', () => {
    fc.assert(
      fc.property(name, (words) => {
        const plain = words.join(' ');
        const noisy = words.map((w) => w.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()).join('  , ');
        expect(normaliseName(noisy).core).toBe(normaliseName(plain).core);
      }),
    );
  });

  it('is idempotent on its own core', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (text) => {
        const once = normaliseName(text);
        expect(normaliseName(once.core).core).toBe(once.core);
      }),
    );
  });

  it('the sorted key ignores token order; stop words and abbreviations are normalised', () => {
    fc.assert(
      fc.property(name, (words) => {
        expect(normaliseName([...words].reverse().join(' ')).sortedKey).toBe(
          normaliseName(words.join(' ')).sortedKey,
        );
      }),
    );
    expect(normaliseName("GPO. INT'L DE MEX, S.A.").core).toBe('GRUPO INTERNACIONAL MEXICO');
    expect(normaliseName('Cía. Química y Hnos.').core).toBe('COMPANIA QUIMICA HERMANOS');
  });
});

describe('normaliseAddress', () => {
  it('splits street, numbers, colonia, C.P., municipality and state', () => {
    expect(
      normaliseAddress('Av. Manuel Álvarez 1234 Int. 5, Col. Centro, C.P. 28200, Manzanillo, Colima'),
    ).toEqual({
      street: 'AVENIDA MANUEL ALVAREZ',
      exteriorNumber: '1234',
      interiorNumber: '5',
      colonia: 'CENTRO',
      postalCode: '28200',
      municipality: 'MANZANILLO',
      state: 'COLIMA',
    });
    const highway = normaliseAddress('Carretera Manzanillo-Colima Km 12.5, Manzanillo, Col.');
    expect(highway.exteriorNumber).toBe('KM 12.5');
    expect(highway.state).toBe('COLIMA');
    expect(normaliseAddress('Blvd. Miguel de la Madrid S/N, C.P. 28219').exteriorNumber).toBe('SN');
  });

  it('gives the same parts for any spelling of the same address', () => {
    const streets = fc.constantFrom('Benito Juárez', 'Niños Héroes', 'Las Palmas');
    fc.assert(
      fc.property(
        streets,
        fc.integer({ min: 1, max: 9999 }),
        fc.integer({ min: 10000, max: 99999 }),
        fc.constantFrom(['Av.', 'Avenida'], ['AV', 'AVENIDA']),
        fc.constantFrom(['No. ', ''], ['#', 'NUM ']),
        fc.constantFrom(['C.P. ', 'CP '], ['CP', 'C.P.']),
        (street, number, cp, [typeA, typeB], [numA, numB], [cpA, cpB]) => {
          const a = normaliseAddress(
            `${typeA} ${street} ${numA}${number}, Col. Centro, ${cpA}${cp}, Manzanillo, Colima`,
          );
          const b = normaliseAddress(
            `${typeB} ${street.toUpperCase()} ${numB}${number}, COL. CENTRO, ${cpB} ${cp}, MANZANILLO, COL.`,
          );
          expect(b).toEqual(a);
          expect(a.postalCode).toBe(String(cp));
          expect(a.exteriorNumber).toBe(String(number));
        },
      ),
    );
  });
});

describe('normaliseRfc and normalisePhone', () => {
  it('keeps a failed check digit as a warning, never a rejection', () => {
    const body = 'QIP050101AB';
    const good = body + rfcCheckDigit(body);
    const bad = body + (rfcCheckDigit(body) === '1' ? '2' : '1');
    expect(normaliseRfc(good)).toMatchObject({ value: good, base: 'QIP050101', warnings: [] });
    expect(normaliseRfc(bad)).toMatchObject({ value: bad, base: 'QIP050101', warnings: ['rfc_check_digit'] });
    expect(normaliseRfc(`${good.slice(0, 3)}-${good.slice(3, 9)}-${good.slice(9)}`).value).toBe(good);
  });

  it('never keys on the generic RFCs', () => {
    for (const generic of ['XAXX010101000', 'XEXX010101000', 'xaxx-010101-000']) {
      expect(normaliseRfc(generic)).toMatchObject({ value: null, base: null, generic: true });
    }
  });

  it('reduces any written form of a Mexican phone to its 10 digits', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[2-9]\d{9}$/),
        fc.constantFrom('', '+52 ', '52', '01 ', '+52 1 '),
        (digits, prefix) => {
          const spaced = `${digits.slice(0, 3)} ${digits.slice(3, 6)}-${digits.slice(6)}`;
          expect(normalisePhone(prefix + spaced)).toBe(digits);
        },
      ),
    );
    expect(normalisePhone('ext 123')).toBeNull();
  });
});
