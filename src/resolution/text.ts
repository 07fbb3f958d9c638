/**
 * Text folding shared by the name and address normalisers: one canonical spelling per word, so that
 * "Química", "QUIMICA" and "química" compare equal. Accents are dropped (Ñ becomes N too: in free
 * text it is often typed as N on foreign keyboards); the RFC keeps Ñ and & (see identifiers/rfc.ts).
 */

const COMBINING_MARKS = /\p{M}+/gu;

/** NFKC, upper case, accents removed, whitespace collapsed. */
export function foldText(input: string): string {
  return input
    .normalize('NFKC')
    .toUpperCase()
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Punctuation to spaces, except that apostrophes vanish (INT'L → INTL) and & becomes the word Y.
 * Periods become spaces so that "S.A. DE C.V." and "S. A. de C. V." both read as letters the legal-form
 * matcher can join back together.
 */
export function stripPunctuation(folded: string): string {
  return folded
    .replace(/['’`´]/g, '')
    .replace(/&/g, ' Y ')
    .replace(/[^A-Z0-9Ñ ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export function tokens(text: string): string[] {
  return text.length === 0 ? [] : text.split(' ');
}
