/**
 * ISO 6346 freight-container numbers: 3-letter owner code, category U/J/Z, 6-digit serial, check digit
 * (e.g. CSQU3054383). Letters count from A=10 upwards skipping multiples of 11 (11, 22, 33); each of the
 * first 10 characters is weighted by 2^position; check = (sum mod 11) mod 10, so a remainder of 10 gives 0.
 */

const CONTAINER_PATTERN = /^[A-Z]{3}[UJZ]\d{7}$/;

function characterValue(character: string): number {
  if (character >= '0' && character <= '9') return Number(character);
  const raw = character.charCodeAt(0) - 55; // A → 10
  return raw + Math.floor((raw - 1) / 10); // skip 11, 22, 33
}

/** Check digit for the first 10 characters of a container number (owner code, category, serial). */
export function iso6346CheckDigit(first10: string): number {
  if (!/^[A-Z]{4}\d{6}$/.test(first10)) throw new RangeError(`not an ISO 6346 prefix: ${first10}`);
  let sum = 0;
  for (let i = 0; i < 10; i++) sum += characterValue(first10[i] ?? '0') * 2 ** i;
  return (sum % 11) % 10;
}

/** True for a well-formed ISO 6346 container number with a correct check digit. */
export function isValidContainerNumber(s: string): boolean {
  if (!CONTAINER_PATTERN.test(s)) return false;
  return iso6346CheckDigit(s.slice(0, 10)) === Number(s[10]);
}
