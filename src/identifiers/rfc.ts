/**
 * Mexican RFC tax ids (SAT). Persona moral: 3 letters + YYMMDD + 2-char homoclave + check (12 chars);
 * persona física: 4 letters + the same tail (13 chars). The check digit algorithm (SAT, released via
 * INFOMEX 0610100135506; research/analytics.md §2.5): values from the dictionary below, a moral RFC is
 * left-padded with a space to 12 characters, weights 13..2, r = sum mod 11, '0' if r = 0, 'A' if r = 1,
 * else the digit 11 − r. Some registered RFCs have a wrong check digit, so a mismatch is a warning only.
 */

const DICTIONARY = '0123456789ABCDEFGHIJKLMN&OPQRSTUVWXYZ Ñ';
const GENERIC_RFCS = new Set(['XAXX010101000', 'XEXX010101000']);
const RFC_PATTERN = /^([A-ZÑ&]{3,4})(\d{2})(\d{2})(\d{2})([A-Z0-9]{2})([0-9A])$/u;

export type RfcKind = 'moral' | 'fisica' | 'generic';

export interface RfcValidation {
  /** Format (letters, real date, homoclave) is right. Says nothing about the check digit. */
  valid: boolean;
  kind: RfcKind | null;
  checkDigitOk: boolean;
  reason?: string;
}

/**
 * Check character for an RFC without its check digit: 11 characters (persona moral) or 12 (persona física).
 */
export function rfcCheckDigit(rfcWithoutCheck: string): string {
  const body = [...rfcWithoutCheck.toUpperCase()];
  if (body.length !== 11 && body.length !== 12) {
    throw new RangeError(`an RFC without check digit has 11 or 12 characters: ${rfcWithoutCheck}`);
  }
  const padded = body.length === 11 ? [' ', ...body] : body;
  let sum = 0;
  padded.forEach((character, index) => {
    const value = DICTIONARY.indexOf(character);
    if (value < 0) throw new RangeError(`character not allowed in an RFC: ${character}`);
    sum += value * (13 - index);
  });
  const remainder = sum % 11;
  if (remainder === 0) return '0';
  if (remainder === 1) return 'A';
  return String(11 - remainder);
}

/** A YYMMDD date is real if it survives a round trip through the calendar (rejects 30 Feb, 31 Apr…). */
function isRealDate(yy: string, mm: string, dd: string): boolean {
  const year = 2000 + Number(yy); // the century is unknowable; 2000+yy has the same leap years except 1900
  const month = Number(mm);
  const day = Number(dd);
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Validates an RFC (whitespace and hyphens ignored, case-insensitive). */
export function validateRfc(input: string): RfcValidation {
  const rfc = input.normalize('NFC').replace(/[\s-]/g, '').toUpperCase();
  if (GENERIC_RFCS.has(rfc)) return { valid: true, kind: 'generic', checkDigitOk: true };
  const match = RFC_PATTERN.exec(rfc);
  if (!match) return { valid: false, kind: null, checkDigitOk: false, reason: 'format' };
  const [, letters = '', yy = '', mm = '', dd = '', , check = ''] = match;
  const kind: RfcKind = [...letters].length === 3 ? 'moral' : 'fisica';
  if (!isRealDate(yy, mm, dd)) return { valid: false, kind, checkDigitOk: false, reason: 'date' };
  const checkDigitOk = rfcCheckDigit([...rfc].slice(0, -1).join('')) === check;
  return checkDigitOk
    ? { valid: true, kind, checkDigitOk }
    : { valid: true, kind, checkDigitOk, reason: 'check_digit' };
}
