import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  casCheckDigit,
  formatCas,
  formatPedimento,
  gs1CheckDigit,
  imoCheckDigit,
  iso6346CheckDigit,
  isValidCas,
  isValidContainerNumber,
  isValidGln,
  isValidImo,
  isValidPedimento,
  parseCas,
  parsePedimento,
  rfcCheckDigit,
  validateRfc,
} from './index.ts';

const digitString = (min: number, max: number) =>
  fc.array(fc.integer({ min: 0, max: 9 }), { minLength: min, maxLength: max }).map((d) => d.join(''));
const upperLetters = (n: number) =>
  fc
    .array(fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'), { minLength: n, maxLength: n })
    .map((l) => l.join(''));

describe('CAS numbers', () => {
  it.each([
    '39742-60-4',
    '21409-26-7',
    '23056-29-3',
    '125541-22-2',
    '1609-66-1',
    '41661-47-6',
    '79099-07-3',
    '67-64-1',
    '7732-18-5',
  ])('accepts the published number %s', (cas) => expect(isValidCas(cas)).toBe(true));

  it('rejects a wrong check digit, a bad shape and a leading zero', () => {
    expect(isValidCas('39742-60-5')).toBe(false);
    expect(isValidCas('39742604')).toBe(false);
    expect(isValidCas('1-23-4')).toBe(false);
    expect(isValidCas('01609-66-1')).toBe(false);
  });

  it('parses with or without hyphens and whitespace', () => {
    expect(parseCas(' 39742 - 60 - 4 ')).toEqual({ cas: '39742-60-4', valid: true });
    expect(parseCas('39742604')).toEqual({ cas: '39742-60-4', valid: true });
    expect(parseCas('39742-60-3')).toEqual({ cas: '39742-60-3', valid: false });
    expect(parseCas('acetona')).toBeNull();
  });

  it('a number built with its own check digit is valid, and any other last digit is not', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 9 }),
        digitString(3, 8),
        fc.integer({ min: 1, max: 9 }),
        (lead, rest, bump) => {
          const body = String(lead) + rest;
          const check = casCheckDigit(body);
          expect(isValidCas(formatCas(body + check))).toBe(true);
          expect(isValidCas(formatCas(body + ((check + bump) % 10)))).toBe(false);
        },
      ),
    );
  });
});

describe('ISO 6346 container numbers', () => {
  it('accepts published examples and rejects a mis-copied one', () => {
    expect(isValidContainerNumber('CSQU3054383')).toBe(true);
    expect(isValidContainerNumber('NARU3472484')).toBe(true);
    expect(isValidContainerNumber('MSCU6639871')).toBe(false);
    expect(iso6346CheckDigit('MSCU663987')).toBe(0);
    expect(isValidContainerNumber('MSCU663987')).toBe(false);
    expect(isValidContainerNumber('MSCR6639870')).toBe(false);
  });

  it('every generated number validates and changing one serial digit breaks it', () => {
    fc.assert(
      fc.property(
        upperLetters(3),
        fc.constantFrom('U', 'J', 'Z'),
        digitString(6, 6),
        fc.nat(5),
        (owner, category, serial, position) => {
          const first10 = owner + category + serial;
          const container = first10 + iso6346CheckDigit(first10);
          expect(isValidContainerNumber(container)).toBe(true);
          const digits = [...serial];
          digits[position] = String((Number(digits[position]) + 1) % 10);
          const altered = owner + category + digits.join('');
          // 2^i weights mod 11 never make a one-digit change vanish, unless both land on remainder 10 → 0
          if (iso6346CheckDigit(altered) !== iso6346CheckDigit(first10)) {
            expect(isValidContainerNumber(altered + iso6346CheckDigit(first10))).toBe(false);
          }
        },
      ),
    );
  });
});

describe('IMO numbers', () => {
  it('accepts published examples with or without the prefix', () => {
    for (const imo of ['IMO 9074729', '9074729', 'IMO9176187', '9319466']) expect(isValidImo(imo)).toBe(true);
    expect(isValidImo('8814274')).toBe(false);
    expect(isValidImo('IMO 907472')).toBe(false);
  });

  it('generated numbers validate', () => {
    fc.assert(
      fc.property(digitString(6, 6), (first6) => {
        expect(isValidImo(`IMO ${first6}${imoCheckDigit(first6)}`)).toBe(true);
        expect(isValidImo(`${first6}${(imoCheckDigit(first6) + 1) % 10}`)).toBe(false);
      }),
    );
  });
});

