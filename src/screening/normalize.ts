/**
 * Name normalisation for matching declared goods descriptions against substance names and synonyms,
 * in English and Spanish. Pure and idempotent: normaliseName(normaliseName(x)) === normaliseName(x).
 */

/**
 * Salt, hydrate and form words that do not change which controlled substance a line carries
 * (control extends to salts). "anhydride"/"anhídrido" are NOT here: they name different substances.
 */
export const SALT_AND_FORM_WORDS: ReadonlySet<string> = new Set(
  [
    // English
    'hydrochloride dihydrochloride monohydrochloride trihydrochloride hcl 2hcl hydrobromide hbr hydroiodide',
    'sulfate sulphate bisulfate hemisulfate citrate tartrate bitartrate oxalate fumarate maleate mesylate',
    'phosphate salt salts hydrate monohydrate dihydrate hemihydrate anhydrous freebase free base',
    // Spanish
    'clorhidrato diclorhidrato dicloridrato cloridrato monoclorhidrato hidrocloruro dihidrocloruro bromhidrato',
    'yodhidrato sulfato bisulfato citrato tartrato bitartrato oxalato fumarato maleato mesilato fosfato sal',
    'sales hidrato monohidrato dihidrato hemihidrato anhidro anhidra libre',
  ]
    .join(' ')
    .split(' '),
);

/** Stereo descriptors: ephedrine is controlled whichever isomer is written. */
const STEREO_PATTERNS: readonly RegExp[] = [
  /\(\s*(?:\d*[rs]\*?\s*,?\s*)+\)/g, // (R), (1R,2S), (S*)
  /\(\s*(?:[+±−-]|[+]\s*\/\s*[-−]|rs|sr|dl|rac|e|z)\s*\)/g, // (+) (−) (±) (+/-) (RS) (E)
  /(?<![a-z0-9])(?:rac|dl|d|l|meso|cis|trans)-(?=[a-z(])/g, // rac-, dl-, d-, l-
];

/** Lowercase, no accents, stereo descriptors removed, punctuation to single spaces. */
export function normaliseText(text: string): string {
  let out = text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
  out = out.replaceAll('α', 'alpha').replaceAll('γ', 'gamma').replaceAll('β', 'beta');
  for (const pattern of STEREO_PATTERNS) out = out.replace(pattern, ' ');
  return out
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .replace(/\s+/g, ' ');
}

export function tokenise(text: string): string[] {
  const normalised = normaliseText(text);
  return normalised === '' ? [] : normalised.split(' ');
}

/**
 * The tokens of a name with salt and form words removed, unless that would leave nothing
 * (so that a name made of such words, if any, still matches itself).
 */
export function nameTokens(text: string): string[] {
  const tokens = tokenise(text);
  const kept = tokens.filter((token) => !SALT_AND_FORM_WORDS.has(token));
  return kept.length > 0 ? kept : tokens;
}

/** The normalised key of a substance name: what two spellings of the same name share. */
export function normaliseName(text: string): string {
  return nameTokens(text).join(' ');
}
