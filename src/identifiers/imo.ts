/**
 * IMO ship identification numbers: 7 digits, the last a check digit:
 * (7·d1 + 6·d2 + 5·d3 + 4·d4 + 3·d5 + 2·d6) mod 10 (e.g. IMO 9074729).
 */

/** Check digit for the first 6 digits of an IMO number. */
export function imoCheckDigit(first6: string): number {
  if (!/^\d{6}$/.test(first6)) throw new RangeError(`not 6 digits: ${first6}`);
  let sum = 0;
  for (let i = 0; i < 6; i++) sum += Number(first6[i]) * (7 - i);
  return sum % 10;
}

/** True for "IMO 9074729", "IMO9074729" or "9074729" with a correct check digit. */
export function isValidImo(s: string): boolean {
  const match = /^(?:IMO\s?)?(\d{7})$/i.exec(s.trim());
  if (!match) return false;
  const digits = match[1] ?? '';
  return imoCheckDigit(digits.slice(0, 6)) === Number(digits[6]);
}