describe('RFC', () => {
  it.each([
    'CAMA911215CJ0',
    'COSC8001137NA',
    'SORC591116FJ6',
    'DIM8701081LA',
    'A&A050908GT0',
    'SAT970701NN3',
    'AÑÑ801231JK0',
    'GODE561231GR8',
    'PME380607P35',
    'CFE370814QI0',
    'IMS421231I45',
    'TME840315KT6',
  ])('reproduces the check digit of %s', (rfc) => {
    const chars = [...rfc];
    expect(rfcCheckDigit(chars.slice(0, -1).join(''))).toBe(chars.at(-1));
    expect(validateRfc(rfc)).toMatchObject({ valid: true, checkDigitOk: true });
  });

  it('classifies kinds and special-cases the generic RFCs', () => {
    expect(validateRfc('SAT970701NN3').kind).toBe('moral');
    expect(validateRfc('GODE561231GR8').kind).toBe('fisica');
    expect(validateRfc('XAXX010101000')).toEqual({ valid: true, kind: 'generic', checkDigitOk: true });
    expect(validateRfc('xexx010101000').kind).toBe('generic');
  });

  it('a wrong check digit is a warning, an impossible date or shape is invalid', () => {
    expect(validateRfc('SAT970701NN4')).toEqual({
      valid: true,
      kind: 'moral',
      checkDigitOk: false,
      reason: 'check_digit',
    });
    expect(validateRfc('SAT970230NN3')).toMatchObject({ valid: false, reason: 'date' });
    expect(validateRfc('SAT971301NN3')).toMatchObject({ valid: false, reason: 'date' });
    expect(validateRfc('SA970701NN3')).toMatchObject({ valid: false, kind: null, reason: 'format' });
    expect(validateRfc('AAA000229AB1').reason).not.toBe('date'); // 29 Feb 2000 exists
  });

  it('any RFC built with its computed check digit validates fully', () => {
    const letters = fc.constantFrom(...'ABCDEFGHIJKLMNÑOPQRSTUVWXYZ&');
    const alnum = fc.constantFrom(...'0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ');
    fc.assert(
      fc.property(
        fc.array(letters, { minLength: 3, maxLength: 4 }),
        fc.date({ min: new Date('1930-01-01'), max: new Date('2029-12-31'), noInvalidDate: true }),
        fc.array(alnum, { minLength: 2, maxLength: 2 }),
        (prefix, date, homoclave) => {
          const yymmdd = date.toISOString().slice(2, 10).replace(/-/g, '');
          const body = prefix.join('') + yymmdd + homoclave.join('');
          const rfc = body + rfcCheckDigit(body);
          expect(validateRfc(rfc)).toEqual({
            valid: true,
            kind: prefix.length === 3 ? 'moral' : 'fisica',
            checkDigitOk: true,
          });
        },
      ),
    );
  });
});

describe('pedimento numbers', () => {
  it('formats and parses YY AA PPPP NNNNNNN', () => {
    const pedimento = { year: 25, aduana: 16, patente: 3912, sequence: 123 };
    expect(formatPedimento(pedimento)).toBe('25 16 3912 5000123');
    expect(parsePedimento('25  16  3912  5000123')).toEqual(pedimento);
    expect(parsePedimento('251639125000123')).toEqual(pedimento);
    expect(isValidPedimento('25 16 3912 4000123')).toBe(false); // year digit disagrees
    expect(isValidPedimento('25 16 3912 5000000')).toBe(false);
  });

  it('round-trips any pedimento', () => {
    fc.assert(
      fc.property(
        fc.nat(99),
        fc.nat(99),
        fc.nat(9999),
        fc.integer({ min: 1, max: 999_999 }),
        (year, aduana, patente, sequence) => {
          const pedimento = { year, aduana, patente, sequence };
          expect(parsePedimento(formatPedimento(pedimento))).toEqual(pedimento);
        },
      ),
    );
  });
});

describe('GS1 check digits', () => {
  it('matches published GLN / GTIN examples', () => {
    expect(isValidGln('0614141000005')).toBe(true); // GS1 US example GLN
    expect(gs1CheckDigit('400638133393')).toBe(1); // GTIN-13 4006381333931
    expect(isValidGln('0614141000006')).toBe(false);
  });
});
