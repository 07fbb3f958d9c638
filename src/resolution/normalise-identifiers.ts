/**
 * RFC and phone keys. The RFC check digit comes from identifiers/rfc.ts; a failed check digit is a
 * warning carried on the record, never a rejection (SAT has issued RFCs that fail it). The generic
 * RFCs (XAXX010101000 público en general, XEXX010101000 extranjero) identify nobody, so they never
 * produce a key or a comparison.
 */
import { validateRfc, type RfcKind } from '../identifiers/index.ts';

export interface NormalisedRfc {
  /** Upper case, no spaces or hyphens; null when absent or generic. */
  value: string | null;
  /** Letters + YYMMDD (the part before the homoclave); null when the format is wrong. */
  base: string | null;
  kind: RfcKind | null;
  generic: boolean;
  warnings: ('rfc_format' | 'rfc_date' | 'rfc_check_digit')[];
}

export function normaliseRfc(input: string | null | undefined): NormalisedRfc {
  const value = (input ?? '').replace(/[\s.-]/g, '').toUpperCase();
  if (value.length === 0) return { value: null, base: null, kind: null, generic: false, warnings: [] };
  const validation = validateRfc(value);
  if (validation.kind === 'generic')
    return { value: null, base: null, kind: 'generic', generic: true, warnings: [] };
  const warnings: NormalisedRfc['warnings'] = [];
  if (validation.reason === 'format') warnings.push('rfc_format');
  if (validation.reason === 'date') warnings.push('rfc_date');
  if (validation.reason === 'check_digit') warnings.push('rfc_check_digit');
  const formatOk = validation.reason !== 'format';
  const length = [...value].length;
  const base = formatOk ? [...value].slice(0, length - 3).join('') : null;
  return { value, base, kind: validation.kind, generic: false, warnings };
}

/**
 * Mexican phone numbers to their 10 national digits: drops +52, 52, the old 01/044/045 prefixes and
 * the mobile 1 after 52. Fewer than 8 digits is not a phone (an extension, a typo): null.
 */
export function normalisePhone(input: string | null | undefined): string | null {
  let digits = (input ?? '').replace(/\D/g, '');
  if (digits.length > 10 && digits.startsWith('52')) digits = digits.slice(2);
  if (digits.length === 11 && digits.startsWith('1')) digits = digits.slice(1);
  if (digits.length > 10 && /^(01|044|045)/.test(digits)) digits = digits.replace(/^(01|044|045)/, '');
  if (digits.length < 8) return null;
  return digits.slice(-10);
}
