/**
 * Tariff codes as declared: HS 2022 subheadings (6 digits) or Mexican TIGIE fracciones (8 digits,
 * optionally with a 2-digit NICO), written with or without dots. Only the first six digits are
 * international; comparisons are made on them.
 */
export interface HsCode {
  /** "2933.37" */
  subheading: string;
  /** "29" */
  chapter: string;
  /** All digits as declared, e.g. "2933370100". */
  digits: string;
}

export function parseHsCode(text: string): HsCode | null {
  const digits = text.replace(/[\s.]/g, '');
  if (!/^\d{6}(?:\d{2}){0,2}$/.test(digits)) return null;
  return { subheading: `${digits.slice(0, 4)}.${digits.slice(4, 6)}`, chapter: digits.slice(0, 2), digits };
}

/** True when the declared code falls under one of the substance's HS 2022 subheadings. */
export function hsMatchesSubstance(declared: HsCode, substanceSubheadings: readonly string[]): boolean {
  return substanceSubheadings.includes(declared.subheading);
}
