/**
 * CAS registry numbers: 2–7 digits, 2 digits, 1 check digit (e.g. 39742-60-4).
 * The check digit is the sum of each digit times its position counted from the right
 * (excluding the check digit itself), modulo 10.
 */

const CAS_PATTERN = /^(\d{2,7})-(\d{2})-(\d)$/;

/** Check digit for the digits of a CAS number without its check digit (hyphens are ignored). */
export function casCheckDigit(digitsWithoutCheck: string): number {
  const digits = digitsWithoutCheck.replace(/-/g, '');
  if (!/^\d+$/.test(digits)) throw new RangeError(`not a CAS digit string: ${digitsWithoutCheck}`);
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    sum += Number(digits[digits.length - 1 - i]) * (i + 1);
  }
  return sum % 10;
}

/** True for a well-formed CAS number (NNNNNNN-NN-N, first group 2–7 digits, no leading zero) with a correct check digit. */
export function isValidCas(cas: string): boolean {
  const match = CAS_PATTERN.exec(cas);
  if (!match) return false;
  const [, head = '', middle = '', check = ''] = match;
  if (head.startsWith('0')) return false;
  return casCheckDigit(head + middle) === Number(check);
}

/** Formats a CAS number from its digits (check digit included), e.g. "39742604" → "39742-60-4". */
export function formatCas(allDigits: string): string {
  return `${allDigits.slice(0, -3)}-${allDigits.slice(-3, -1)}-${allDigits.slice(-1)}`;
}

/**
 * Reads a CAS number written with or without hyphens and with stray whitespace
 * ("39742-60-4", "39742604", " 39742 - 60 - 4 "). Returns the canonical hyphenated form and whether its
 * check digit is right, or null when the text cannot be a CAS number at all.
 */
export function parseCas(text: string): { cas: string; valid: boolean } | null {
  const compact = text.replace(/\s+/g, '');
  let digits: string;
  if (/^\d{2,7}-\d{2}-\d$/.test(compact)) digits = compact.replace(/-/g, '');
  else if (/^\d{5,10}$/.test(compact)) digits = compact;
  else return null;
  const cas = formatCas(digits.replace(/^0+(?=\d{5})/, ''));
  return { cas, valid: isValidCas(cas) };
}
